package org.nigehbaan.programme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditQuery;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.programme.internal.ReportWriter;
import org.nigehbaan.register.ComplianceService;
import org.nigehbaan.screening.internal.ScreeningLog;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.MutableClock;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known activity in every module ({@link ProgrammeSeed}) on a moved clock, then every figure checked on the
 * API, on the dashboard, in the CSV and in the PDF (its text extracted with PDFBox): the same numbers, and "<5"
 * wherever fewer than five cases stand behind one.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeFiguresIntegrationTests {

    /** A month no other test touches. */
    static final LocalDate MONTH = LocalDate.of(2019, 3, 1);

    /** Every headline figure the seed determines, as every surface must write it. */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("controlList.listed", "15");
        EXPECTED.put("controlList.active", "13");
        EXPECTED.put("controlList.ended", "<5");
        EXPECTED.put("controlList.deporteesListed", "10");
        EXPECTED.put("controlList.deporteesWithinDaysShare", "50.0%");
        EXPECTED.put("controlList.importedEntries", "<5");
        EXPECTED.put("screening.screenings", "14");
        EXPECTED.put("screening.referRate", "42.9%");
        EXPECTED.put("screening.stopRate", "35.7%");
        EXPECTED.put("screening.referralsConfirmed", "<5");
        EXPECTED.put("screening.referralsCleared", "5");
        EXPECTED.put("screening.referralsAwaitingReview", "<5");
        EXPECTED.put("screening.medianMinutesToReview", "35.0");
        EXPECTED.put("screening.redressNotThisPerson", "5");
        EXPECTED.put("screening.degradedAnswers", "<5");
        EXPECTED.put("register.registered", "12");
        EXPECTED.put("register.active", "12");
        EXPECTED.put("register.complianceRate", "50.0%");
        EXPECTED.put("register.breachesRaised", "6");
        EXPECTED.put("register.openBreaches", "6");
        EXPECTED.put("cooperation.opened", "7");
        EXPECTED.put("cooperation.closed", "<5");
        EXPECTED.put("cooperation.deadlinesMetShare", "<5");
        EXPECTED.put("cooperation.medianDaysToAcknowledge", "2.0");
        EXPECTED.put("cooperation.medianDaysToRespond", "-");
        EXPECTED.put("childReports.received", "6");
        EXPECTED.put("childReports.triagedWithinDeadlineShare", "-");
        EXPECTED.put("childReports.bundlesFormed", "<5");
        EXPECTED.put("childReports.registerAlerts", "<5");
    }

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
    @Autowired
    ScreeningLog screeningLog;
    @Autowired
    ComplianceService compliance;
    @Autowired
    AuditLog audit;

    ProgrammeSeed seed;
    String analyst;
    String query;

    @BeforeAll
    void seed() throws InterruptedException {
        analyst = users.user(Role.ANALYST).username();
        users.user(Role.ADMIN);
        users.user(Role.AUDITOR);
        ProgrammeSeed.Roles roles = new ProgrammeSeed.Roles(users.user(Role.LIST_OFFICER).username(),
                users.user(Role.LIST_APPROVER).username(), users.user(Role.BORDER_OFFICER).username(),
                users.user("figures-register", "NPB", null, Role.REGISTER_OFFICER).username(),
                users.user(Role.CASE_OFFICER).username(), users.user(Role.CHILD_PROTECTION_OFFICER).username());
        seed = new ProgrammeSeed(api, clock, roles, MONTH);
        try {
            // the register officer works nationally (grants are not what this test is about)
            api.post("admin", "/api/v1/register/grants", Map.of("username", roles.registerOfficer(), "district", "*",
                    "reason", "programme figures test"));
            seed.all(screeningLog, compliance);
        } finally {
            clock.set(seed.readAt());
        }
        query = "from=" + seed.period.from() + "&to=" + seed.period.to();
    }

    @AfterEach
    void readOnTheSameDay() {
        clock.set(seed.readAt());
    }

    @org.junit.jupiter.api.AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    void theApiGivesEveryModulesFiguresWithSmallCountsSuppressed() {
        ApiClient.Response r = api.get(analyst, "/api/v1/programme/figures?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode f = r.json();
        assertThat(f.get("period").get("from").asString()).isEqualTo("2019-03-01");
        JsonNode cr = f.get("childReports");
        assertThat(cr.get("received").asLong()).isEqualTo(6);
        assertThat(cr.get("receivedByGrade").size()).as("every grade listed").isEqualTo(4);
        // Reports other tests received years earlier are still open at this period's end: at least the seed's six.
        assertThat(cr.get("open").asLong()).isGreaterThanOrEqualTo(6);
        assertThat(cr.get("overdueAwaitingTriage").asLong()).isGreaterThanOrEqualTo(6);
        assertThat(cr.get("triagedWithinDeadlineShare").isNull()).as("nothing triaged in the period").isTrue();

        JsonNode cl = f.get("controlList");
        assertThat(cl.get("totals").get("listed").asLong()).isEqualTo(15);
        assertThat(cl.get("totals").get("active").asLong()).isEqualTo(13);
        assertThat(cl.get("totals").get("ended").asString()).isEqualTo("<5");
        assertThat(cl.get("deportees").get("listed").asLong()).isEqualTo(10);
        assertThat(cl.get("deportees").get("listedWithinDays").asLong()).isEqualTo(5);
        assertThat(cl.get("deportees").get("shareWithinDays").asDouble()).isEqualTo(0.5);
        assertThat(row(cl.get("byGround"), "ground", "DEPORTED_ILLEGAL_MIGRATION").get("counts").get("listed").asLong())
                .isEqualTo(10);
        assertThat(row(cl.get("byGround"), "ground", "CORRUPTION").get("counts").get("active").asString())
                .as("3 active: suppressed").isEqualTo("<5");

        JsonNode sc = f.get("screening");
        assertThat(sc.get("totals").get("screenings").asLong()).isEqualTo(14);
        assertThat(sc.get("totals").get("referred").asLong()).isEqualTo(6);
        assertThat(sc.get("totals").get("stopped").asLong()).isEqualTo(5);
        assertThat(sc.get("totals").get("referRate").asDouble()).isEqualTo(0.4286);
        assertThat(sc.get("totals").get("stopRate").asDouble()).isEqualTo(0.3571);
        JsonNode isb = row(sc.get("byPoint"), "point", "ISB").get("counts");
        assertThat(isb.get("screenings").asLong()).isEqualTo(11);
        assertThat(isb.get("referRate").asDouble()).isEqualTo(0.5455);
        assertThat(row(sc.get("byPoint"), "point", "LHE").get("counts").get("screenings").asString()).isEqualTo("<5");
        assertThat(row(sc.get("byPurpose"), "purpose", "EXIT").get("counts").get("screenings").asLong()).isEqualTo(11);
        assertThat(row(sc.get("byPurpose"), "purpose", "ENTRY").get("counts").get("screenings").asString()).isEqualTo("<5");
        assertThat(row(sc.get("byDay"), "day", "2019-03-15").get("counts").get("screenings").asLong()).isEqualTo(14);
        assertThat(row(sc.get("byDay"), "day", "2019-03-14").get("counts").get("screenings").asString()).isEqualTo("<5");
        assertThat(sc.get("byDay")).hasSize(31);
        assertThat(row(sc.get("byMonth"), "month", "2019-03").get("counts").get("stopped").asLong()).isEqualTo(5);
        JsonNode referrals = sc.get("referrals");
        assertThat(referrals.get("referrals").asLong()).isEqualTo(6);
        assertThat(referrals.get("reviewed").asLong()).isEqualTo(6);
        assertThat(referrals.get("cleared").asLong()).isEqualTo(5);
        assertThat(referrals.get("confirmed").asString()).isEqualTo("<5");
        assertThat(referrals.get("awaitingReview").asString()).isEqualTo("<5");
        assertThat(referrals.get("medianMinutesToReview").asDouble()).isEqualTo(35.0);
        assertThat(sc.get("redress").get("notThisPerson").asLong()).isEqualTo(5);
        assertThat(sc.get("redress").get("confirmed").asString()).as("none confirmed yet").isEqualTo("<5");
        assertThat(sc.get("redress").get("revoked").asString()).isEqualTo("<5");
        assertThat(sc.get("degraded").get("answers").asString()).isEqualTo("<5");
        assertThat(sc.get("degraded").get("share").asString()).isEqualTo("<5");

        JsonNode rg = f.get("register");
        JsonNode district = row(rg.get("byDistrict"), "district", seed.district).get("counts");
        assertThat(district.get("registered").asLong()).isEqualTo(12);
        assertThat(district.get("dutiesDue").asLong()).isEqualTo(12);
        assertThat(district.get("dutiesMetOnTime").asLong()).isEqualTo(6);
        assertThat(district.get("complianceRate").asDouble()).isEqualTo(0.5);
        assertThat(district.get("breachesRaised").asLong()).isEqualTo(6);
        assertThat(rg.get("totals").get("registered").asLong()).isEqualTo(12);

        JsonNode co = f.get("cooperation");
        assertThat(co.get("totals").get("opened").asLong()).isEqualTo(7);
        assertThat(co.get("totals").get("deadlinesMet").asLong()).isEqualTo(5);
        assertThat(co.get("totals").get("deadlinesMissed").asString()).isEqualTo("<5");
        assertThat(co.get("totals").get("medianDaysToAcknowledge").asDouble()).isEqualTo(2.0);
        assertThat(co.get("totals").get("medianDaysToRespond").isNull()).isTrue();
        JsonNode mla = co.get("byTypeAndDirection").get(0);
        assertThat(mla.get("type").asString()).isEqualTo("MUTUAL_LEGAL_ASSISTANCE");
        assertThat(mla.get("direction").asString()).isEqualTo("OUTGOING");
        assertThat(mla.get("opened").asLong()).isEqualTo(5);
        assertThat(row(co.get("byMonth"), "month", "2019-03").get("opened").asLong()).isEqualTo(7);

        assertThat(r.body()).as("no personal data").doesNotContain(seed.stopCnics.get(0).replace("-", ""))
                .doesNotContain(seed.stopCnics.get(0)).doesNotContain("fullName");
    }

    @Test
    void aDistrictNarrowsTheRegisterAndScreeningToItsPointsOfEntry() {
        JsonNode lahore = api.get(analyst, "/api/v1/programme/figures?" + query + "&district=Lahore").json();
        assertThat(lahore.get("district").asString()).isEqualTo("Lahore");
        assertThat(lahore.get("screening").get("points").toString()).contains("LHE", "WAGAH");
        assertThat(lahore.get("screening").get("totals").get("screenings").asString()).as("3 at LHE").isEqualTo("<5");
        assertThat(lahore.get("register").get("totals").get("registered").asString()).isEqualTo("<5");
        assertThat(lahore.get("controlList").get("totals").get("listed").asLong()).as("national").isEqualTo(15);

        JsonNode chakwal = api.get(analyst, "/api/v1/programme/figures?" + query + "&district="
                + seed.district.replace(" ", "%20")).json();
        assertThat(chakwal.get("register").get("totals").get("registered").asLong()).isEqualTo(12);
        assertThat(chakwal.get("screening").get("totals").get("screenings").asString()).as("no point of entry")
                .isEqualTo("<5");
    }

    @Test
    void theDashboardShowsTheSameFigures() {
        ApiClient.Response page = api.send(analyst, "GET", "/programme?" + query, null, null);
        assertThat(page.status()).isEqualTo(200);
        String html = page.body();
        EXPECTED.forEach((key, value) -> assertThat(headline(html, key)).as(key).isEqualTo(value.replace("<", "&lt;")));
        assertThat(html).contains("<svg").contains("id=\"table-screening.byPoint\"")
                .contains("href=\"/programme/definitions#screening.stopRate\"");
    }

    @Test
    void theCsvHoldsTheSameFiguresAndIsReproducible() {
        ApiClient.Response first = api.get(analyst, "/api/v1/programme/report?" + query + "&format=csv");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("text/csv");
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : first.body().split("\r\n")) {
            String[] p = line.split(",", -1);
            if (p.length == 5 && p[1].equals("headline")) {
                values.put(p[3], p[4]);
            }
        }
        assertThat(values).containsAllEntriesOf(EXPECTED);
        assertThat(first.body()).contains("screening,screening.byPoint,ISB,screening.screenings,11")
                .contains("screening,screening.byDay,2019-03-15,screening.screenings,14");

        clock.advance(Duration.ofHours(3));
        ApiClient.Response later = api.get(analyst, "/api/v1/programme/report?" + query + "&format=csv");
        assertThat(later.body()).isNotEqualTo(first.body());
        assertThat(withoutGenerationTime(later.body())).isEqualTo(withoutGenerationTime(first.body()));
    }

    @Test
    void thePdfHoldsTheSameFiguresAndIsReproducible() throws IOException {
        byte[] pdf = pdf("en");
        assertThat(pdf).isEqualTo(pdf("en")).as("same period, same data, same time: the same bytes");
        String text = text(pdf);
        assertThat(text).contains("2019-03-01").contains("2019-03-31");
        Map<String, String> labels = Map.of("screening.screenings", "Screenings", "screening.referRate", "REFER rate",
                "screening.medianMinutesToReview", "Median minutes to review", "register.complianceRate",
                "Compliance rate", "controlList.deporteesWithinDaysShare", "Deportees listed within 30 days",
                "cooperation.medianDaysToAcknowledge", "Median days to acknowledge", "screening.referralsConfirmed",
                "Referrals confirmed");
        labels.forEach((key, label) -> assertThat(text).as(key)
                .containsPattern(Pattern.quote(label) + "\\s+" + Pattern.quote(EXPECTED.get(key))));

        clock.advance(Duration.ofHours(3));
        String later = text(pdf("en"));
        assertThat(withoutGenerationTime(later)).isEqualTo(withoutGenerationTime(text));
        assertThat(later).isNotEqualTo(text);
    }

    @Test
    void theUrduPdfIsLaidOutRightToLeft() throws IOException {
        String text = text(pdf("ur"));
        // Figures sit in right-to-left lines: "42.9%" reads "%42.9" and "<5" is mirrored, as the bidi algorithm says.
        assertThat(text).contains("42.9").contains("اسکریننگ 14").contains("REFER").contains("کی شرح");
        // PDFBox gives back the base letters of the joined (presentation-form) glyphs; a glyph the font lacks
        // would come back as '#'.
        assertThat(text).contains("پروگرام").contains("برطانیہ").doesNotContain("#");
    }

    @Test
    void generatingTheReportIsAudited() {
        api.get(analyst, "/api/v1/programme/report?" + query + "&format=csv");
        var entries = audit.page(new AuditQuery(analyst, "programme.report.generated", null, null, null, null),
                PageRequest.of(0, 5)).items();
        assertThat(entries).isNotEmpty();
        assertThat(entries.get(0).toString()).contains("2019-03-01").contains("CSV").contains("sha256");
    }

    @Test
    void onlyAnalystsAndAdministratorsReadTheFigures() {
        String border = users.user(Role.BORDER_OFFICER).username();
        assertThat(api.get(border, "/api/v1/programme/figures?" + query).status()).isEqualTo(403);
        assertThat(api.get(border, "/api/v1/programme/report?" + query).status()).isEqualTo(403);
        assertThat(api.send(border, "GET", "/programme", null, null).status()).isEqualTo(403);
        assertThat(api.get(analyst, "/api/v1/programme/figures?" + query).status()).isEqualTo(200);
        assertThat(api.get("admin", "/api/v1/programme/figures?" + query).status()).isEqualTo(200);
        assertThat(api.get(null, "/api/v1/programme/figures?" + query).status()).isEqualTo(401);
    }

    @Test
    void badPeriodsAreRefusedNamingTheField() {
        ApiClient.Response r = api.get(analyst, "/api/v1/programme/figures?from=2019-03-31&to=2019-03-01");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("\"to\"");
        assertThat(api.get(analyst, "/api/v1/programme/figures?from=yesterday").body()).contains("\"from\"");
        assertThat(api.get(analyst, "/api/v1/programme/report?" + query + "&format=docx").body()).contains("\"format\"");
    }

    @Test
    void anAdministratorSetsTargetsAndTheDashboardShowsThemOnOrOffTrack() {
        String path = "/api/v1/programme/targets/";
        ApiClient.Response refused = api.send(analyst, "PUT", path + "screening.stopRate",
                ApiClient.json(Map.of("comparison", "AT_MOST", "value", "10")), "application/json");
        assertThat(refused.status()).isEqualTo(403);
        ApiClient.Response bad = api.send("admin", "PUT", path + "no.such.figure",
                ApiClient.json(Map.of("comparison", "SOMETIMES", "value", "x")), "application/json");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"figure\"").contains("\"comparison\"").contains("\"value\"");
        assertThat(api.send("admin", "PUT", path + "screening.stopRate",
                ApiClient.json(Map.of("comparison", "AT_MOST", "value", "10")), "application/json").status()).isEqualTo(200);
        assertThat(api.send("admin", "PUT", path + "register.complianceRate",
                ApiClient.json(Map.of("comparison", "AT_LEAST", "value", "50")), "application/json").status()).isEqualTo(200);
        assertThat(api.send("admin", "PUT", path + "screening.referralsConfirmed",
                ApiClient.json(Map.of("comparison", "AT_LEAST", "value", "1")), "application/json").status()).isEqualTo(200);
        try {
            String html = api.send(analyst, "GET", "/programme?" + query, null, null).body();
            assertThat(track(html, "screening.stopRate")).isEqualTo("OFF_TRACK");
            assertThat(track(html, "register.complianceRate")).isEqualTo("ON_TRACK");
            assertThat(track(html, "screening.referralsConfirmed")).as("<5 is not assessed").isEqualTo("NOT_ASSESSED");
            assertThat(api.get(analyst, "/api/v1/programme/targets").body()).contains("screening.stopRate");
        } finally {
            for (String f : List.of("screening.stopRate", "register.complianceRate", "screening.referralsConfirmed")) {
                assertThat(api.send("admin", "DELETE", path + f, null, null).status()).isEqualTo(204);
            }
        }
    }

    private byte[] pdf(String lang) {
        ApiClient.Response r = api.get(analyst, "/api/v1/programme/report?" + query + "&format=pdf&lang=" + lang);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/pdf");
        return raw("/api/v1/programme/report?" + query + "&format=pdf&lang=" + lang);
    }

    /** The body as bytes (ApiClient reads text). */
    private byte[] raw(String path) {
        try {
            var http = java.net.http.HttpClient.newHttpClient();
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.baseUrl() + path))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (analyst + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
            return http.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    private static String withoutGenerationTime(String s) {
        List<String> kept = new ArrayList<>();
        for (String line : s.split("\r?\n")) {
            if (!line.startsWith(ReportWriter.GENERATED_AT + ",") && !line.startsWith("Generated at")) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    /** The value shown in a headline figure's box. */
    static String headline(String html, String key) {
        Matcher m = Pattern.compile("id=\"figure-" + Pattern.quote(key) + "\".*?nigehbaan-headline__value\"[^>]*>([^<]*)<",
                Pattern.DOTALL).matcher(html);
        return m.find() ? m.group(1) : null;
    }

    static String track(String html, String key) {
        Matcher m = Pattern.compile("id=\"figure-" + Pattern.quote(key) + "\"[^>]*class=\"[^\"]*nigehbaan-track--([A-Z_]+)")
                .matcher(html);
        if (m.find()) {
            return m.group(1);
        }
        Matcher m2 = Pattern.compile("class=\"[^\"]*nigehbaan-track--([A-Z_]+)[^\"]*\"[^>]*id=\"figure-" + Pattern.quote(key) + "\"")
                .matcher(html);
        return m2.find() ? m2.group(1) : null;
    }

    static JsonNode row(JsonNode rows, String field, String value) {
        for (JsonNode n : rows) {
            if (n.get(field).asString().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no row " + field + "=" + value + " in " + rows);
    }
}
