package org.nigehbaan.childprotection;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * A hotline's backlog in JSON Lines, as the bulk intake takes it: each report with one file (SHA-256, MD5, PDQ),
 * one suspect (an account, a phone), one URL. One report in {@code 1/linkEvery} reuses the URL of the one before,
 * and as many a PDQ hash 8 bits from an earlier one, so bundles form as they would in real backlogs.
 */
final class BulkLines {

    private BulkLines() {
    }

    static byte[] generate(String prefix, int n, int linkEvery, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream(n * 700);
        StringBuilder sb = new StringBuilder(800);
        String previousUrl = null;
        String previousPdq = null;
        // Phones unique within a backlog and, by a per-prefix offset, across backlogs, so nothing links by accident.
        long phoneBase = (prefix.hashCode() & 0x3ffL) * 1_000_000L;
        String[] types = {"CSAM", "ONLINE_ENTICEMENT", "GROOMING", "SEXTORTION", "HARASSMENT", "OTHER"};
        for (int i = 0; i < n; i++) {
            String url = i % linkEvery == 1 && previousUrl != null ? previousUrl
                    : "https://example.com/" + prefix + "/post/" + i;
            String pdq = hex(rnd, 32);
            if (i % linkEvery == 2 && previousPdq != null) {
                char[] c = previousPdq.toCharArray();
                for (int k = 0; k < 8; k++) {
                    c[k * 4] = Character.forDigit(Character.digit(c[k * 4], 16) ^ 1, 16);
                }
                pdq = new String(c);
            }
            sb.setLength(0);
            sb.append("{\"sourceReportId\":\"").append(prefix).append('-').append(i)
                    .append("\",\"incidentType\":\"").append(types[rnd.nextInt(types.length)])
                    .append("\",\"incidentAt\":\"2026-01-").append(String.format("%02d", 1 + rnd.nextInt(28)))
                    .append("T10:00:00Z\",\"platform\":\"ExampleChat\",\"victimAgeBand\":\"AGE_13_15\",")
                    .append("\"urgent\":{\"imminentDanger\":false,\"sextortion\":").append(rnd.nextInt(20) == 0)
                    .append(",\"liveAbuse\":false,\"grooming\":false},")
                    .append("\"description\":\"Reported by the platform's classifier; account flagged for review.\",")
                    .append("\"suspects\":[{\"accounts\":[\"").append(prefix).append("-user-").append(i)
                    .append("\"],\"phones\":[\"+923").append(String.format("%09d", phoneBase + i)).append("\"]}],")
                    .append("\"urls\":[\"").append(url).append("\"],")
                    .append("\"files\":[{\"fileName\":\"upload-").append(i).append(".jpg\",\"size\":")
                    .append(10_000 + rnd.nextInt(500_000)).append(",\"md5\":\"").append(hex(rnd, 16))
                    .append("\",\"sha256\":\"").append(hex(rnd, 32)).append("\",\"pdq\":\"").append(pdq)
                    .append("\"}]}\n");
            out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
            previousUrl = url;
            previousPdq = pdq;
        }
        return out.toByteArray();
    }

    private static String hex(SplittableRandom rnd, int bytes) {
        StringBuilder sb = new StringBuilder(bytes * 2);
        for (int i = 0; i < bytes; i++) {
            int b = rnd.nextInt(256);
            sb.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
        }
        return sb.toString();
    }
}
