package org.nigehbaan.matching;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How a database narrows a name search before the engine scores the candidates: each name part becomes a
 * PostgreSQL regular expression of its consonants that any vowels and doubled letters satisfy (mohammed →
 * {@code \mm+[aeiouwy]*h+[aeiouwy]*m+[aeiouwy]*d+[aeiouwy]*\M}, which Muhammad and Mohamad meet; k and q are one
 * letter, so Kureshi finds Qureshi). A name in Urdu (Arabic script) is transliterated first, and its own words are
 * kept too, for names stored in that script. Used by the control-list search and the register's purpose-bound
 * search; the candidates they find are then scored by {@link MatchingEngine#compare}.
 */
public final class NameSkeletons {

    private static final String VOWELS = "[aeiouwy]*";
    private static final ThreadLocal<Transliterator> ARABIC = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Arabic-Latin; Latin-ASCII; Lower"));

    /**
     * The patterns of some names, and the words of those written in Arabic script.
     *
     * @param patterns  regular expressions (PostgreSQL {@code ~}) of the parts with two or more consonants
     * @param urduWords the Arabic-script words as written
     */
    public record Skeletons(Set<String> patterns, Set<String> urduWords) {

        public boolean isEmpty() {
            return patterns.isEmpty() && urduWords.isEmpty();
        }
    }

    private NameSkeletons() {
    }

    public static Skeletons of(Collection<String> names) {
        Set<String> patterns = new LinkedHashSet<>();
        Set<String> urdu = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            if (name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
                for (String part : name.strip().split("\\s+")) {
                    if (!part.isEmpty()) {
                        urdu.add(part);
                    }
                }
                name = ARABIC.get().transliterate(name);
            }
            for (String part : latin(name).split(" ")) {
                String p = consonantPattern(part);
                if (p != null) {
                    patterns.add(p);
                }
            }
        }
        return new Skeletons(Set.copyOf(patterns), Set.copyOf(urdu));
    }

    /** The pattern of one name part (lower-case Latin letters), or null when it has fewer than two consonants. */
    public static String consonantPattern(String part) {
        if (part.length() < 3) {
            return null;
        }
        StringBuilder sb = new StringBuilder("\\m");
        char last = 0;
        int consonants = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if ("aeiouwy".indexOf(c) >= 0) {
                if (i == 0) {
                    sb.append("[aeiouwy]+");
                }
                continue;
            }
            if (c == last) {
                continue;
            }
            if (consonants > 0 || i > 0) {
                sb.append(VOWELS);
            }
            sb.append(c == 'q' || c == 'k' ? "[kq]" : String.valueOf(c)).append('+');
            last = c;
            consonants++;
        }
        return consonants < 2 ? null : sb.append(VOWELS).append("\\M").toString();
    }

    /** Lower-case ASCII letters and single spaces: accents folded, everything else a space. */
    public static String latin(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]+", " ").strip();
    }
}
