package org.nigehbaan.childprotection;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditQuery;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.MutableClock;
import org.nigehbaan.support.PublishedEvents;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nigehbaan.childprotection.ChildReportTestData.report;

/**
 * Grading and the clock: the queue is worked earliest deadline first, triage re-grades from receipt, a report
 * nearing its deadline is flagged and one past it escalated (on a moved clock), and the figures count it all.
 */
@IntegrationTest
class ChildReportTriageIntegrationTests {

    static final String PLATFORM = "platform.triage";
    static final String OFFICER = "cpo.triage";

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
    @Autowired
    ChildReportService service;
    @Autowired
    PublishedEvents events;
    @Autowired
    AuditLog audit;

    Actor analyst;

    @BeforeEach
    void accounts() {
        users.user(PLATFORM, "Hotline", null, Role.PLATFORM_REPORTER);
        users.user(OFFICER, "NCCIA", null, Role.CHILD_PROTECTION_OFFICER);
        analyst = users.user("analyst.triage", Role.ANALYST);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String submit(Map<String, Object> body) {
        ApiClient.Response r = api.post(PLATFORM, "/api/v1/child-reports", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("reference").asString();
    }

    static Map<String, Object> withType(String type, String flag) {
        Map<String, Object> r = report();
        r.put("incidentType", type);
        if (flag != null) {
            ChildReportTestData.urgent(r).put(flag, true);
        }
        return r;
    }

    static Map<String, Object> answers(String... yes) {
        Map<String, Object> a = new HashMap<>();
        for (TriageQuestion q : org.nigehbaan.childprotection.internal.ChildReportProperties.DEFAULT_QUESTIONS) {
            a.put(q.id(), List.of(yes).contains(q.id()));
        }
        return Map.of("answers", a);
    }

    @Test
    void theQueueIsWorkedEarliestDeadlineFirst() {
        clock.set(Instant.parse("2003-03-03T03:00:00Z"));
        String low = submit(withType("OTHER", null));
        String medium = submit(withType("CSAM", null));
        String veryHigh = submit(withType("CSAM", "liveAbuse"));
        String high = submit(withType("HARASSMENT", "grooming"));
        JsonNode items = api.get(OFFICER, "/api/v1/child-reports?status=AWAITING_TRIAGE&size=500").json().get("items");
        List<String> mine = items.valueStream().map(i -> i.get("reference").asString())
                .filter(r -> List.of(low, medium, veryHigh, high).contains(r)).toList();
        assertThat(mine).containsExactly(veryHigh, high, medium, low);
        JsonNode first = items.valueStream().filter(i -> i.get("reference").asString().equals(veryHigh)).findFirst()
                .orElseThrow();
        assertThat(first.get("grade").asString()).isEqualTo("VERY_HIGH");
        assertThat(first.get("deadline").asString()).isEqualTo("ON_TRACK");
        assertThat(first.has("description")).as("the queue carries no description").isFalse();
    }

    @Test
    void triageRegradesFromTheQuestionnaireWithTheDeadlineCountedFromReceipt() {
        Instant t = Instant.parse("2003-04-04T04:00:00Z");
        clock.set(t);
        String ref = submit(withType("HARASSMENT", "grooming"));
        clock.advance(Duration.ofHours(2));
        ApiClient.Response missing = api.post(OFFICER, "/api/v1/child-reports/" + ref + "/triage",
                Map.of("answers", Map.of("liveAbuse", false)));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("answers.imminentDanger");
        ApiClient.Response triaged = api.post(OFFICER, "/api/v1/child-reports/" + ref + "/triage",
                answers("sexualImagesOfChild"));
        assertThat(triaged.status()).as(triaged.body()).isEqualTo(200);
        assertThat(triaged.json().get("grade").asString()).isEqualTo("MEDIUM");
        assertThat(Instant.parse(triaged.json().get("dueBy").asString())).isEqualTo(t.plus(Duration.ofDays(7)));
        JsonNode view = api.get(OFFICER, "/api/v1/child-reports/" + ref).json();
        assertThat(view.get("status").asString()).isEqualTo("TRIAGED");
        assertThat(view.get("deadline").asString()).isEqualTo("MET");
        assertThat(view.get("gradedBy").asString()).isEqualTo(OFFICER);
        assertThat(view.get("answers").get("sexualImagesOfChild").asBoolean()).isTrue();
        assertThat(view.get("actions").get(0).get("action").asString()).isEqualTo("TRIAGED");
    }

    @Test
    void aReportNearingItsDeadlineIsFlaggedAndOnePastItIsEscalatedToTheSupervisor() {
        Instant t = Instant.parse("2003-05-05T05:00:00Z");
        clock.set(t);
        String ref = submit(withType("OTHER", "imminentDanger"));
        clock.set(t.plus(Duration.ofMinutes(44)));
        service.checkDeadlines();
        assertThat(events.stream(ChildReportDeadlineApproaching.class).filter(e -> e.reference().equals(ref))).isEmpty();

        clock.set(t.plus(Duration.ofMinutes(46)));
        service.checkDeadlines();
        assertThat(events.stream(ChildReportDeadlineApproaching.class).filter(e -> e.reference().equals(ref)))
                .singleElement().satisfies(e -> assertThat(e.grade()).isEqualTo(Grade.VERY_HIGH));
        assertThat(api.get(OFFICER, "/api/v1/child-reports/" + ref).json().get("deadline").asString())
                .isEqualTo("DUE_SOON");
        assertThat(events.stream(ChildReportEscalated.class).filter(e -> e.reference().equals(ref))).isEmpty();

        clock.set(t.plus(Duration.ofMinutes(61)));
        service.checkDeadlines();
        service.checkDeadlines();
        assertThat(events.stream(ChildReportEscalated.class).filter(e -> e.reference().equals(ref)))
                .singleElement().satisfies(e -> assertThat(e.escalatedTo()).isEqualTo("duty supervisor"));
        JsonNode view = api.get(OFFICER, "/api/v1/child-reports/" + ref).json();
        assertThat(view.get("deadline").asString()).isEqualTo("OVERDUE");
        assertThat(view.get("escalatedTo").asString()).isEqualTo("duty supervisor");
        assertThat(api.get(OFFICER, "/api/v1/child-reports?escalated=true&size=500").json().get("items").valueStream()
                .map(i -> i.get("reference").asString())).contains(ref);
        assertThat(audit.page(new AuditQuery("system", "childreports.report.escalated", "ChildReport", ref, null, null),
                PageRequest.of(0, 5)).items()).hasSize(1);

        clock.set(t.plus(Duration.ofMinutes(70)));
        api.post(OFFICER, "/api/v1/child-reports/" + ref + "/triage", answers("imminentDanger"));
        assertThat(api.get(OFFICER, "/api/v1/child-reports/" + ref).json().get("deadline").asString())
                .isEqualTo("MISSED");
    }

    @Test
    void closingActionsNeedTriageAndTakeTheReportOutOfTheOpenQueue() {
        String ref = submit(withType("CSAM", null));
        ApiClient.Response early = api.post(OFFICER, "/api/v1/child-reports/" + ref + "/actions",
                Map.of("action", "REFERRED_TO_POLICE", "note", "to PS Gulberg"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(api.post(OFFICER, "/api/v1/child-reports/" + ref + "/actions", Map.of("action", "SHRUG")).status())
                .isEqualTo(400);
        api.post(OFFICER, "/api/v1/child-reports/" + ref + "/triage", answers("sexualImagesOfChild"));
        assertThat(api.post(OFFICER, "/api/v1/child-reports/" + ref + "/actions",
                Map.of("action", "NO_FURTHER_ACTION")).status()).as("NFA needs a reason").isEqualTo(400);
        ApiClient.Response closed = api.post(OFFICER, "/api/v1/child-reports/" + ref + "/actions",
                Map.of("action", "REFERRED_TO_POLICE", "note", "to PS Gulberg"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(api.get(OFFICER, "/api/v1/child-reports?size=500").json().get("items").valueStream()
                .map(i -> i.get("reference").asString())).doesNotContain(ref);
        assertThat(api.post(OFFICER, "/api/v1/child-reports/" + ref + "/actions", Map.of("action", "REOPENED"))
                .json().get("status").asString()).isEqualTo("TRIAGED");
    }

    /**
     * The period is a day in 2001. Reports received earlier (other tests move the clock back too) still count as
     * open or overdue at its end, so the test compares the figures with those taken before its own reports.
     */
    @Test
    void figuresCountAPeriodWithoutPersonalData() {
        Instant t = Instant.parse("2001-02-10T00:30:00Z"); // 05:30 in Pakistan
        ReportingPeriod day = new ReportingPeriod(LocalDate.of(2001, 2, 10), LocalDate.of(2001, 2, 10));
        clock.set(t.plus(Duration.ofHours(3)));
        ChildReportFigures before = service.figures(day, analyst);
        clock.set(t);
        String sharedUrl = "https://example.com/shared/" + ChildReportTestData.uniqueId("u");
        Map<String, Object> a = withType("HARASSMENT", "grooming");
        a.put("urls", List.of(sharedUrl));
        submit(a);
        Map<String, Object> b = withType("OTHER", null);
        b.put("urls", List.of(sharedUrl));
        String low = submit(b);
        api.post(OFFICER, "/api/v1/child-reports", withType("CSAM", null));
        String late = submit(withType("CSAM", "liveAbuse"));
        submit(withType("OTHER", "imminentDanger"));
        clock.set(t.plus(Duration.ofMinutes(30)));
        api.post(OFFICER, "/api/v1/child-reports/" + low + "/triage", answers());
        clock.set(t.plus(Duration.ofHours(2)));
        api.post(OFFICER, "/api/v1/child-reports/" + late + "/triage", answers("liveAbuse"));
        clock.set(t.plus(Duration.ofHours(3)));

        ChildReportFigures f = service.figures(day, analyst);
        assertThat(f.received() - before.received()).isEqualTo(5);
        assertThat(f.receivedByGrade().get(Grade.VERY_HIGH) - before.receivedByGrade().get(Grade.VERY_HIGH)).isEqualTo(2);
        assertThat(f.receivedByGrade().get(Grade.HIGH) - before.receivedByGrade().get(Grade.HIGH)).isEqualTo(1);
        assertThat(f.receivedByGrade().get(Grade.MEDIUM) - before.receivedByGrade().get(Grade.MEDIUM)).isEqualTo(1);
        assertThat(f.receivedByGrade().get(Grade.LOW) - before.receivedByGrade().get(Grade.LOW)).isEqualTo(1);
        assertThat(f.receivedByChannel().get(IntakeChannel.PLATFORM_API)
                - before.receivedByChannel().get(IntakeChannel.PLATFORM_API)).isEqualTo(4);
        assertThat(f.receivedByChannel().get(IntakeChannel.HELPLINE)
                - before.receivedByChannel().get(IntakeChannel.HELPLINE)).isEqualTo(1);
        assertThat(f.triagedWithinDeadline() - before.triagedWithinDeadline()).isEqualTo(1);
        assertThat(f.triagedAfterDeadline() - before.triagedAfterDeadline()).isEqualTo(1);
        assertThat(f.overdueAwaitingTriage() - before.overdueAwaitingTriage()).isEqualTo(1);
        assertThat(f.breached() - before.breached()).isEqualTo(2);
        assertThat(f.open() - before.open()).isEqualTo(5);
        assertThat(f.bundlesFormed() - before.bundlesFormed()).isEqualTo(1);
        assertThat(f.registerAlerts() - before.registerAlerts()).isZero();
        ApiClient.Response http = api.get("analyst.triage", "/api/v1/child-reports/figures?from=2001-02-10&to=2001-02-10");
        assertThat(http.json().get("received").asString()).as("the API publishes counts under five as <5")
                .isEqualTo(f.published().received().json().toString());
        assertThat(http.json().get("receivedByGrade").size()).as("every grade listed").isEqualTo(Grade.values().length);
        assertThat(api.get("analyst.triage", "/api/v1/child-reports/figures?from=2001-02-11&to=2001-02-10").status())
                .isEqualTo(400);
    }
}
