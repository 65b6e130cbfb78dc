package org.nigehbaan.matching.normalizers;

import java.text.Normalizer;

import com.ibm.icu.text.Transliterator;

/**
 * Turns a name in any script into lower-case ASCII Latin, offline.
 *
 * <p>Arabic and Urdu script go through a letter table of our own (below), because ICU's Arabic-Latin
 * writes scholarly diacritics and no vowels for unvowelled text; the table writes each consonant the way
 * Pakistani and Arab names are usually romanised and marks the result as <em>abjad</em> (short vowels
 * missing), so comparators fall back to consonant skeletons; Hebrew, written without vowels too, is marked
 * abjad as well. Every other non-Latin script (Cyrillic,
 * Greek, Hebrew, Han, Hangul, Kana, Thai, Devanagari…) goes through ICU {@code Any-Latin; Latin-ASCII}.
 * Latin with diacritics is folded to ASCII.
 */
public final class ScriptTransliterator {

    /**
     * The result: ASCII text (letters, spaces and the separators {@code , - ' < .}), whether it was abjad, and
     * whether it was written in Han or Hangul (a Chinese or Korean name).
     */
    public record Latin(String text, boolean abjad, boolean eastAsianScript) {
    }

    private static final ThreadLocal<Transliterator> ANY_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin")); // ASCII after lettersOfOtherSystems
    private static final ThreadLocal<Transliterator> LATIN_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));

    private ScriptTransliterator() {
    }

    public static Latin toLatin(String raw) {
        boolean ascii = true;
        boolean arabic = false;
        boolean hebrew = false;
        boolean otherScript = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= 0x80) {
                ascii = false;
                if (isArabicBlock(c)) {
                    arabic = true;
                } else if (c >= 0x0590 && c <= 0x05FF) {
                    hebrew = true; // also written without short vowels
                    otherScript = true;
                } else if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                    otherScript = true;
                }
            }
        }
        if (ascii) {
            return new Latin(raw, false, false);
        }
        String s = raw;
        if (arabic) {
            s = arabicToLatin(s);
        }
        boolean eastAsian = false;
        if (otherScript) {
            eastAsian = hasHanOrHangul(s);
            s = eastAsian ? syllablesJoined(s) : ANY_LATIN.get().transliterate(s);
        }
        s = lettersOfOtherSystems(s);
        s = LATIN_ASCII.get().transliterate(s);
        // Whatever is still not ASCII (rare letters, modifier letters such as ʿ) is dropped after NFKD.
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                sb.append(c);
            }
        }
        return new Latin(sb.toString(), arabic || hebrew, eastAsian);
    }

    private static boolean isIso9(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'ŝ' || c == 'Ŝ' || c == 'č' || c == 'Č' || c == 'š' || c == 'Š' || c == 'ž' || c == 'Ž'
                    || c == 'ʹ' || c == 'ë' || c == 'Ë' || c == 'è') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHanOrHangul(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HANGUL) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * Han and Hangul are written a syllable a character; ICU transliterates them a syllable a word. A name part
     * (what the source separates by spaces) stays one part: 志强 is Zhiqiang, 서영 is Seoyeong.
     */
    private static String syllablesJoined(String s) {
        String[] chunks = s.strip().split("\\s+");
        if (chunks.length == 1 && chunks[0].codePointCount(0, chunks[0].length()) >= 2
                && chunks[0].codePoints().allMatch(ScriptTransliterator::isHanOrHangul)) {
            // One unbroken name (李明, 习近平, 김정은): the first syllable is the family name, the rest the given name.
            String one = chunks[0];
            int cut = one.offsetByCodePoints(0, 1);
            return syllable(one.substring(0, cut)) + " " + syllable(one.substring(cut));
        }
        StringBuilder sb = new StringBuilder(s.length() * 4);
        for (String chunk : chunks) {
            if (chunk.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(syllable(chunk));
        }
        return sb.toString();
    }

    private static String syllable(String chunk) {
        return ANY_LATIN.get().transliterate(chunk).replace(" ", "").replace("-", "");
    }

    private static boolean isHanOrHangul(int cp) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HANGUL;
    }

    /**
     * Letters that other transliteration systems write with a diacritic and ASCII folding would reduce to a
     * different letter: ISO 9 and Czech/Slovak/Baltic/Croatian ž, č, š (zh, ch, sh), ISO 9 ŝ (shch), Turkish,
     * Azerbaijani and Romanian ş/ș (sh), Romanian ț (ts), Azerbaijani ə (a). ç is left to ASCII folding: it is ch
     * in Turkic spellings but s in French and Portuguese ones.
     */
    static String lettersOfOtherSystems(String s) {
        // ISO 9 writes Ю and Я as û and â; French, Romanian and Vietnamese use those letters too, so they are read
        // as yu/ya only at the start of a word or in a name with another letter ISO 9 writes (ŝ, č, š, ž, ʹ, ë).
        if (s.indexOf('û') >= 0 || s.indexOf('â') >= 0 || s.indexOf('Û') >= 0 || s.indexOf('Â') >= 0) {
            s = isIso9(s) ? s.replace("û", "yu").replace("â", "ya").replace("Û", "Yu").replace("Â", "Ya")
                    // at the start of a word no other language writes them: Ûrij, Âkov
                    : s.replaceAll("(?<![\\p{L}])Û", "Yu").replaceAll("(?<![\\p{L}])Â", "Ya");
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case 'ž' -> "zh";
                case 'Ž' -> "Zh";
                case 'č' -> "ch";
                case 'Č' -> "Ch";
                case 'š', 'ş', 'ș' -> "sh";
                case 'Š', 'Ş', 'Ș' -> "Sh";
                case 'ŝ' -> "shch";
                case 'Ŝ' -> "Shch";
                case 'ț', 'ţ' -> "ts";
                case 'Ț', 'Ţ' -> "Ts";
                case 'ə' -> "a";
                case 'Ə' -> "A";
                default -> null;
            };
            if (r != null && sb == null) {
                sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (sb != null) {
                if (r != null) {
                    sb.append(r);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    static boolean isArabicBlock(char c) {
        return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0xFB50 && c <= 0xFDFF)
                || (c >= 0xFE70 && c <= 0xFEFF);
    }

    /**
     * Arabic/Urdu letters to their usual romanisation. Long vowels alif/waw/yeh are written as vowels
     * inside a word and as w/y at its start; short-vowel marks, when present, are kept; the article
     * {@code ال} becomes a separate {@code al}; ta marbuta reads {@code a}.
     */
    static String arabicToLatin(String s) {
        s = Normalizer.normalize(s, Normalizer.Form.NFKC); // presentation forms to base letters
        StringBuilder sb = new StringBuilder(s.length() * 2);
        boolean wordStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isArabicBlock(c)) {
                sb.append(c);
                wordStart = !Character.isLetter(c);
                continue;
            }
            // Allah is written with its article and no vowels: spell it out.
            if (wordStart && s.startsWith("\u0627\u0644\u0644\u0647", i)) {
                sb.append("allah");
                i += 3;
                wordStart = false;
                continue;
            }
            // The definite article at the start of a word is its own particle.
            if (wordStart && c == '\u0627' && i + 2 < s.length() && s.charAt(i + 1) == '\u0644'
                    && isArabicLetter(s.charAt(i + 2))) {
                sb.append("al ");
                i++;
                wordStart = false;
                continue;
            }
            String latin = letter(c, wordStart);
            if (latin == null) {
                continue; // tatweel, hamza alone, unknown marks
            }
            sb.append(latin);
            if (isArabicLetter(c)) {
                wordStart = false;
            }
        }
        return sb.toString();
    }

    private static boolean isArabicLetter(char c) {
        return isArabicBlock(c) && Character.isLetter(c);
    }

    private static String letter(char c, boolean wordStart) {
        return switch (c) {
            case '\u0627', '\u0623', '\u0625', '\u0622', '\u0671' -> "a";
            case '\u0628' -> "b";
            case '\u067E' -> "p";
            case '\u062A', '\u0679', '\u0637' -> "t";
            case '\u062B' -> "th";
            case '\u062C' -> "j";
            case '\u0686' -> "ch";
            case '\u062D', '\u0647', '\u06C1', '\u06BE', '\u06C0' -> "h";
            case '\u062E' -> "kh";
            case '\u062F', '\u0688' -> "d";
            case '\u0630', '\u0632', '\u0636', '\u0638' -> "z";
            case '\u0631', '\u0691' -> "r";
            case '\u0698' -> "zh";
            case '\u0633', '\u0635' -> "s";
            case '\u0634' -> "sh";
            case '\u0639' -> "a"; // ayn: a vowel carrier in romanisation
            case '\u063A' -> "gh";
            case '\u0641' -> "f";
            case '\u0642' -> "q";
            case '\u0643', '\u06A9' -> "k";
            case '\u06AF' -> "g";
            case '\u0644' -> "l";
            case '\u0645' -> "m";
            case '\u0646', '\u06BA' -> "n";
            case '\u0629' -> "a";
            case '\u0648', '\u0624' -> wordStart ? "w" : "u";
            case '\u064A', '\u06CC', '\u0649', '\u06D2', '\u06D0', '\u0626' -> wordStart ? "y" : "i";
            case '\u064E' -> "a"; // fatha
            case '\u0650' -> "i"; // kasra
            case '\u064F' -> "u"; // damma
            case '\u060C', '\u066B', '\u066C' -> " ";
            default -> null;
        };
    }
}
