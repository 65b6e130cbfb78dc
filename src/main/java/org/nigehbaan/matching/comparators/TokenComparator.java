package org.nigehbaan.matching.comparators;

import org.nigehbaan.matching.normalizers.GivenNameEquivalents;
import org.nigehbaan.matching.normalizers.NameToken;
import org.nigehbaan.matching.normalizers.Skeletons;

/**
 * Compares two name parts: a pure function from a pair of {@link NameToken}s to a similarity in [0,1]
 * and the kind of agreement, which the explanation names.
 */
public final class TokenComparator {

    /** How two name parts agree, from strongest to weakest. */
    public enum Kind {
        EXACT("equal"),
        VARIANT("romanisation variant"),
        SKELETON("same consonants"),
        CROSS_SCRIPT("same consonants across scripts"),
        TRUNCATED("truncated in the MRZ"),
        TRANSLITERATION("transliteration variant"),
        TYPO("spelling differs slightly"),
        EQUIVALENT("given-name equivalent"),
        INITIAL("initial"),
        NONE("different");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Parts that agree in their loose key and their pattern of vowels (German/Herman, Khasbulatov/Hasbulatov). */
    static final double TRANSLITERATION = 0.85;
    /** Rare parts of four consonants or more that agree in their loose key only (Makled/Moukalled). */
    static final double TRANSLITERATION_VOWELS_DIFFER = 0.85;
    /**
     * Chinese and Korean parts that agree once aspiration marks are dropped (Kyu/Gyu, Tse-tung/Zedong): as strong
     * as a joined part must be ({@link NameComparator#JOIN_MIN}).
     */
    static final double EAST_ASIAN = 0.9;
    /** Across scripts, skeletons shorter than this must agree exactly (after the cross-script folding). */
    static final int CROSS_SCRIPT_FUZZY_MIN = 4;
    /** A part written with and without its initial h before a vowel, the rest the same (Hidajet/Idajet). */
    static final double SILENT_H = 0.85;
    /** Given names that stand for one another (Elizabeth/Liz): weaker than any spelling variant. */
    static final double EQUIVALENT = 0.8;

    private TokenComparator() {
    }

    /**
     * @param q         the traveller's part
     * @param l         the listed part
     * @param truncated the traveller's part may be a prefix cut by the MRZ field length
     */
    public static double similarity(NameToken q, NameToken l, boolean truncated) {
        String a = q.text();
        String b = l.text();
        if (a.equals(b)) {
            return 1.0;
        }
        if (q.isInitial() || l.isInitial()) {
            return a.charAt(0) == b.charAt(0) ? 0.85 : 0;
        }
        if (q.abjad() || l.abjad()) {
            return crossScript(q, l);
        }
        if (q.folded().equals(l.folded())) {
            return 0.97;
        }
        if (truncated && a.length() >= 2 && b.startsWith(a)) {
            return 0.95;
        }
        String fa = q.folded();
        String fb = l.folded();
        // The article joined to the name in one spelling, a separate (dropped) part in another: Elmaghraby/al-Maghrabi.
        if (stripArticle(a).equals(stripArticle(b)) || stripArticle(fa).equals(stripArticle(fb))) {
            return 0.95;
        }
        boolean affixQ = !q.stem().equals(fa);
        boolean affixL = !l.stem().equals(fb);
        if (affixQ && affixL) {
            // Abdul-/Abu-/-ullah/-uddin names share their particles: only what is left tells them apart.
            if (q.stem().equals(l.stem())) {
                return 0.95;
            }
            return Math.min(q.stem().length(), l.stem().length()) <= 3 ? 0 : typoSimilarity(q.stem(), l.stem());
        }
        if ((affixQ || affixL) && q.stem().equals(l.stem()) && q.stem().length() >= 4) {
            return 0.8; // Abdul Sattar written Sattar: the particle is often dropped, but not always the same name
        }
        // Same consonants and the same pattern of vowels, only the vowels differ: a likely variant
        // (Hassan/Husain share hsn too, so not certain). Olga/Oleg share consonants, not the pattern.
        // Not for Chinese and Korean syllables, whose vowels carry the name (Jun/Jian, Dong/Deng): their own rule,
        // with the published vowel correspondences, decides (see transliteration).
        boolean variantVowels = q.skeleton().equals(l.skeleton()) && q.skeleton().length() >= 2
                && vowelPattern(fa).equals(vowelPattern(fb)) && !(q.eastAsian() && l.eastAsian());
        double other = Math.max(transliteration(q, l), equivalent(q, l));
        if (Math.min(fa.length(), fb.length()) <= 3) {
            // short parts: Ri/Ryang, Jo/Cho are no typos of each other
            return Math.max(variantVowels ? 0.85 : 0, other);
        }
        double typo = typoSimilarity(fa, fb);
        return Math.max(variantVowels ? Math.max(typo, 0.85) : typo, other);
    }

    /**
     * Parts that one romanisation system writes one way and another system another way ({@link
     * org.nigehbaan.matching.normalizers.Romanisation#looseKey}): German/Herman (Г as G or H), Khasbulatov/Hasbulatov
     * (Х as KH or H), Il-Kyu/Il-Gyu and Thae/T'ae in Korean, Tse-tung/Zedong in Chinese. Without the same pattern of
     * vowels only rare parts of four consonants or more agree (Makled/Moukalled): Mahmud and Muhammad share mhmd.
     */
    static double transliteration(NameToken q, NameToken l) {
        String a = q.loose();
        if (a.isEmpty() || !a.equals(l.loose())) {
            return 0;
        }
        if (q.eastAsian() && l.eastAsian()) {
            // The key has no vowels, and the systems differ little in them: the vowels must agree once the
            // published correspondences are read alike (Tse-tung/Zedong, Chong-un/Jeong-eun; never Jun/Jian,
            // Dong/Deng, Jianguo/Zhong). A syllable of one consonant (Thae/T'ae, Kyu/Gyu) says less.
            if (!eastAsianVowels(q.text()).equals(eastAsianVowels(l.text()))) {
                return 0;
            }
            return a.length() >= 2 ? EAST_ASIAN : TRANSLITERATION;
        }
        if (a.length() < 2) {
            return 0;
        }
        // Digraphs of one system are single letters of another (zh/j, kh/h, shch/sh): runs of consonants count once.
        if (consonantRunPattern(q.folded()).equals(consonantRunPattern(l.folded()))) {
            return TRANSLITERATION;
        }
        return a.length() >= 4 && q.weight() >= 1f && l.weight() >= 1f ? TRANSLITERATION_VOWELS_DIFFER : 0;
    }

    /** Given names that stand for one another in the public nickname list (Elizabeth/Liz, William/Bill). */
    static double equivalent(NameToken q, NameToken l) {
        return q.equivalents().length > 0 && l.equivalents().length > 0
                && GivenNameEquivalents.equivalent(q.equivalents(), l.equivalents()) ? EQUIVALENT : 0;
    }

    /** Whether two parts with different skeletons may still agree as transliterations or given-name equivalents. */
    public static boolean mayAgreeOtherwise(NameToken q, NameToken l) {
        return transliteration(q, l) > 0 || equivalent(q, l) > 0;
    }

    /**
     * The vowels of a Chinese or Korean part, folded (o/u, e/a) after the vowel correspondences of the published
     * tables: Revised Romanization eo and eu are McCune–Reischauer ŏ and ŭ, written o and u once the breve is
     * dropped; Wade-Giles uei is pinyin ui. (Wade-Giles ien/ung and pinyin ian/ong already fold alike.)
     */
    static String eastAsianVowels(String text) {
        String s = text;
        if (s.contains("eo") || s.contains("eu") || s.contains("uei")) {
            s = s.replace("eo", "o").replace("eu", "u").replace("uei", "ui");
        }
        return vowels(Skeletons.folded(s));
    }

    private static String vowels(String folded) {
        StringBuilder sb = new StringBuilder(4);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * First letters that transliterations swap: k/q/g/c (ق as q, k or g: Qaddafi/Gaddafi), s/z (German
     * Selenskyj), j/y (Yusuf/Jusuf), and the vowels (Imran/Emran).
     */
    static char initialClass(char c) {
        return switch (c) {
            case 'k', 'q', 'g', 'c' -> 'k';
            case 'z' -> 's';
            case 'y' -> 'j';
            case 'a', 'e', 'i', 'o', 'u' -> 'a';
            default -> c;
        };
    }

    /** Each run of consonants as one C and each run of vowels as one V: "zhukuw" and "jukuw" are both CVCVC. */
    static String consonantRunPattern(String folded) {
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            char k = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' ? 'V' : 'C';
            if (sb.length() == 0 || sb.charAt(sb.length() - 1) != k) {
                sb.append(k);
            }
        }
        return sb.toString();
    }

    /** Consonants as C, each run of vowels as one V: "hasan" and "husain" are both CVCVC. */
    static String vowelPattern(String folded) {
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            char k = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' ? 'V' : 'C';
            if (k == 'C' || sb.length() == 0 || sb.charAt(sb.length() - 1) != 'V') {
                sb.append(k);
            }
        }
        return sb.toString();
    }

    /**
     * A typo is one edit (insertion, deletion, substitution or swap of neighbours) in a part of up to seven
     * to eight letters, two in a longer one, never in the first letter: Scholze/Scholz and Friedrich/Fridrich are typos,
     * Irfan/Imran, Federman/Federer and Hammad/Ahmed are different names.
     */
    static double typoSimilarity(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        if (initialClass(a.charAt(0)) != initialClass(b.charAt(0))) {
            return silentInitialH(a, b) || silentInitialH(b, a) ? SILENT_H : 0;
        }
        int allowed = longest <= 4 ? 0 : longest <= 8 ? 1 : 2;
        int d = EditDistance.osa(a, b, allowed);
        if (d > allowed) {
            return 0;
        }
        return d == 1 ? (longest <= 5 ? 0.85 : 0.9) : 0.8;
    }

    /**
     * An initial h before a vowel that one spelling writes and another drops, the rest spelt alike: Albanian and
     * French spellings drop it (Hidajet/Idajet, Hamdouni/Amdouni), Arabic ه and ح are often not written in Latin.
     * Only parts of five letters or more: Hali/Ali, Hadi/Adi are different names.
     */
    static boolean silentInitialH(String withH, String without) {
        return withH.length() >= 5 && withH.charAt(0) == 'h' && Skeletons.isVowel(withH.charAt(1))
                && withH.regionMatches(1, without, 0, without.length()) && withH.length() == without.length() + 1;
    }

    public static Kind kind(NameToken q, NameToken l, boolean truncated) {
        String a = q.text();
        String b = l.text();
        double s = similarity(q, l, truncated);
        if (s == 0) {
            return Kind.NONE;
        }
        if (a.equals(b)) {
            return q.display().equals(l.display()) ? Kind.EXACT : Kind.VARIANT;
        }
        if (q.isInitial() || l.isInitial()) {
            return Kind.INITIAL;
        }
        if (q.abjad() || l.abjad()) {
            return Kind.CROSS_SCRIPT;
        }
        if (q.folded().equals(l.folded()) || stripArticle(a).equals(stripArticle(b))
                || stripArticle(q.folded()).equals(stripArticle(l.folded()))) {
            return Kind.VARIANT;
        }
        if (truncated && a.length() >= 2 && b.startsWith(a)) {
            return Kind.TRUNCATED;
        }
        if (!q.stem().equals(q.folded()) && q.stem().equals(l.stem())) {
            return Kind.VARIANT;
        }
        if (q.skeleton().equals(l.skeleton()) && s <= 0.9 && !(q.eastAsian() && l.eastAsian())) {
            return Kind.SKELETON;
        }
        if (s == transliteration(q, l)) {
            return Kind.TRANSLITERATION;
        }
        if (s == equivalent(q, l)) {
            return Kind.EQUIVALENT;
        }
        return Kind.TYPO;
    }

    /** Script-crossing parts have no reliable vowels: compare consonant skeletons. */
    private static double crossScript(NameToken q, NameToken l) {
        String a = q.skeleton();
        String b = l.skeleton();
        if (a.equals(b)) {
            return 0.93;
        }
        a = Skeletons.crossScript(a);
        b = Skeletons.crossScript(b);
        if (a.equals(b)) {
            return 0.9;
        }
        String a2 = stripLeadingVowelMark(a);
        String b2 = stripLeadingVowelMark(b);
        if (a2.equals(b2) && a2.length() >= 2) {
            return 0.88;
        }
        // Short skeletons (kn, kyn, jnt) are alike by chance: only longer ones may differ in a letter.
        if (Math.min(a2.length(), b2.length()) < CROSS_SCRIPT_FUZZY_MIN) {
            return 0;
        }
        double jw = JaroWinkler.similarity(a, b);
        return jw >= 0.85 ? jw * 0.92 : 0;
    }

    private static String stripLeadingVowelMark(String s) {
        return !s.isEmpty() && s.charAt(0) == '@' ? s.substring(1) : s;
    }

    private static String stripArticle(String s) {
        return s.length() > 5 && (s.startsWith("al") || s.startsWith("el")) ? s.substring(2) : s;
    }
}
