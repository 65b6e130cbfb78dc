package org.nigehbaan.matching.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.nigehbaan.identity.Cnic;
import org.nigehbaan.identity.Country;
import org.nigehbaan.identity.Gender;
import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.identity.PassportNumber;
import org.nigehbaan.matching.ListedIdentity;
import org.nigehbaan.matching.ListedName;
import org.nigehbaan.matching.Traveller;

/**
 * A seeded generator of synthetic Pakistani identities for benchmarks: names drawn Zipf-like from given
 * names (plain and compound: Abdul-, -ullah, -uddin), clan and family names and titles, written in the
 * romanisation variants Pakistani records show; about three names per identity (primary, a spelling variant,
 * a "SURNAME, Given" or shortened alias), father's name, dates of birth (some partial), CNIC, passport.
 * The same seed gives the same identities. Nothing here comes from the evaluation data.
 */
public final class SyntheticIdentities {

    static final String[] MALE = ("Muhammad Ahmed Ali Hassan Hussain Imran Bilal Usman Umar Faisal Kamran Asif Tariq "
            + "Naveed Zahid Shahid Sajid Khalid Rashid Waqas Adnan Arslan Hamza Haris Zubair Junaid Fahad Saad Talha "
            + "Irfan Rizwan Nadeem Naeem Waseem Aamir Amir Yasir Nasir Shakeel Jameel Aqeel Sohail Iqbal Javed Pervez "
            + "Anwar Akram Aslam Akbar Azhar Mazhar Mudassar Mubashir Nauman Noman Owais Qasim Rehan Salman Sarfraz "
            + "Shafiq Rafiq Tauqeer Tanveer Wajid Waheed Yousaf Zeeshan Zafar Zaheer Zaman Ghulam Babar Danish Ehsan "
            + "Farhan Fawad Ghazanfar Haider Hammad Hanif Ijaz Ilyas Ishaq Ismail Jahangir Jawad Kashif Luqman Mansoor "
            + "Masood Mehmood Mohsin Moin Mujahid Munir Murtaza Mushtaq Nabeel Nasrullah Rauf Riaz Saeed Sajjad Sami "
            + "Shahbaz Shehzad Shoaib Sikandar Sultan Tahir Tayyab Touseef Waqar Yasin Younas Zulfiqar Abid Adeel "
            + "Afzal Ahsan Altaf Arif Arshad Asad Ashfaq Atif Azam Aziz Basharat Fayyaz Hafeez Hameed Idrees Jalil "
            + "Khurram Liaqat Maqsood Mehboob Nawaz Qaiser Raheel Shakir Tufail Wasim Yaqoob Zia Baber Bashir Dilawar "
            + "Fazal Gulzar Habib Iftikhar Inam Kaleem Karim Latif Majid Nisar Noor Rahim Sabir Safdar Shabbir Sharif "
            + "Taj Wali Zakir").split(" ");
    static final String[] FEMALE = ("Ayesha Fatima Zainab Maryam Khadija Amina Sana Hina Saba Rabia Nadia Farah "
            + "Sadia Asma Uzma Shazia Rubina Nasreen Parveen Shabana Nargis Samina Tahira Bushra Saima Sidra Iqra Kiran "
            + "Mehwish Naila Rukhsana Shamim Yasmin Zubaida Zahida Abida Sajida Razia Sughra Kulsoom Hajra Hafsa "
            + "Aqsa Anam Huma Lubna Madiha Mahnoor Noreen Qurat Rida Rimsha Sobia Sumaira Tayyaba Zara Zoya Alia "
            + "Bano Farzana Gulnaz Ishrat Jamila Kausar Misbah Nighat Riffat Saira Tasneem").split(" ");
    static final String[] ABDUL = ("Rehman Rahim Razzaq Ghaffar Qadir Majid Hameed Aziz Karim Latif Wahab Jabbar "
            + "Sattar Basit Hafeez Malik Qayyum Rauf Shakoor Haq Ghani Hadi Wahid Samad Salam Khaliq Jalil Mannan").split(" ");
    static final String[] ULLAH = ("Ahsan Saif Kifayat Hidayat Inayat Rahmat Ihsan Amin Habib Naqib Sami Zabih Ubaid "
            + "Atta Fazal Karam Sana Asad Obaid Rafi Azmat Barkat Hashmat Izzat Shafqat Wali Nasr Ehsan").split(" ");
    static final String[] UDDIN = ("Shams Zia Moin Nizam Jalal Kamal Salah Fakhar Qamar Siraj Alla Bahau Najm "
            + "Shahab Rafi Hisam Imad Saif Zaheer Ala").split(" ");
    static final String[] SURNAMES = ("Khan Ahmed Ali Hussain Qureshi Butt Malik Chaudhry Rana Sheikh Mirza Awan "
            + "Abbasi Siddiqui Jatoi Bhutto Baloch Khattak Yousafzai Afridi Durrani Niazi Gondal Cheema Bajwa Gill "
            + "Warraich Virk Sandhu Shah Bukhari Gilani Naqvi Rizvi Jafri Hashmi Zaidi Kazmi Alvi Ansari Farooqui "
            + "Usmani Rajput Janjua Bhatti Khokhar Dogar Arain Mughal Kayani Minhas Satti Abbasi Tanoli Swati "
            + "Mohmand Shinwari Orakzai Bangash Marwat Gandapur Mengal Bugti Marri Rind Magsi Jamali Leghari Mazari "
            + "Khosa Dreshak Talpur Soomro Mahar Junejo Chandio Pirzada Memon Lakhani Siyal Hayat Tiwana Noon Daha "
            + "Sial Khar Gardezi Qazi Paracha Sethi Kakar Achakzai Tareen Lodhi Suri Ghauri Babar Kiani Rathore "
            + "Sipra Wattoo Mela Langah Hiraj Bosan Dasti Baig Chughtai Barlas Toor Sulehri Ghumman Chattha Tarar "
            + "Kahlon Hundal Randhawa Samra").split(" ");
    static final String[] TITLES = "Syed Mian Hafiz Haji Malik Rana Chaudhry Sheikh Mirza Khawaja Sardar".split(" ");

    /** Sounds for the long tail of rarer names (Urdu phonotactics, roughly). */
    static final String[] ONSETS = "b p t d j ch kh r z s sh gh f q k g l m n w h y".split(" ");
    static final String[] VOWELS = "a a a i i u aa ee oo ai o e".split(" ");
    static final String[] CODAS = {"", "", "", "n", "r", "l", "m", "d", "z", "s", "b", "f", "q", "k", "sh", "h", "t"};
    static final String[] SURNAME_ENDINGS = "zai ani vi i khel wal ana ri war ia".split(" ");

    private final SplittableRandom random;
    private final List<String> maleNames = new ArrayList<>();
    private final List<String> femaleNames = new ArrayList<>();
    private final List<String> surnames = new ArrayList<>();

    /** Same as {@link #SyntheticIdentities(long, int)} with a tail of 20,000 given and 8,000 family names. */
    public SyntheticIdentities(long seed) {
        this(seed, 20_000);
    }

    /**
     * @param tail how many rarer made-up given names follow the common ones (a Zipf tail: real name
     *             frequencies have one); family names get 40% as many
     */
    public SyntheticIdentities(long seed, int tail) {
        this.random = new SplittableRandom(seed);
        SplittableRandom vocabulary = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (String s : MALE) {
            maleNames.add(s);
        }
        for (String s : ABDUL) {
            maleNames.add("Abdul " + s);
        }
        for (String s : ULLAH) {
            maleNames.add(s + "ullah");
        }
        for (String s : UDDIN) {
            maleNames.add(s + "uddin");
        }
        for (String s : FEMALE) {
            femaleNames.add(s);
        }
        for (String s : SURNAMES) {
            surnames.add(s);
        }
        java.util.Set<String> seen = new java.util.HashSet<>(maleNames);
        seen.addAll(femaleNames);
        seen.addAll(surnames);
        addMadeUp(maleNames, tail, vocabulary, seen, null);
        addMadeUp(femaleNames, tail / 4, vocabulary, seen, new String[] {"a", "een", "ah", "ia"});
        addMadeUp(surnames, tail * 2 / 5, vocabulary, seen, SURNAME_ENDINGS);
    }

    private static void addMadeUp(List<String> into, int count, SplittableRandom r, java.util.Set<String> seen,
                                  String[] endings) {
        int added = 0;
        while (added < count) {
            StringBuilder sb = new StringBuilder();
            int syllables = 2 + (r.nextInt(3) == 0 ? 1 : 0);
            for (int i = 0; i < syllables; i++) {
                sb.append(ONSETS[r.nextInt(ONSETS.length)]).append(VOWELS[r.nextInt(VOWELS.length)]);
                if (i == syllables - 1 || r.nextInt(3) == 0) {
                    sb.append(CODAS[r.nextInt(CODAS.length)]);
                }
            }
            if (endings != null) {
                sb.append(endings[r.nextInt(endings.length)]);
            }
            String name = Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
            if (name.length() >= 4 && seen.add(name)) {
                into.add(name);
                added++;
            }
        }
    }

    /** Picks index i with probability proportional to 1/(i+k): a few names are very common, most are not. */
    private int zipf(int n, double k) {
        double total = Math.log((n + k) / k);
        double u = random.nextDouble() * total;
        int i = (int) (k * Math.exp(u) - k);
        return Math.min(n - 1, Math.max(0, i));
    }

    private String pick(String[] a, double k) {
        return a[zipf(a.length, k)];
    }

    private String pick(List<String> a, double k) {
        return a.get(zipf(a.size(), k));
    }

    /** One identity with id {@code prefix + n}. */
    public ListedIdentity next(String id) {
        boolean male = random.nextInt(100) < 80;
        String given = givenName(male);
        String surname = pick(surnames, 3);
        String primary = given + " " + surname;
        if (random.nextInt(100) < 12) {
            primary = pick(TITLES, 2) + " " + primary;
        }
        List<ListedName> names = new ArrayList<>(3);
        names.add(ListedName.strong(primary));
        names.add(ListedName.strong(variant(given) + " " + variant(surname)));
        int r = random.nextInt(100);
        if (r < 40) {
            names.add(ListedName.strong(surname.toUpperCase(Locale.ROOT) + ", " + given));
        } else if (r < 70) {
            String[] parts = given.split(" ");
            names.add(ListedName.strong(parts[parts.length - 1] + " " + surname));
        } else if (r < 85) {
            names.add(ListedName.weak(given.split(" ")[0]));
        }
        String father = givenName(true) + " " + surname;
        List<PartialDate> dobs = new ArrayList<>(1);
        int year = 1945 + random.nextInt(60);
        int kind = random.nextInt(100);
        if (kind < 70) {
            int month = 1 + random.nextInt(12);
            dobs.add(new PartialDate(year, month, 1 + random.nextInt(28)));
        } else if (kind < 90) {
            dobs.add(PartialDate.ofYear(year));
        }
        Gender gender = male ? Gender.M : Gender.F;
        String cnicDigits = (1 + random.nextInt(7)) + String.format("%011d", random.nextLong(100_000_000_000L))
                + (male ? 2 * random.nextInt(5) + 1 : 2 * random.nextInt(5));
        return new ListedIdentity(id, names, father, dobs, gender, List.of(Country.PAKISTAN), new Cnic(cnicDigits),
                List.of(PassportNumber.parse(letters(2) + String.format("%07d", random.nextInt(10_000_000)))));
    }

    private String givenName(boolean male) {
        if (!male) {
            String g = pick(femaleNames, 4);
            return random.nextInt(100) < 30 ? g + " " + pick(femaleNames, 4) : g;
        }
        String g = pick(maleNames, 2);
        int r = random.nextInt(100);
        if (r < 35 && !g.equals("Muhammad")) {
            return "Muhammad " + g;
        }
        if (r < 50) {
            return g + " " + pick(maleNames, 4);
        }
        return g;
    }

    /** A romanisation variant of the kind Pakistani records show. */
    String variant(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(variantPart(part));
        }
        return out.toString();
    }

    private String variantPart(String p) {
        switch (p) {
            case "Muhammad":
                return new String[] {"Muhammad", "Mohammad", "Mohammed", "Muhammed", "Mohd", "M."}[random.nextInt(6)];
            case "Chaudhry":
                return new String[] {"Chaudhry", "Choudhary", "Chaudhary", "Ch."}[random.nextInt(4)];
            default:
                break;
        }
        int r = random.nextInt(10);
        if (r < 5) {
            return p;
        }
        String v = p;
        if (r < 7) {
            v = v.replaceFirst("ee", "i").replaceFirst("oo", "u").replaceFirst("ou", "u");
        } else if (r < 8) {
            v = v.replaceFirst("e", "a").replaceFirst("u", "o");
        } else if (r < 9) {
            v = v.replaceFirst("i", "ee").replaceFirst("s", "ss");
        } else if (v.length() > 5) {
            int at = 2 + random.nextInt(v.length() - 3);
            v = v.substring(0, at) + v.substring(at + 1); // a dropped letter: a typo
        }
        return v;
    }

    private String letters(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('A' + random.nextInt(26)));
        }
        return sb.toString();
    }

    public List<ListedIdentity> generate(String prefix, int count) {
        List<ListedIdentity> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(next(prefix + i));
        }
        return out;
    }

    /**
     * A traveller: half are a listed identity written differently (a variant spelling, reordered, a missing
     * middle name, an MRZ-truncated name), half are fresh people who share only the common name parts.
     */
    public Traveller traveller(List<ListedIdentity> listed) {
        return travellerCase(listed).traveller();
    }

    /** A traveller and the listed identity they were written from, or null for a fresh person (a namesake). */
    public record TravellerCase(Traveller traveller, String listedId) {
    }

    /** As {@link #traveller}, saying which listed identity (if any) the traveller is. */
    public TravellerCase travellerCase(List<ListedIdentity> listed) {
        if (random.nextBoolean()) {
            ListedIdentity li = listed.get(random.nextInt(listed.size()));
            String name = li.names().get(0).text();
            int r = random.nextInt(4);
            String asked = switch (r) {
                case 0 -> variant(name);
                case 1 -> {
                    String[] parts = name.split(" ");
                    yield parts[parts.length - 1] + ", " + String.join(" ", java.util.Arrays.copyOf(parts, parts.length - 1));
                }
                case 2 -> {
                    String[] parts = name.split(" ");
                    yield parts.length > 2 ? parts[0] + " " + parts[parts.length - 1] : name;
                }
                default -> {
                    // TD3: primary identifier, <<, secondary, cut at the 39-character name field
                    String[] parts = name.toUpperCase(Locale.ROOT).split(" ");
                    String u = parts[parts.length - 1] + "<<"
                            + String.join("<", java.util.Arrays.copyOf(parts, parts.length - 1));
                    yield u.length() > 39 ? u.substring(0, 39) : u;
                }
            };
            Traveller t = Traveller.named(asked);
            if (!li.datesOfBirth().isEmpty()) {
                t = t.withDateOfBirth(li.datesOfBirth().get(0));
            }
            return new TravellerCase(r == 3 ? t.fromMrz() : t, li.id());
        }
        ListedIdentity fresh = next("Q");
        return new TravellerCase(Traveller.named(fresh.names().get(0).text()).withDateOfBirth(
                fresh.datesOfBirth().isEmpty() ? null : fresh.datesOfBirth().get(0)).withGender(fresh.gender()), null);
    }
}
