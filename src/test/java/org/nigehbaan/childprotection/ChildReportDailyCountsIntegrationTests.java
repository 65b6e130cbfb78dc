package org.nigehbaan.childprotection;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.MutableClock;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nigehbaan.childprotection.ChildReportTestData.report;

/**
 * The per-day counts behind the child reports' figures (child_report_day, kept by triggers on child_report, V10_2)
 * agree with a recount of the reports after every way a report is written: intake through the API and the
 * helpline, a bulk backlog, the bundler, triage before and after the deadline, the deadline job, a closing action
 * and a reopening. The recount restates the rules in plain SQL; the figures then agree with the definitions counted
 * from child_report itself.
 */
@IntegrationTest
class ChildReportDailyCountsIntegrationTests {

    static final String PLATFORM = "platform.daycounts";
    static final String OFFICER = "cpo.daycounts";

    static final String RECOUNT = """
            with marks as (
                select (received_at at time zone 'Asia/Karachi')::date as day, grade, channel,
                       1 as received, 0 as within, 0 as late, 0 as closed
                from child_report
                union all
                select (triaged_at at time zone 'Asia/Karachi')::date, grade, channel, 0,
                       case when deadline_met then 1 else 0 end, case when not deadline_met then 1 else 0 end, 0
                from child_report where triaged_at is not null
                union all
                select (greatest(received_at, closed_at) at time zone 'Asia/Karachi')::date, grade, channel, 0, 0, 0, 1
                from child_report where closed_at is not null)
            select day || ' ' || grade || ' ' || channel || ' ' || sum(received) || ' ' || sum(within) || ' '
                   || sum(late) || ' ' || sum(closed)
            from marks group by day, grade, channel
            having sum(received) <> 0 or sum(within) <> 0 or sum(late) <> 0 or sum(closed) <> 0""";

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ChildReportService service;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void thePerDayCountsAgreeWithARecountAfterEveryKindOfWrite() {
        users.user(PLATFORM, "Hotline", null, Role.PLATFORM_REPORTER);
        users.user(OFFICER, "NCCIA", null, Role.CHILD_PROTECTION_OFFICER);
        Actor analyst = users.user("analyst.daycounts", Role.ANALYST);
        // 23:30 in Pakistan: the reports are received on 5 May, triaged and closed on the 6th or later.
        Instant t = Instant.parse("2004-05-05T18:30:00Z");
        clock.set(t);
        String urgent = submit(withFlag(report(), "liveAbuse"));
        String plain = submit(report());
        String shared = "https://example.com/shared/" + ChildReportTestData.uniqueId("u");
        Map<String, Object> a = report();
        a.put("urls", List.of(shared));
        Map<String, Object> b = report();
        b.put("urls", List.of(shared));
        submit(a);
        ApiClient.Response bulk = api.postRaw(PLATFORM, "/api/v1/child-reports/bulk",
                ApiClient.json(b) + "\n" + ApiClient.json(report()) + "\n", "application/x-ndjson");
        assertThat(bulk.json().get("created").asLong()).as(bulk.body()).isEqualTo(2);
        assertThat(api.post(OFFICER, "/api/v1/child-reports", report()).status()).as("helpline").isEqualTo(201);

        clock.set(t.plus(Duration.ofMinutes(45)));
        ok(api.post(OFFICER, "/api/v1/child-reports/" + plain + "/triage", answers()));
        clock.set(t.plus(Duration.ofHours(3)));
        assertThat(service.checkDeadlines().escalated()).as("the urgent report escalated").isPositive();
        assertThat(service.linkPending()).as("the bundler links the new reports").isNotNegative();
        ok(api.post(OFFICER, "/api/v1/child-reports/" + urgent + "/triage", answers("liveAbuse")));
        ok(api.post(OFFICER, "/api/v1/child-reports/" + plain + "/actions",
                Map.of("action", "NO_FURTHER_ACTION", "note", "nothing further")));
        clock.set(t.plus(Duration.ofDays(2)));
        ok(api.post(OFFICER, "/api/v1/child-reports/" + urgent + "/actions",
                Map.of("action", "REFERRED_TO_POLICE", "note", "to the police")));
        ok(api.post(OFFICER, "/api/v1/child-reports/" + plain + "/actions",
                Map.of("action", "REOPENED", "note", "new information")));

        assertThat(jdbc.sql("select day || ' ' || grade || ' ' || channel || ' ' || received || ' ' || triaged_within "
                        + "|| ' ' || triaged_late || ' ' || closed from child_report_day "
                        + "where received <> 0 or triaged_within <> 0 or triaged_late <> 0 or closed <> 0")
                .query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(jdbc.sql(RECOUNT).query(String.class).list());

        for (ReportingPeriod p : List.of(new ReportingPeriod(LocalDate.of(2004, 5, 5), LocalDate.of(2004, 5, 5)),
                new ReportingPeriod(LocalDate.of(2004, 5, 6), LocalDate.of(2004, 5, 6)),
                new ReportingPeriod(LocalDate.of(2004, 5, 1), LocalDate.of(2004, 5, 31)))) {
            ChildReportFigures f = service.figures(p, analyst);
            assertThat(f.received()).as("received in %s", p)
                    .isEqualTo(countIn(p, "received_at", "true"));
            assertThat(f.triagedWithinDeadline()).as("triaged within the deadline in %s", p)
                    .isEqualTo(countIn(p, "triaged_at", "deadline_met"));
            assertThat(f.triagedAfterDeadline()).as("triaged after the deadline in %s", p)
                    .isEqualTo(countIn(p, "triaged_at", "not deadline_met"));
            assertThat(f.open()).as("open at the end of %s", p).isEqualTo(jdbc.sql(
                            "select count(*) from child_report where received_at < ? and (closed_at is null or closed_at >= ?)")
                    .params(p.endExclusive().atOffset(ZoneOffset.UTC),
                            p.endExclusive().atOffset(ZoneOffset.UTC)).query(Long.class).single());
        }
        ChildReportFigures day = service.figures(new ReportingPeriod(LocalDate.of(2004, 5, 5), LocalDate.of(2004, 5, 5)),
                analyst);
        assertThat(day.received()).as("the six reports of 5 May (other tests use other days)").isEqualTo(6);
        assertThat(day.triagedWithinDeadline() + day.triagedAfterDeadline()).as("triaged on the 6th").isZero();
    }

    private long countIn(ReportingPeriod p, String column, String condition) {
        return jdbc.sql("select count(*) from child_report where " + column + " >= ? and " + column + " < ? and "
                        + condition)
                .params(p.start().atOffset(ZoneOffset.UTC), p.endExclusive().atOffset(ZoneOffset.UTC))
                .query(Long.class).single();
    }

    private String submit(Map<String, Object> body) {
        ApiClient.Response r = api.post(PLATFORM, "/api/v1/child-reports", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("reference").asString();
    }

    private static void ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static Map<String, Object> withFlag(Map<String, Object> report, String flag) {
        ChildReportTestData.urgent(report).put(flag, true);
        return report;
    }

    private static Map<String, Object> answers(String... yes) {
        return ChildReportTriageIntegrationTests.answers(yes);
    }
}
