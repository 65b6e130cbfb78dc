package org.nigehbaan.screening.paxlst;

import java.util.Random;

/**
 * Generates a clean PAXLST interchange with any number of passengers, shaped like a real Pakistan-UK flight
 * manifest: one flight, and per passenger name, sex, birth date, residence, embarkation and debarkation,
 * place of birth, nationality, booking references and a passport with its expiry and issuing state (14
 * segments). Some surnames carry a released apostrophe. Deterministic for a given seed.
 */
public final class SyntheticManifest {

    private static final String[] SURNAMES = {"KHAN", "AHMED", "HUSSAIN", "QURESHI", "CHAUDHRY", "MALIK", "BUTT",
        "O?'BRIEN", "SHEIKH", "RAZA", "IQBAL", "ABBASI", "SIDDIQUI", "MIRZA", "YOUSAF", "REHMAN"};
    private static final String[] GIVEN = {"MUHAMMAD", "ALI", "AYESHA", "FATIMA", "HASSAN", "ZAINAB", "BILAL", "SANA",
        "USMAN", "HINA", "IMRAN", "SADIA", "OMAR", "AMNA", "KAMRAN", "MARIAM"};
    private static final String[] CITIES = {"LAHORE", "KARACHI", "ISLAMABAD", "PESHAWAR", "QUETTA", "MULTAN"};

    private SyntheticManifest() {
    }

    public static String generate(int passengers, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(passengers * 330 + 600);
        sb.append("UNA:+.? '\n");
        sb.append("UNB+UNOA:4+PIAAPIS:ZZ+GBAPIS:ZZ+260301:1200+000000785++APIS'\n");
        sb.append("UNG+PAXLST+PAKISTAN INTERNATIONAL AIRLINES+GBAPIS+260301:1200+785+UN+D:05B'\n");
        int first = sb.length();
        sb.append("UNH+PK785A+PAXLST:D:05B:UN:IATA+PK7850301+01:F'\n");
        sb.append("BGM+745'\n");
        sb.append("RFF+TN:PK7850301:::1'\n");
        sb.append("NAD+MS+++PIA FLIGHT OPERATIONS'\n");
        sb.append("COM+92 51 111 786 786:TE+92 51 9044 800:FX'\n");
        sb.append("TDT+20+PK785+++PK'\n");
        sb.append("LOC+125+ISB'\n");
        sb.append("DTM+189:2603011200:201'\n");
        sb.append("LOC+87+LHR'\n");
        sb.append("DTM+232:2603011900:201'\n");
        int segments = 10;
        for (int i = 0; i < passengers; i++) {
            String surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String middle = GIVEN[random.nextInt(GIVEN.length)];
            boolean female = random.nextBoolean();
            String birth = String.format("%02d%02d%02d", random.nextInt(100), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String expiry = String.format("%02d%02d%02d", 27 + random.nextInt(9), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String passport = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
                    + String.format("%07d", random.nextInt(10_000_000));
            sb.append("NAD+FL+++").append(surname).append(':').append(given).append(':').append(middle).append("'\n");
            sb.append("ATT+2++").append(female ? 'F' : 'M').append("'\n");
            sb.append("DTM+329:").append(birth).append("'\n");
            sb.append("LOC+22+LHR'\n");
            sb.append("LOC+174+PAK'\n");
            sb.append("LOC+178+ISB'\n");
            sb.append("LOC+179+LHR'\n");
            sb.append("LOC+180+:::").append(CITIES[random.nextInt(CITIES.length)]).append("'\n");
            sb.append("NAT+2+PAK'\n");
            sb.append("RFF+AVF:").append(Integer.toString(100_000 + random.nextInt(900_000), 36).toUpperCase()).append("'\n");
            sb.append("RFF+ABO:PX").append(i + 1).append("'\n");
            sb.append("DOC+P:110:111+").append(passport).append("'\n");
            sb.append("DTM+36:").append(expiry).append("'\n");
            sb.append("LOC+91+PAK'\n");
            segments += 14;
        }
        sb.append("CNT+42:").append(passengers).append("'\n");
        segments += 2;
        sb.append("UNT+").append(segments).append("+PK785A'\n");
        sb.append("UNE+1+785'\n");
        sb.append("UNZ+1+000000785'\n");
        assert sb.length() > first;
        return sb.toString();
    }
}
