package org.nigehbaan.programme;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.register.ComplianceService;
import org.nigehbaan.screening.internal.ScreeningLog;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.Listings;
import org.nigehbaan.support.MutableClock;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known activity in every module, on days of one month no other test touches, through each module's own API
 * (and, for the register's daily job, its service): what the programme figures of that month must show.
 *
 * <ul>
 *   <li>control lists, on day 4: 10 deportees listed (5 deported 12 days before, 5 deported 123 days before) and
 *       5 ECL entries, 2 of which are removed on day 20;</li>
 *   <li>screening, on day 15: 5 STOPs and 6 REFERs at ISB, 3 CLEARs at LHE (ENTRY); the referrals reviewed 10,
 *       20, ... 60 minutes later: 5 "not this person", 1 confirmed;</li>
 *   <li>register, on day 10: 12 registrants in one district; 6 notify on day 12 (on time), 6 never do and are
 *       breached by the daily job on day 20;</li>
 *   <li>cooperation, on day 5: 5 outgoing MLA cases acknowledged on day 7, 2 incoming extradition cases never
 *       acknowledged (their 7-day deadline missed).</li>
 * </ul>
 * The figures are read on {@link #readAt} (10 days after the month), when nothing more has happened.
 */
final class ProgrammeSeed {

    private static final AtomicInteger SEQ = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 900_000));

    final ReportingPeriod period;
    final String district;
    final List<String> stopCnics = new ArrayList<>();
    private final ApiClient api;
    private final MutableClock clock;
    private final Roles users;

    record Roles(String officer, String approver, String border, String registerOfficer, String caseOfficer,
                 String childProtectionOfficer) {
    }

    ProgrammeSeed(ApiClient api, MutableClock clock, Roles users, LocalDate firstDay) {
        this.api = api;
        this.clock = clock;
        this.users = users;
        this.period = new ReportingPeriod(firstDay, firstDay.withDayOfMonth(firstDay.lengthOfMonth()));
        this.district = "Chakwal " + SEQ.incrementAndGet();
    }

    Instant at(int day, int hour, int minute) {
        return period.from().withDayOfMonth(day).atTime(LocalTime.of(hour, minute)).atZone(ReportingPeriod.ZONE).toInstant();
    }

    Instant readAt() {
        return period.to().plusDays(10).atTime(LocalTime.NOON).atZone(ReportingPeriod.ZONE).toInstant();
    }

    LocalDate day(int d) {
        return period.from().withDayOfMonth(d);
    }

    void all(ScreeningLog log, ComplianceService compliance) throws InterruptedException {
        int indexed = api.get(users.border(), "/api/v1/screenings/status").json().get("listedIdentities").asInt();
        controlLists();
        screenings(log, indexed + 15);
        removals();
        register(compliance);
        cooperation();
        childReports();
        clock.set(readAt());
    }

    // ---- control lists ---------------------------------------------------------------------------------------

    private final List<Long> deportees = new ArrayList<>();
    private final List<Long> ecl = new ArrayList<>();
    private String referredName;
    private long referredEntry;

    void controlLists() {
        clock.set(at(4, 10, 0));
        for (int i = 0; i < 10; i++) {
            String cnic = cnic();
            LocalDate deported = i < 5 ? day(4).minusDays(12) : day(4).minusDays(123);
            deportees.add(list("PCL", "DEPORTED_ILLEGAL_MIGRATION", person(name(), "1985-01-0" + (1 + i % 9), cnic), deported));
            if (i < 5) {
                stopCnics.add(cnic);
            }
        }
        referredName = name() + " " + letters();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> p = person(i == 0 ? referredName : name(), "1970-05-1" + i, cnic());
            long id = list("ECL", "CORRUPTION", p, day(4));
            ecl.add(id);
            if (i == 0) {
                referredEntry = id;
            }
        }
    }

    void removals() {
        clock.set(at(20, 11, 0));
        for (int i = 3; i < 5; i++) {
            ApiClient.Response r = api.post(users.approver(), "/api/v1/control-list/entries/" + ecl.get(i) + "/remove",
                    Map.of("reason", "court order"));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
    }

    private long list(String list, String ground, Map<String, Object> person, LocalDate effectiveFrom) {
        return Listings.listed(api, users.officer(), users.approver(),
                Listings.proposal(list, ground, person, effectiveFrom, "Programme figures test listing"));
    }

    // ---- screening -----------------------------------------------------------------------------------------

    void screenings(ScreeningLog log, int indexed) throws InterruptedException {
        clock.set(at(15, 9, 0));
        // The listings reach the in-memory index through the change feed: wait for all of them by watching the
        // index's size rather than by screening (every screening counts).
        waitForIndex(indexed);
        for (String cnic : stopCnics) {
            JsonNode r = screen("EXIT", "ISB-T1-C01", person(name(), null, cnic));
            assertThat(r.get("decision").asString()).as(r.toString()).isEqualTo("STOP");
        }
        List<String> referrals = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Map<String, Object> t = new HashMap<>();
            t.put("fullName", referredName);
            JsonNode r = screen("EXIT", "ISB-T2-C03", t);
            assertThat(r.get("decision").asString()).as(r.toString()).isEqualTo("REFER");
            referrals.add(r.get("id").asString());
        }
        for (int i = 0; i < 3; i++) {
            JsonNode r = screen("ENTRY", "LHE-T1", person(name(), "1990-01-01", null));
            assertThat(r.get("decision").asString()).as(r.toString()).isEqualTo("CLEAR");
        }
        assertThat(log.flush(10_000)).isTrue();
        for (int i = 0; i < referrals.size(); i++) {
            clock.set(at(15, 9, 0).plus(Duration.ofMinutes(10L * (i + 1))));
            String outcome = i < 5 ? "NOT_THIS_PERSON" : "CONFIRMED";
            ApiClient.Response r = api.post(users.border(), "/api/v1/screenings/" + referrals.get(i) + "/hits/"
                    + referredEntry + "/review", Map.of("outcome", outcome, "note", "documents checked at the counter"));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
    }

    private void waitForIndex(int expected) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (api.get(users.border(), "/api/v1/screenings/status").json().get("listedIdentities").asInt() >= expected) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the screening index never held the " + expected + " identities expected");
    }

    private JsonNode screen(String purpose, String location, Map<String, Object> traveller) {
        ApiClient.Response r = api.post(users.border(), "/api/v1/screenings",
                Map.of("purpose", purpose, "location", location, "traveller", traveller));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    // ---- register ------------------------------------------------------------------------------------------

    void register(ComplianceService compliance) {
        clock.set(at(10, 10, 0));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("person", person(name(), "1980-04-12", cnic()));
            r.put("addresses", List.of(Map.of("kind", "HOME", "line1", "House " + i + ", Street 4", "city", "Chakwal",
                    "district", district, "postcode", "48800")));
            r.put("convictions", List.of(Map.of("offence", "PPC 376", "court", "Sessions Court Chakwal",
                    "convictedOn", period.from().minusYears(1).toString(), "disposal", "IMPRISONMENT",
                    "sentence", Map.of("length", 2, "unit", "YEARS"))));
            r.put("riskLevel", 2);
            r.put("riskReason", "Assessed by the district panel");
            r.put("station", Map.of("name", "PS City Chakwal", "district", district));
            ApiClient.Response created = api.post(users.registerOfficer(), "/api/v1/register/registrants", r);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            ids.add(created.json().get("id").asLong());
        }
        clock.set(at(12, 10, 0));
        for (int i = 0; i < 6; i++) {
            ApiClient.Response n = api.post(users.registerOfficer(), "/api/v1/register/registrants/" + ids.get(i)
                    + "/notifications", Map.of("type", "INITIAL"));
            assertThat(n.status()).as(n.body()).isIn(200, 201);
        }
        clock.set(at(20, 10, 0));
        compliance.runDailyCompliance(Actor.SYSTEM);
    }

    // ---- cooperation ---------------------------------------------------------------------------------------

    void cooperation() {
        clock.set(at(5, 10, 0));
        List<Long> mla = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Map<String, Object> c = new HashMap<>();
            boolean outgoing = i < 5;
            c.put("type", outgoing ? "MUTUAL_LEGAL_ASSISTANCE" : "EXTRADITION");
            c.put("direction", outgoing ? "OUTGOING" : "INCOMING");
            c.put("summary", "Programme figures test case");
            c.put("offence", "Money laundering");
            c.put("subjects", List.of(Map.of("fullName", name())));
            ApiClient.Response r = api.post(users.caseOfficer(), "/api/v1/cooperation/cases", c);
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            if (outgoing) {
                mla.add(r.json().get("id").asLong());
            }
        }
        clock.set(at(7, 10, 0));
        for (long id : mla) {
            ApiClient.Response r = api.post(users.caseOfficer(), "/api/v1/cooperation/cases/" + id + "/acknowledge",
                    Map.of("note", "Receipt confirmed"));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
    }

    // ---- child reports ---------------------------------------------------------------------------------------

    /**
     * Six reports on the 6th, none triaged. Each has its own hash, account and URL, so none bundles.
     */
    void childReports() {
        clock.set(at(6, 10, 0));
        for (int i = 0; i < 6; i++) {
            int n = SEQ.incrementAndGet();
            Map<String, Object> r = new HashMap<>();
            r.put("sourceReportId", "PROG-" + n);
            r.put("incidentType", i < 3 ? "CSAM" : "HARASSMENT");
            r.put("platform", "ExampleChat");
            r.put("victimAgeBand", "AGE_13_15");
            r.put("description", "Programme figures test report");
            r.put("suspects", List.of(Map.of("names", List.of(), "accounts", List.of("prog-acct-" + n),
                    "phones", List.of(), "emails", List.of())));
            r.put("urls", List.of("https://example.com/programme/" + n));
            r.put("files", List.of(Map.of("fileName", "IMG_" + n + ".jpg", "size", 1000 + i,
                    "sha256", String.format("%064x", (long) n * 1_000_003L + i))));
            ApiClient.Response created = api.post(users.childProtectionOfficer(), "/api/v1/child-reports", r);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
    }

    // ---- data ----------------------------------------------------------------------------------------------

    static Map<String, Object> person(String name, String dob, String cnic) {
        Map<String, Object> p = new HashMap<>();
        p.put("fullName", name);
        p.put("aliases", List.of());
        if (dob != null) {
            p.put("dateOfBirth", dob);
        }
        p.put("gender", "M");
        p.put("nationality", "PAK");
        if (cnic != null) {
            p.put("cnic", cnic);
        }
        p.put("passportNumbers", List.of());
        return p;
    }

    static String cnic() {
        int n = SEQ.incrementAndGet();
        return String.format("37%03d-%07d-%d", ThreadLocalRandom.current().nextInt(1000), n, 1 + 2 * (n % 5));
    }

    static String name() {
        return letters() + " " + letters();
    }

    /** Letters only (names do not take digits), different each time. */
    static String letters() {
        long n = (SEQ.incrementAndGet() * 2_654_435_761L) % 308_915_776L; // scattered: no two names one letter apart
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            sb.append((char) ('a' + n % 26));
            n /= 26;
        }
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }
}
