package org.nigehbaan.matching.normalizers;

/**
 * Consonant skeletons and vowel-folded forms of single name tokens (lower-case ASCII letters).
 *
 * <p>Urdu and Arabic script omit short vowels, and romanisations disagree mostly on vowels
 * (Muhammad/Mohammed, Rehman/Rahman, Yousaf/Yusuf) and on doubled letters. The skeleton keeps what they
 * agree on: a leading-vowel mark {@code @}, then the consonants, with {@code w}/{@code y} counted as vowels
 * inside a word, {@code h} after a consonant dropped (kh, dh, th, bh), q/c→k, v→w, ph→f, sh→S, ch→C,
 * and doubled consonants collapsed. Muhammad, Mohammed and محمد all give {@code mhmd}.
 */
public final class Skeletons {

    private Skeletons() {
    }

    public static String skeleton(String token) {
        return skeleton(token, false);
    }

    /** @param abjad the token comes from Arabic or Urdu script, where an initial y is always the consonant ي */
    public static String skeleton(String token, boolean abjad) {
        boolean vowelY = !abjad && initialVowelY(token);
        int n = token.length();
        StringBuilder sb = new StringBuilder(n);
        int lastSource = -2; // where the last emitted consonant came from
        for (int i = 0; i < n; i++) {
            char c = token.charAt(i);
            char next = i + 1 < n ? token.charAt(i + 1) : 0;
            char out;
            if (i == 0 && (isVowel(c) || vowelY)) {
                out = '@';
            } else if (i == 0 && (c == 'w' || c == 'y' || c == 'v')) {
                out = c == 'v' ? 'w' : c;
            } else if (isVowel(c) || c == 'w' || c == 'y' || c == 'v') {
                continue; // vowels, and w/y/v inside a word, are where romanisations disagree
            } else if (c == 'h') {
                if (i > 0 && isAspirated(token.charAt(i - 1))) {
                    continue; // digraphs and aspirates: kh, gh, sh, ch, ph, th, dh, bh, jh, zh
                }
                out = 'h';
            } else if (c == 's' && next == 'h') {
                out = 'S';
            } else if (c == 'd' && next == 'j') {
                continue; // French-Maghrebi dj for j: Djamel, Djouadi
            } else if (c == 'c' && next == 'h') {
                out = 'C';
            } else if (c == 'p' && next == 'h') {
                out = 'f';
            } else if (c == 'c' || c == 'q') {
                out = 'k';
            } else if (c == 'x') {
                if (sb.length() == 0 || sb.charAt(sb.length() - 1) != 'k') {
                    sb.append('k');
                }
                out = 's';
            } else if (c >= 'a' && c <= 'z') {
                out = c;
            } else {
                continue;
            }
            boolean adjacent = lastSource == i - 1;
            if (adjacent && sb.length() > 0 && sb.charAt(sb.length() - 1) == out) {
                lastSource = i;
                continue; // doubled consonants: "mohammad" → m h m d
            }
            sb.append(out);
            lastSource = (out == 'S' || out == 'C' || out == 'f' && c == 'p') ? i + 1 : i;
            if (lastSource == i + 1) {
                i++;
            }
        }
        return sb.toString();
    }

    private static boolean isAspirated(char c) {
        return c == 'k' || c == 'g' || c == 's' || c == 'c' || c == 'p' || c == 't' || c == 'd' || c == 'b'
                || c == 'j' || c == 'z';
    }

    /**
     * A spelling with vowel variants folded: o/ou/oo→u, e→a, ee/ey/y→i, ei/ai→ai, doubled letters single,
     * q→k, x→ks, v→w, ph→f, ck→k. Mohammed and Muhammad both give {@code muhamad}; Hussein and Hussain {@code husain}.
     */
    public static String folded(String token) {
        return folded(token, false);
    }

    /** @param abjad the token comes from Arabic or Urdu script, where an initial y is always the consonant ي */
    public static String folded(String token, boolean abjad) {
        boolean vowelY = !abjad && initialVowelY(token);
        int n = token.length();
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = token.charAt(i);
            char next = i + 1 < n ? token.charAt(i + 1) : 0;
            char out;
            switch (c) {
                case 'o' -> {
                    out = 'u';
                    if (next == 'u' || next == 'o') {
                        i++;
                    }
                }
                case 'e' -> {
                    if (next == 'e' || next == 'y') {
                        out = 'i';
                        i++;
                    } else {
                        out = 'a';
                    }
                }
                case 'y' -> out = i == 0 && !vowelY ? 'y' : 'i';
                case 'q' -> out = 'k';
                case 'x' -> {
                    if (sb.length() == 0 || sb.charAt(sb.length() - 1) != 'k') {
                        sb.append('k');
                    }
                    out = 's';
                }
                case 'v' -> out = 'w';
                case 'p' -> {
                    if (next == 'h') {
                        out = 'f';
                        i++;
                    } else {
                        out = 'p';
                    }
                }
                case 'c' -> {
                    if (next == 'k') {
                        out = 'k';
                        i++;
                    } else {
                        out = 'c';
                    }
                }
                default -> out = c;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) == out) {
                continue;
            }
            sb.append(out);
        }
        return sb.toString();
    }

    /**
     * A word-initial y before a consonant is the vowel i, as Spanish, French and Turkic spellings write it
     * (Yvan/Ivan, Yllades/Illades, Ysmaiylov/Ismailov); before a vowel it stays the consonant (Yusuf).
     */
    static boolean initialVowelY(String token) {
        return token.length() > 2 && token.charAt(0) == 'y' && !isVowel(token.charAt(1)) && token.charAt(1) != 'y'
                && token.charAt(1) >= 'a' && token.charAt(1) <= 'z';
    }

    public static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static final String[] PREFIXES = {"abdul", "abdal", "abdur", "abdar", "abdus",
        "abdas", "abdu", "abda", "abd", "abu"};
    private static final String[] SUFFIXES = {"ulah", "alah", "ula", "uldin", "aldin", "udin", "adin"};

    /**
     * A folded part without the particle glued to its front (Abdul-, Abu-, Ghulam-) or back (-ullah, -uddin),
     * so Abdelhay and Abdallah are not taken for variants because both start with Abd.
     */
    public static String stem(String folded) {
        String s = folded;
        for (String p : PREFIXES) {
            if (s.startsWith(p) && s.length() - p.length() >= 2) {
                s = s.substring(p.length());
                break;
            }
        }
        for (String x : SUFFIXES) {
            // A bare -ula is the particle only after a consonant (Saifula, Atikula): Arreola and Paola are not.
            if (s.endsWith(x) && s.length() - x.length() >= 2
                    && !(x.equals("ula") && isVowel(s.charAt(s.length() - 4)))) {
                s = s.substring(0, s.length() - x.length());
                break;
            }
        }
        return s;
    }

    /**
     * A skeleton for comparing across scripts: the letters Arabic ض ظ ذ ط ث and ق are romanised in
     * several ways (Khadr/Khazr, Kathim/Kazim, Qasmi/Gasmi), so z, d and t fold to d, and g, k to k.
     */
    public static String crossScript(String skeleton) {
        StringBuilder sb = new StringBuilder(skeleton.length());
        for (int i = 0; i < skeleton.length(); i++) {
            char c = skeleton.charAt(i);
            char out = c == 'z' || c == 't' ? 'd' : c == 'g' ? 'k' : c;
            if (sb.length() == 0 || sb.charAt(sb.length() - 1) != out) {
                sb.append(out);
            }
        }
        return sb.toString();
    }
}
