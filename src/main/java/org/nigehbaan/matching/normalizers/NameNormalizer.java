package org.nigehbaan.matching.normalizers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The first stage of the pipeline: a raw name in any script to {@link NormalizedName}. The same
 * normalisation runs at index time and at query time.
 *
 * <p>Stages, in order: split off the father's name (s/o, d/o, w/o, son of) → reorder "LAST, First" and
 * MRZ {@code PRIMARY<<SECONDARY} → transliterate to ASCII Latin ({@link ScriptTransliterator}) → split on
 * spaces, hyphens and dots → glue particles (Zia-ul-Haq, Abdul Rehman, Abu Bakr are one part however they
 * are spaced) and drop connectors (bin, ibn, al, el) → expand abbreviations (Mohd, Md, Ch.) → mark titles
 * and initials → weigh common parts down.
 */
public final class NameNormalizer {

    /** Honorifics and clan titles that may or may not be written (DOMAIN.md, Names), and common courtesy titles. */
    static final Set<String> TITLES = Set.of("syed", "sayed", "sayyed", "sayyid", "seyed", "syad", "mian", "hafiz",
            "haji", "hajji", "hadji", "alhaj", "alhajj", "malik", "rana", "chaudhry", "chaudhary", "choudhary",
            "choudhry", "chaudhri", "chowdhury", "chaudry", "sheikh", "shaikh", "shaykh", "sheik", "mirza", "khawaja",
            "khwaja", "khawja", "khuwaja", "sardar", "begum", "bibi", "mst", "mussammat", "musammat", "mosammat",
            "mr", "mrs", "ms", "miss", "dr", "doctor", "prof", "professor", "maulana", "molana", "maulvi", "moulvi",
            "mawlawi", "mawlavi", "mullah", "mulla", "mufti", "qari", "pir", "sahib", "sahab", "sir", "lady",
            "general", "gen", "col", "colonel", "capt", "captain", "major", "brig", "brigadier", "commander",
            "sheikha", "shaykha", "imam", "amir", "emir");

    /** Connectors that carry no identity on their own. */
    static final Set<String> CONNECTORS = Set.of("bin", "ibn", "ben", "bn", "bint", "binti", "al", "el", "and", "wa",
            "of", "de", "del", "la", "le", "van", "von", "der", "da", "dos", "das", "do", "los", "las", "della", "y", "e",
            // "son of" in Mauritanian (Ould, Wuld) and Tuareg (Ag) names
            "ould", "wuld", "uld", "ag");

    /** Particles glued to the next part: Abdul Rehman = Abdulrehman, Abu Bakr = Abubakr. */
    static final Set<String> PREFIX_PARTICLES = Set.of("abd", "abdul", "abdel", "abdal", "abdil", "abdol", "abdur",
            "abdus", "abdu", "abdo", "abu", "abou", "abo");

    /** Particles glued between two parts: Zia-ul-Haq = Ziaulhaq, Shams-ud-Din, Habib-ur-Rehman. */
    static final Set<String> INFIX_PARTICLES = Set.of("ul", "ud", "ur", "us", "uz", "al", "el");

    /** Abbreviations that stand for one name (DOMAIN.md: Mohd, Md; Ch. for Chaudhry). */
    static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("mohd", "muhammad"), Map.entry("muhd", "muhammad"), Map.entry("md", "muhammad"),
            Map.entry("mhd", "muhammad"), Map.entry("mohamad", "mohamad"), Map.entry("mhmd", "muhammad"),
            Map.entry("ch", "chaudhry"), Map.entry("sk", "sheikh"), Map.entry("shk", "sheikh"),
            Map.entry("mst", "mst"), Map.entry("mohd.", "muhammad"));

    /** Weight of a part in {@link CommonNameParts}: Muhammad, Khan, Ivanov, García, Wang. */
    public static final float COMMON_WEIGHT = 0.4f;
    static final float INITIAL_WEIGHT = 0.35f;
    static final float TITLE_WEIGHT = 0.3f;

    private static final String[] NO_EQUIVALENTS = new String[0];
    private static final Map<String, NameToken> TOKEN_CACHE = new ConcurrentHashMap<>();
    /** Name parts are shared between names through this cache; it stops growing here (memory stays bounded). */
    private static final int TOKEN_CACHE_LIMIT = 1 << 18;

    private NameNormalizer() {
    }

    public static NormalizedName normalize(String raw) {
        String s = raw == null ? "" : raw.strip();
        String father = null;
        int fatherAt = fatherMarker(s);
        if (fatherAt >= 0) {
            int markerEnd = s.indexOf(' ', fatherAt + 1);
            father = markerEnd < 0 ? null : s.substring(markerEnd + 1).strip();
            s = s.substring(0, fatherAt).strip();
        }
        s = reorder(s);
        ScriptTransliterator.Latin latin = ScriptTransliterator.toLatin(s);
        List<String> parts = split(latin.text());
        parts = glueParticles(parts);
        boolean eastAsian = !latin.abjad() && (latin.eastAsianScript() || Romanisation.isEastAsian(parts));
        List<NameToken> tokens = new ArrayList<>(parts.size());
        for (String p : parts) {
            tokens.add(token(p, latin.abjad(), eastAsian));
        }
        // A name made only of titles ("Sheikh") is still a name.
        if (!tokens.isEmpty() && tokens.stream().allMatch(t -> t.role() == NameToken.Role.TITLE)) {
            tokens.replaceAll(NameToken::asName);
        }
        return new NormalizedName(raw, tokens, father == null || father.isBlank() ? null : father, latin.abjad());
    }

    /** Builds (or reuses) the token for one lower-case ASCII part. */
    public static NameToken token(String part, boolean abjad) {
        return token(part, abjad, false);
    }

    /** Builds (or reuses) the token for one lower-case ASCII part of a name that is or is not Chinese/Korean. */
    public static NameToken token(String part, boolean abjad, boolean eastAsian) {
        String key = abjad ? "\u0001" + part : eastAsian ? "\u0002" + part : part;
        NameToken t = TOKEN_CACHE.get(key);
        if (t != null) {
            return t;
        }
        t = newToken(part, abjad, eastAsian);
        if (TOKEN_CACHE.size() < TOKEN_CACHE_LIMIT) {
            TOKEN_CACHE.put(key, t);
        }
        return t;
    }

    /** Two neighbouring parts written as one (Abdul Rehman as Abdulrehman, Tse-tung as Zedong). */
    public static NameToken join(NameToken a, NameToken b) {
        return token(a.text() + b.text(), a.abjad(), a.eastAsian()); // cached: the same pairs are joined again and again
    }

    /** Builds the token without caching it. */
    static NameToken newToken(String part, boolean abjad, boolean eastAsian) {
        NameToken t;
        String text = ABBREVIATIONS.getOrDefault(part, part);
        NameToken.Role role;
        float weight;
        // Abjad parts come from our own letter table: no other system's spellings to reconcile.
        // Chinese and Korean parts have their own key (the Cyrillic Ye- rule would read Korean Yeong as Eong).
        String canonical = abjad || eastAsian ? text : Romanisation.canonical(text);
        String folded = Skeletons.folded(canonical, abjad);
        if (text.length() == 1) {
            role = NameToken.Role.INITIAL;
            weight = INITIAL_WEIGHT;
        } else if (TITLES.contains(text)) {
            role = NameToken.Role.TITLE;
            weight = TITLE_WEIGHT;
        } else {
            role = NameToken.Role.NAME;
            weight = CommonNameParts.isCommon(folded) ? COMMON_WEIGHT : 1f;
        }
        String loose = abjad ? Skeletons.skeleton(text, true)
                : eastAsian ? Romanisation.eastAsianKey(canonical) : Romanisation.looseKey(canonical);
        String[] equivalents = role == NameToken.Role.NAME ? GivenNameEquivalents.canonicalNames(text) : NO_EQUIVALENTS;
        t = new NameToken(part.toUpperCase(Locale.ROOT), text, folded, Skeletons.skeleton(canonical, abjad), Skeletons.stem(folded),
                role, weight, abjad, loose, equivalents, eastAsian);
        return t;
    }

    private static int fatherMarker(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String marker : List.of(" s/o ", " d/o ", " w/o ", " son of ", " daughter of ", " wife of ", " s.o. ",
                " d.o. ", " w.o. ")) {
            int at = lower.indexOf(marker);
            if (at >= 0) {
                return at + 1;
            }
        }
        return -1;
    }

    /**
     * "KHAN, Imran" → "Imran KHAN". An MRZ name "KHAN<<IMRAN<AHMED" keeps its order ("KHAN IMRAN AHMED"):
     * its last part is the one the field length may have cut, and the comparator knows MRZ order.
     */
    static String reorder(String s) {
        int mrz = s.indexOf("<<");
        if (mrz > 0) {
            return s.replace('<', ' ').strip();
        }
        s = s.replace('<', ' ');
        int comma = s.indexOf(',');
        if (comma > 0 && comma == s.lastIndexOf(',') && comma < s.length() - 1) {
            return s.substring(comma + 1).strip() + " " + s.substring(0, comma).strip();
        }
        return s;
    }

    /**
     * Splits on anything that is not a letter, and between a lower-case and an upper-case letter
     * (VladimirPutin); apostrophes vanish (O'Brien, Ma'ruf); digits inside a word are read as the letters they
     * imitate (Ig0r Sech1n), other digits dropped. Works on the transliterated text before lower-casing.
     */
    static List<String> split(String s) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char lower = Character.toLowerCase(c);
            if (lower >= 'a' && lower <= 'z') {
                if (c != lower && i > 0 && Character.isLowerCase(s.charAt(i - 1)) && cur.length() > 1) {
                    parts.add(cur.toString());
                    cur.setLength(0);
                }
                cur.append(lower);
            } else if (c == '\'' || c == '`' || c == '\u2019') {
                // joined
            } else if (c >= '0' && c <= '9' && (cur.length() > 0 || i + 1 < s.length() && Character.isLetter(s.charAt(i + 1)))) {
                char letter = "oizeasgtbg".charAt(c - '0');
                cur.append(letter);
            } else if (cur.length() > 0) {
                parts.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            parts.add(cur.toString());
        }
        return parts;
    }

    static List<String> glueParticles(List<String> parts) {
        List<String> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            boolean hasNext = i + 1 < parts.size();
            if (PREFIX_PARTICLES.contains(p) && hasNext) {
                StringBuilder glued = new StringBuilder(p);
                int j = i + 1;
                // "abd al aziz", "abu al hassan": the article goes with it
                if (j + 1 < parts.size() && INFIX_PARTICLES.contains(parts.get(j)) && parts.get(j).length() <= 3) {
                    glued.append(parts.get(j));
                    j++;
                }
                glued.append(parts.get(j));
                out.add(glued.toString());
                i = j;
            } else if (hasNext && !out.isEmpty() && isInfix(p)) {
                // "zia ul haq" → "ziaulhaq"; "shams ud din" → "shamsuddin"
                String prev = out.remove(out.size() - 1);
                out.add(prev + p + parts.get(i + 1));
                i++;
            } else if (!out.isEmpty() && (p.equals("uddin") || p.equals("ullah") || p.equals("ulla"))) {
                String prev = out.remove(out.size() - 1);
                out.add(prev + p); // "kifayat ullah" → "kifayatullah"
            } else if (CONNECTORS.contains(p) && parts.size() > 1 && (i > 0 || p.equals("al") || p.equals("el"))) {
                continue; // "bin" first is a name (Bin Li), not "son of"
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** Between two parts only the Urdu izafat-like particles glue; al/el between parts are dropped instead. */
    private static boolean isInfix(String p) {
        return INFIX_PARTICLES.contains(p) && !p.equals("al") && !p.equals("el");
    }
}
