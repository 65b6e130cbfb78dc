package org.nigehbaan.childprotection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Report bodies for tests: unique hashes and ids every call, so tests never link by accident. */
final class ChildReportTestData {

    private static final AtomicLong SEQ = new AtomicLong(ThreadLocalRandom.current().nextLong(1L << 40));

    private ChildReportTestData() {
    }

    static String uniqueId(String prefix) {
        return prefix + "-" + Long.toString(SEQ.incrementAndGet(), 36);
    }

    /**
     * Waits (up to {@code timeout}) until no report whose source id is like {@code sourceIdLike} waits to be linked:
     * the bulk intake answers before the bundler has linked its reports. Fails the test on time-out.
     */
    static void awaitLinked(JdbcClient jdbc, String sourceIdLike,
                            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long waiting = jdbc.sql("select count(*) from child_report where source_report_id like ? "
                    + "and bundled_seq is null").param(sourceIdLike).query(Long.class).single();
            if (waiting == 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(waiting + " reports still unlinked after " + timeout);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** 2n random hex digits. */
    static String hex(int bytes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bytes; i++) {
            sb.append(String.format("%02x", ThreadLocalRandom.current().nextInt(256)));
        }
        return sb.toString();
    }

    /** A PDQ hash {@code bits} bits away from {@code pdq}. */
    static String flip(String pdq, int bits) {
        char[] c = pdq.toCharArray();
        for (int i = 0; i < bits; i++) {
            int digit = Character.digit(c[i], 16) ^ 1; // one bit per leading hex digit
            c[i] = Character.forDigit(digit, 16);
        }
        return new String(c);
    }

    static Map<String, Object> file(String sha256, String pdq) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("fileName", "IMG_" + SEQ.incrementAndGet() + ".jpg");
        f.put("size", 48_213);
        f.put("md5", hex(16));
        f.put("sha1", hex(20));
        f.put("sha256", sha256);
        if (pdq != null) {
            f.put("pdq", pdq);
        }
        return f;
    }

    static Map<String, Object> suspect(List<String> names, List<String> accounts, List<String> phones,
                                       List<String> emails) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("names", names);
        s.put("accounts", accounts);
        s.put("phones", phones);
        s.put("emails", emails);
        return s;
    }

    /** A plain report: CSAM, one file with fresh hashes, one suspect with a fresh account, no urgent flags. */
    static Map<String, Object> report() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("sourceReportId", uniqueId("SRC"));
        r.put("incidentType", "CSAM");
        r.put("platform", "ExampleChat");
        r.put("victimAgeBand", "AGE_13_15");
        r.put("urgent", new LinkedHashMap<>(Map.of("imminentDanger", false, "sextortion", false, "liveAbuse", false,
                "grooming", false)));
        r.put("description", "Images of a child shared in a group chat.");
        r.put("suspects", new ArrayList<>(List.of(suspect(List.of(), List.of(uniqueId("acct")), List.of(), List.of()))));
        r.put("urls", new ArrayList<>(List.of("https://example.com/p/" + uniqueId("post"))));
        r.put("files", new ArrayList<>(List.of(file(hex(32), null))));
        return r;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> urgent(Map<String, Object> report) {
        return (Map<String, Object>) report.get("urgent");
    }
}
