package org.nigehbaan.controllist;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a seeded CSV of plausible legacy PCL rows for import tests and the import benchmark: deportees with
 * Pakistani names, CNICs, passports and partial dates of birth. The same seed always gives the same file.
 */
public final class ImportCsvGenerator {

    public static final String HEADER = "external_id,list,ground,full_name,aliases,date_of_birth,gender,nationality,"
            + "cnic,passport_numbers,effective_from,expires_on,legal_basis,reason";

    private static final String[] GIVEN = {"Muhammad", "Ahmed", "Ali", "Imran", "Bilal", "Usman", "Hamza", "Zafar",
            "Tariq", "Naveed", "Asif", "Kamran", "Faisal", "Shahid", "Rizwan", "Ayesha", "Fatima", "Sana", "Nadia", "Hina"};
    private static final String[] FAMILY = {"Khan", "Butt", "Malik", "Chaudhry", "Qureshi", "Sheikh", "Awan", "Raja",
            "Mughal", "Abbasi", "Jatt", "Bhatti", "Gondal", "Warraich", "Siddiqui", "Hussain", "Shah", "Mirza"};

    private ImportCsvGenerator() {
    }

    /** {@code ImportCsvGenerator <file> <rows> [seed] [id-prefix]}: writes a file for the benchmarks. */
    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 7;
        String prefix = args.length > 3 ? args[3] : "LOAD";
        try (Writer w = java.nio.file.Files.newBufferedWriter(java.nio.file.Path.of(args[0]))) {
            write(w, prefix, rows, seed, LocalDate.now());
        }
    }

    /** {@code rows} rows with ids {@code prefix-0..}, effective within the last four years of {@code today}. */
    public static void write(Writer out, String prefix, int rows, long seed, LocalDate today) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        out.write(HEADER);
        out.write('\n');
        StringBuilder sb = new StringBuilder(256);
        for (int i = 0; i < rows; i++) {
            sb.setLength(0);
            boolean female = r.nextInt(10) == 0;
            String given = GIVEN[female ? 15 + r.nextInt(5) : r.nextInt(15)];
            String name = given + " " + GIVEN[r.nextInt(15)] + " " + FAMILY[r.nextInt(FAMILY.length)];
            int year = 1960 + r.nextInt(45);
            String dob = switch (r.nextInt(4)) {
                case 0 -> Integer.toString(year);
                case 1 -> String.format("%d-%02d", year, 1 + r.nextInt(12));
                default -> String.format("%d-%02d-%02d", year, 1 + r.nextInt(12), 1 + r.nextInt(28));
            };
            long cnic = 1_000_000_000_000L + (long) (r.nextDouble() * 8_999_999_999_999L);
            String cnicText = Long.toString(cnic);
            int last = (cnicText.charAt(12) - '0');
            if ((last % 2 == 1) == female) {
                cnicText = cnicText.substring(0, 12) + ((last + 1) % 10);
            }
            String passport = "" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26))
                    + String.format("%07d", r.nextInt(10_000_000));
            LocalDate from = today.minusDays(r.nextInt(4 * 365));
            sb.append(prefix).append('-').append(i).append(",PCL,DEPORTED_ILLEGAL_MIGRATION,").append(name).append(',')
                    .append(r.nextInt(3) == 0 ? given + " " + FAMILY[r.nextInt(FAMILY.length)] : "").append(',')
                    .append(dob).append(',').append(female ? 'F' : 'M').append(",PAK,").append(cnicText).append(',')
                    .append(passport).append(',').append(from).append(",,")
                    .append("Passports Rules 2021 r.22,\"Deported from Oman, illegal stay\"\n");
            out.write(sb.toString());
        }
    }
}
