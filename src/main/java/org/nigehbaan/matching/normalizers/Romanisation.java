package org.nigehbaan.matching.normalizers;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Romanisation families: the same name written by another country's rules. Data-free rewrite rules, one
 * family at a time, each taken from the published transliteration tables (see the reference-table tests in
 * {@code RomanisationTests}); nothing here was learned from evaluation answers.
 *
 * <p>Two layers, both applied to a lower-case ASCII name part and the same at index and query time:
 * <ul>
 *   <li>{@link #canonical} rewrites only spellings that stand for the same letters under every system that
 *       writes them (BGN/PCGN "Ye" and ICAO "E" for Cyrillic Е at the start of a word; French "Tch" and
 *       English "Ch" for Ч; Turkic -ogly/-oglu; Persian -zadeh/-zada). The folded spelling and consonant
 *       skeleton are taken from the result, so such variants compare as spelling variants and share index keys.</li>
 *   <li>{@link #looseKey} merges letters that one system writes one way and another system another way but
 *       that are not always the same letter (Г as G in Russian and H in Ukrainian; Х as KH in BGN/ICAO and H
 *       in ISO 9; Ж as ZH and J; Ё as YO and E). Parts agreeing only there are weaker variants
 *       ("transliteration variant"), never equal.</li>
 *   <li>{@link #eastAsianKey}, for names that {@link #isEastAsian look Chinese or Korean}: Wade-Giles and
 *       McCune–Reischauer mark aspiration with an apostrophe that travel documents drop, so p/b, t/d, k/g,
 *       ch/j/zh and ts/tz/z/c are merged, and syllable splits (Tse-tung, Zedong) are compared joined.</li>
 * </ul>
 */
public final class Romanisation {

    /**
     * A rule of one family: a pattern and its replacement, with the standard it comes from. {@code hints} are
     * letters or clusters the pattern cannot match without (checked first: most parts need no regex at all).
     */
    record Rule(Family family, Pattern pattern, String replacement, String source, String[] hints) {

        String apply(String s) {
            boolean hinted = false;
            for (String h : hints) {
                if (s.contains(h)) {
                    hinted = true;
                    break;
                }
            }
            if (!hinted) {
                return s;
            }
            Matcher m = pattern.matcher(s);
            return m.find() ? m.replaceAll(replacement) : s;
        }
    }

    /** The families the rules belong to (the explanation names them). */
    public enum Family {
        CYRILLIC("Cyrillic transliteration"),
        BELARUSIAN("Belarusian form of a Russian name"),
        TURKIC("Turkic spelling"),
        PERSIAN("Persian spelling"),
        ARABIC("Arabic dialect spelling"),
        EAST_ASIAN("Chinese/Korean romanisation");

        private final String words;

        Family(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    private static Rule rule(Family f, String regex, String replacement, String source, String... hints) {
        return new Rule(f, Pattern.compile(regex), replacement, source, hints);
    }

    /** Rewrites that hold under every system (order matters: longer clusters first). */
    static final Rule[] CANONICAL = {
        // Щ: BGN/PCGN and ICAO "shch", German "schtsch", French "chtch", GOST 7.79-B "shh".
        rule(Family.CYRILLIC, "schtsch|chtch|shtch|shh(?=[aeiouy])", "shch", "Щ: BGN/PCGN, ICAO 9303 shch; German schtsch; French chtch; GOST 7.79 B shh", "schtsch", "chtch", "shtch", "shh"),
        // Ч: BGN/PCGN and ICAO "ch", German "tsch", French "tch".
        rule(Family.CYRILLIC, "tsch|tch", "ch", "Ч: BGN/PCGN, ICAO 9303 ch; German tsch; French tch", "tsch", "tch"),
        // Ш: German "sch".
        rule(Family.CYRILLIC, "sch(?!ch)", "sh", "Ш: BGN/PCGN, ICAO 9303 sh; German sch", "sch"),
        // Ц: BGN/PCGN and ICAO "ts", GOST R 52535.1 "tc".
        rule(Family.CYRILLIC, "tc(?=[aeiouy])", "ts", "Ц: BGN/PCGN, ICAO 9303 ts; GOST R 52535.1 tc", "tc"),
        // Е at the start of a word: BGN/PCGN "ye", ICAO 9303 and GOST R 52535.1 "e", Ukrainian Є ICAO "ie".
        rule(Family.CYRILLIC, "^[yi]e(?=[a-z]{2})", "e", "Е/Є initially: BGN/PCGN ye; ICAO 9303 e/ie", "ye", "ie"),
        // Ю, Я, Ё at the start: BGN/PCGN "yu/ya/yo", ICAO 9303 "iu/ia/(e)".
        rule(Family.CYRILLIC, "^i(?=[auo][a-z]{2})", "y", "Ю/Я initially: BGN/PCGN yu/ya; ICAO 9303 iu/ia", "ia", "iu", "io"),
        // Е after a vowel: BGN/PCGN "ye" (Sergeyev, Dmitriyevna), ICAO 9303 "e" (Sergeev, Dmitrievna).
        rule(Family.CYRILLIC, "(?<=[aeiou])ye(?=v)", "e", "Е after a vowel: BGN/PCGN ye; ICAO 9303 e", "yev"),
        // Й after a vowel at the end: BGN/PCGN "-iy/-yy/-ey/-ay/-oy", ICAO "-ii/-yi/-ei/-ai/-oi", ISO 9 and German "-ij/-ej/-aj/-oj".
        rule(Family.CYRILLIC, "(?<=[a-z]{2}[aeiouy])j$", "y", "-ий/-ей/-ай/-ой: BGN/PCGN -iy/-ey; ICAO 9303 -ii/-ei; ISO 9 -ij/-ej", "j"),
        // -ая: BGN/PCGN "-aya", ICAO "-aia", ISO 9/German "-aja".
        rule(Family.CYRILLIC, "(?<=[a-z]{2})aja$", "aya", "-ая: BGN/PCGN -aya; ICAO 9303 -aia; ISO 9 -aja", "aja"),
        // -ов/-ев written the German or French way: -ow/-off, -ew/-eff.
        rule(Family.CYRILLIC, "(?<=[a-z]{3})off$", "ov", "-ов: BGN/PCGN, ICAO -ov; French -off; German -ow", "off"),
        rule(Family.CYRILLIC, "(?<=[a-z]{3})eff$", "ev", "-ев: BGN/PCGN, ICAO -ev; French -eff; German -ew", "eff"),
        // Belarusian forms of Russian names (Belarusian orthography: аканне writes unstressed о as а; ў, the
        // non-syllabic u, stands where Russian has в). Patronymics -авіч/-аўна, -еўна = Russian -ович/-овна, -евна
        // (Uladzimiravich = Vladimirovich, Leanidauna = Leonidovna, Mikalaeuna = Nikolaevna); surnames -аў/-еў = -ов/-ев
        // (Halavanau = Golovanov, Kavaleu = Kovalev); -оўскі = -овский (Tsikhanouski = Tikhanovsky); the root Улад- = Влад-.
        rule(Family.BELARUSIAN, "(?<=[a-z]{3})avich$", "ovich", "Belarusian -авіч (BGN/PCGN, ICAO -avich) = Russian -ович", "avich"),
        rule(Family.BELARUSIAN, "(?<=[a-z]{3})a[uwv]na$", "ovna", "Belarusian -аўна (-auna, -awna) = Russian -овна", "auna", "awna", "avna"),
        rule(Family.BELARUSIAN, "(?<=[a-z]{3})e[uw]na$", "evna", "Belarusian -еўна (-euna, -ewna) = Russian -евна", "euna", "ewna"),
        rule(Family.BELARUSIAN, "(?<=[a-z]{2}[b-df-hj-np-tv-z])au$", "ov", "Belarusian -аў (-au) = Russian -ов", "au"),
        rule(Family.BELARUSIAN, "(?<=[a-z]{2}[b-df-hj-np-tv-z])eu$", "ev", "Belarusian -еў (-eu) = Russian -ев", "eu"),
        rule(Family.BELARUSIAN, "(?<=[a-z]{2})ou(?=sk)", "ov", "Belarusian -оўск- (-ousk-) = Russian -овск-", "ousk"),
        rule(Family.BELARUSIAN, "^ulad", "vlad", "Belarusian Улад- (Uladzimir, Uladzislau) = Russian Влад-", "ulad"),
        // Turkic patronymic particles: Azerbaijani oğlu/qızı written oglu, ogly, ogli, oghlu; kyzy, kizi, gizi.
        rule(Family.TURKIC, "(?<=^|[a-z]{2})(oghlu|oglou|ogly|ogli|oglu)$", "oglu", "Azerbaijani/Turkish oğlu: oglu, ogly, ogli, oghlu", "ogl", "oghl"),
        rule(Family.TURKIC, "(?<=^|[a-z]{2})(qizi|kyzy|qyzy|gizi|kizi)$", "kizi", "Azerbaijani qızı, Kazakh/Kyrgyz kyzy", "iz", "yz"),
        // Persian -zadeh ("born of"): zadeh, zade, zadah, zada.
        rule(Family.PERSIAN, "(?<=^|[a-z]{2})(zadeh|zadah|zade)$", "zada", "Persian -zâde: zadeh, zade, zada", "zad"),
        // French-style initial "Ou" for w (Ouali = Wali, Ouahid = Wahid), Maghrebi and Persian-French spelling.
        rule(Family.ARABIC, "^ou(?=[aei][a-z])", "w", "و initially: French-style ou, English w", "ou"),
        // Sun-letter assimilation of the article after Abd: Abdurrahman, Abdarrahman = Abd al-Rahman.
        rule(Family.ARABIC, "^abd[aeu]([rstdnz])\\1", "abdal$1", "the article al- assimilated to a sun letter (ar-R, as-S, ad-D, an-N, az-Z)", "abd"),
    };

    /** Lossy merges between systems (applied after {@link #CANONICAL}), for the loose key only. */
    static final Rule[] LOOSE = {
        // ق initially: Persian romanisation writes it gh (Ghasem, Gholam), Arabic q (Qasem, Qulam); read before Х.
        rule(Family.PERSIAN, "^gh(?=[aeiou])", "q", "ق: Persian gh, Arabic q", "gh"),
        // Х: BGN/PCGN and ICAO kh, ISO 9 h, German ch before a consonant (Chruschtschow).
        rule(Family.CYRILLIC, "kh|gh|^ch(?=[lmnrv])", "h", "Х: BGN/PCGN, ICAO 9303 kh; ISO 9 h; German ch", "kh", "gh", "ch"),
        // Г: Russian g, Ukrainian and Belarusian h (German/Herman, Gennadiy/Hennadiy); Arabic ح via Russian г.
        rule(Family.CYRILLIC, "g", "h", "Г: Russian g; Ukrainian, Belarusian h", "g"),
        // Ж: zh (BGN/PCGN, ICAO), j (French), dzh/dj for Дж.
        rule(Family.CYRILLIC, "dzh|dj|zh", "j", "Ж: BGN/PCGN, ICAO 9303 zh; French j; Дж dzh/dj", "dj", "zh"),
        // Ё after a consonant: BGN/PCGN ë/yo (Pyotr, Fyodor, Artyom), ICAO 9303 e (Petr, Fedor, Artem).
        rule(Family.CYRILLIC, "(?<=[bcdfgklmnprstvz])yo", "e", "Ё: BGN/PCGN yo/ë; ICAO 9303 e", "yo"),
        // Й, Ю, Я at the start: German/Dutch j (Jurij, Jakowlew) for BGN/PCGN y.
        rule(Family.CYRILLIC, "^j(?=[aou])", "y", "Й/Ю/Я: BGN/PCGN y; German j", "j"),
        // Belarusian дзеканне and цеканне: Д and Т before a soft vowel are дз and ц (Dzmitry/Dmitry, Stsiapan/Stepan).
        rule(Family.BELARUSIAN, "dz(?=[iey]|mi)", "d", "Belarusian дз (dz) = Russian д before a soft vowel", "dz"),
        rule(Family.BELARUSIAN, "ts(?=i)", "t", "Belarusian ц (ts) = Russian т before a soft vowel", "tsi"),
        // ق, ك, گ: q, k, g (Qaddafi, Kadhafi, Gaddafi).
        rule(Family.ARABIC, "q", "k", "ق: q, k, g", "q"),
    };

    /**
     * Chinese and Korean: aspirated and plain stops that travel documents write alike once the apostrophe
     * is dropped (Wade-Giles p/p', t/t', k/k', ch/ch', ts/ts'; McCune–Reischauer the same; DPRK th/kh/ph).
     */
    static final Rule[] EAST_ASIAN = {
        rule(Family.EAST_ASIAN, "hs", "s", "Wade-Giles hs = pinyin x", "hs"),
        rule(Family.EAST_ASIAN, "x", "s", "pinyin x = Wade-Giles hs", "x"),
        rule(Family.EAST_ASIAN, "tz|ts|dz|c(?!h)|z(?!h)", "z", "Wade-Giles ts/tz/ts' = pinyin z/c", "t", "d", "c", "z"),
        rule(Family.EAST_ASIAN, "zh|ch|j|q", "j", "Wade-Giles ch/ch' = pinyin zh/ch/j/q; McCune–Reischauer ch/ch' = RR j/ch", "h", "j", "q"),
        rule(Family.EAST_ASIAN, "th|t", "d", "Wade-Giles and McCune–Reischauer t/t' (DPRK th) = pinyin and RR d/t", "t"),
        rule(Family.EAST_ASIAN, "kh|k", "g", "Wade-Giles and McCune–Reischauer k/k' (DPRK kh) = pinyin and RR g/k", "k"),
        rule(Family.EAST_ASIAN, "ph|p", "b", "Wade-Giles and McCune–Reischauer p/p' (DPRK ph) = pinyin and RR b/p", "p"),
        rule(Family.EAST_ASIAN, "l", "r", "Korean ㄹ: r, l", "l"),
        rule(Family.EAST_ASIAN, "(?<=[aeiou])h(?![aeiou])", "", "Wade-Giles -ih/-eh (shih, yeh) = pinyin -i/-e", "h"),
    };

    /**
     * Syllables of Chinese (pinyin, Wade-Giles) and Korean (Revised, McCune–Reischauer) romanisation: an optional
     * initial and a final. A name counts as East Asian when every part splits into at most three of these and one
     * part is a common Chinese or Korean surname ({@link #EAST_ASIAN_SURNAMES}).
     */
    private static final Pattern SYLLABLES = Pattern.compile(
            "((ch|zh|sh|ts|tz|hs|ss|sz|th|kh|ph|kk|tt|pp|jj|b|p|m|f|d|t|n|l|g|k|h|j|q|x|r|z|c|s|y|w)?"
            + "(iang|iong|uang|yeong|yeon|yeo|eong|ieh|ien|iung|ung|ang|eng|ing|ong|ian|iao|uai|uan|uei|ueh|wae|wan|wang"
            + "|won|weon|wo|ai|ao|an|ei|en|er|ie|in|iu|ou|ua|ui|un|uo|ih|ae|eo|eu|oe|oi|wa|wi|we|ye|ya|yo|yu|ok|uk|ak"
            + "|ek|ik|ol|ul|il|al|op|up|ip|ap|ot|ut|it|at|am|im|um|om|em|a|e|i|o|u|v)){1,3}");

    /** Common Chinese (pinyin and Wade-Giles) and Korean (RR, McCune–Reischauer, DPRK) surnames. */
    static final Set<String> EAST_ASIAN_SURNAMES = Set.copyOf(java.util.List.of(
            // Chinese, pinyin: the most frequent surnames
            "wang", "li", "xi", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
            "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng",
            "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng",
            "wei", "su", "lu", "ding", "ren", "yao", "shen", "zhong", "cui", "tan", "fan", "liao", "shi", "jin",
            "jia", "xia", "fu", "fang", "zou", "xiong", "bai", "meng", "qin", "qiu", "hou", "yin", "xue", "yan",
            "duan", "lei", "long", "tao", "mao", "hao", "gu", "gong", "shao", "wan", "qian", "dai", "mo", "kong",
            // the same in Wade-Giles and older spellings
            "chang", "chao", "chou", "hsu", "chu", "kuo", "ho", "kao", "lo", "hsieh", "teng", "tsao", "tseng",
            "hsiao", "tien", "tung", "tsai", "chiang", "tu", "yeh", "ting", "jen", "chung", "tsui", "shih", "chin",
            "chia", "hsia", "tsou", "hsiung", "pai", "chiu", "hsueh", "yen", "tuan", "lung", "ku", "kung", "chien",
            "wong", "cheung", "leung", "chan", "tsang", "lau", "ng", "lam", "yip", "kwok", "chow", "lai", "tse",
            // Korean (RR, McCune–Reischauer, DPRK)
            "kim", "gim", "lee", "yi", "ri", "rhee", "i", "park", "pak", "bak", "choi", "choe", "jeong", "jong",
            "chong", "chung", "kang", "gang", "cho", "jo", "yoon", "yun", "jang", "lim", "im", "rim", "oh", "o",
            "seo", "so", "suh", "shin", "sin", "kwon", "gwon", "hwang", "ahn", "an", "ryu", "yoo", "hong", "jeon",
            "jon", "chon", "ko", "go", "mun", "moon", "son", "sohn", "pae", "bae", "paek", "baek", "nam", "sim",
            "shim", "no", "roh", "ha", "kwak", "gwak", "cha", "ju", "u", "min", "ryom", "yom", "chae", "won",
            "pang", "bang", "hyon", "hyun", "ham", "pyon", "byun", "thae", "tae", "to", "do", "tak", "ri", "ryang"));

    private Romanisation() {
    }

    /** The part with every spelling that all systems agree on written one way (see {@link #CANONICAL}). */
    public static String canonical(String part) {
        if (part.length() < 3) {
            return part;
        }
        String s = part;
        for (Rule r : CANONICAL) {
            s = r.apply(s);
        }
        return s;
    }

    /** The consonant skeleton of the part after the lossy merges of {@link #LOOSE}. */
    public static String looseKey(String canonical) {
        String s = canonical;
        for (Rule r : LOOSE) {
            s = r.apply(s);
        }
        return Skeletons.skeleton(s);
    }

    /** The consonant skeleton of a Chinese or Korean part with aspiration and ㄹ merged (see {@link #EAST_ASIAN}). */
    public static String eastAsianKey(String canonical) {
        String s = canonical;
        for (Rule r : EAST_ASIAN) {
            s = r.apply(s);
        }
        return Skeletons.skeleton(s);
    }

    /** Whether every part reads as one to three Chinese or Korean syllables and one is a common surname. */
    public static boolean isEastAsian(java.util.List<String> parts) {
        if (parts.isEmpty() || parts.size() > 5) {
            return false;
        }
        boolean surname = false;
        for (String p : parts) {
            if (!SYLLABLES.matcher(p).matches()) {
                return false;
            }
            surname |= EAST_ASIAN_SURNAMES.contains(p);
        }
        return surname;
    }

    /** Which family's canonical rule rewrote the part, or null: for explanations. */
    public static Family familyOf(String part) {
        if (part.length() < 3) {
            return null;
        }
        String s = part.toLowerCase(Locale.ROOT);
        for (Rule r : CANONICAL) {
            String t = r.apply(s);
            if (!t.equals(s)) {
                return r.family();
            }
        }
        return null;
    }
}
