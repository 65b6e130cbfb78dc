package org.nigehbaan.childprotection;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.childprotection.internal.ChildReportProperties;
import org.nigehbaan.register.RegisterTestData;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.MutableClock;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nigehbaan.childprotection.ChildReportTestData.report;
import static org.nigehbaan.childprotection.ChildReportTestData.suspect;

/**
 * The child-protection officer's home page: how many reports await triage, how many of them are past or near their
 * deadline, the escalations and register matches, and the most urgent reports first. The database is shared with
 * other tests, so the counts are checked as what the seeded reports add on a clock held still.
 */
@IntegrationTest
class ChildReportsWorkListIntegrationTests {

    static final String PLATFORM = "platform.worklist";
    static final String OFFICER = "cpo.worklist";
    static final String REGISTER_OFFICER = "sor.worklist";
    static final String DISTRICT = "Multan CP";

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
    @Autowired
    ChildReportService service;

    @BeforeEach
    void accounts() {
        users.user(PLATFORM, "Hotline", null, Role.PLATFORM_REPORTER);
        users.user(OFFICER, "NCCIA", null, Role.CHILD_PROTECTION_OFFICER);
        users.user(REGISTER_OFFICER, "NPB", DISTRICT, Role.REGISTER_OFFICER);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anOfficerSeesReportsAwaitingTriageByDeadlineEscalationsAndRegisterMatches() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(now);
        service.checkDeadlines(); // what was already due is escalated before the first count
        Map<String, Long> before = counts(home(OFFICER, ""));

        // Overdue (a very high report received in 1990, before any other test's clock: due first, escalated by the
        // deadline watch) ...
        clock.set(Instant.parse("1990-01-01T08:00:00Z"));
        String overdue = submit(urgent());
        // ... due soon (a very high report due in 10 minutes: inside its 15-minute warning) ...
        clock.set(now.minus(Duration.ofMinutes(50)));
        String dueSoon = submit(urgent());
        clock.set(now);
        // ... on track, and one whose suspect is a registered offender.
        submit(report());
        registerAndReportASuspectNamed("Nadeem Akhtar Sial");
        service.checkDeadlines();

        String page = home(OFFICER, "");
        Map<String, Long> after = counts(page);
        assertThat(after.get("awaiting triage past the deadline") - before.get("awaiting triage past the deadline"))
                .isEqualTo(1);
        assertThat(after.get("awaiting triage with the deadline near")
                - before.get("awaiting triage with the deadline near")).isEqualTo(1);
        assertThat(after.get("awaiting triage") - before.get("awaiting triage")).isEqualTo(4);
        assertThat(after.get("escalated to the supervisor") - before.get("escalated to the supervisor"))
                .as("the overdue report, escalated by the deadline watch").isEqualTo(1);
        assertThat(after.get("with a suspect matching a registrant")
                - before.get("with a suspect matching a registrant")).isEqualTo(1);

        // The most urgent first: the report longest past its deadline heads the list, marked overdue.
        Matcher first = Pattern.compile("href=\"/child-reports/(CR-[A-Z0-9-]+)\">[^<]*</a></td>\\s*"
                + "<td class=\"govuk-table__cell nigehbaan-overdue\">([^<]*)</td>").matcher(page);
        assertThat(first.find()).as(page).isTrue();
        assertThat(first.group(1)).isEqualTo(overdue);
        assertThat(first.group(2)).startsWith("Very high grade: overdue since");
        assertThat(page).contains("href=\"/child-reports?status=AWAITING_TRIAGE\"", "href=\"/child-reports?escalated=true\"");
        assertThat(dueSoon).isNotEqualTo(overdue);

        // In Urdu, the same block with the Urdu labels.
        assertThat(home(OFFICER, "?lang=ur")).contains("جانچ کی منتظر رپورٹیں جن کی مہلت گزر چکی", overdue);
        // Nothing of it for those who do not work reports.
        assertThat(home(users.user("analyst.worklist", Role.ANALYST).username(), ""))
                .doesNotContain("awaiting triage", overdue);

        // Triaged, it leaves the list (and no longer heads every other test's queue).
        Map<String, Object> answers = new java.util.HashMap<>();
        ChildReportProperties.DEFAULT_QUESTIONS.forEach(q -> answers.put(q.id(), false));
        ApiClient.Response triaged = api.post(OFFICER, "/api/v1/child-reports/" + overdue + "/triage",
                Map.of("answers", answers));
        assertThat(triaged.status()).as(triaged.body()).isEqualTo(200);
        Map<String, Long> afterTriage = counts(home(OFFICER, ""));
        assertThat(afterTriage.get("awaiting triage past the deadline")).isEqualTo(before.get("awaiting triage past the deadline"));
        assertThat(afterTriage.get("awaiting triage")).isEqualTo(before.get("awaiting triage") + 3);
    }

    private Map<String, Object> urgent() {
        Map<String, Object> r = report();
        ChildReportTestData.urgent(r).put("imminentDanger", true);
        return r;
    }

    private String submit(Map<String, Object> body) {
        ApiClient.Response r = api.post(PLATFORM, "/api/v1/child-reports", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("reference").asString();
    }

    private void registerAndReportASuspectNamed(String name) {
        ApiClient.Response registered = api.post(REGISTER_OFFICER, "/api/v1/register/registrants",
                RegisterTestData.registration(name, DISTRICT, RegisterTestData.conviction("376(1) PPC",
                        LocalDate.now().minusMonths(2), "IMPRISONMENT", 2, "YEARS")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        Map<String, Object> body = report();
        Map<String, Object> s = suspect(List.of(name), List.of(), List.of(), List.of());
        s.put("dateOfBirth", "1980-04-12");
        body.put("suspects", List.of(s));
        ApiClient.Response r = api.post(PLATFORM, "/api/v1/child-reports", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("grade").asString()).as("the register match raised it").isEqualTo("HIGH");
    }

    /** The child-report block's figures by label (without the leading "report(s)" / "open report(s)"). */
    private static Map<String, Long> counts(String page) {
        int from = page.indexOf("id=\"work--child-reports\"");
        assertThat(from).as("the child-report block on the home page").isPositive();
        String block = page.substring(from, page.indexOf("</ul>", from));
        Map<String, Long> counts = new java.util.HashMap<>();
        Matcher m = Pattern.compile(">([0-9,]+)</strong>\\s*<span>(?:open )?reports? ([^<]+)</span>").matcher(block);
        while (m.find()) {
            counts.put(m.group(2), Long.parseLong(m.group(1).replace(",", "")));
        }
        assertThat(counts).hasSize(5);
        return counts;
    }

    private String home(String user, String query) {
        ApiClient.Response r = api.send(user, "GET", "/" + query, null, null);
        assertThat(r.status()).isEqualTo(200);
        return r.body();
    }
}
