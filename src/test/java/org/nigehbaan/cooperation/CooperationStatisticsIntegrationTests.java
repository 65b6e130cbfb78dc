package org.nigehbaan.cooperation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nigehbaan.cooperation.CaseFixtures.newCase;
import static org.nigehbaan.cooperation.CaseFixtures.open;
import static org.nigehbaan.cooperation.CaseFixtures.step;
import static org.nigehbaan.cooperation.CaseFixtures.with;

/**
 * Cooperation's figures on the statistics endpoint and page (the programme's shape: counts under 5 as "&lt;5"),
 * over cases dated in 2004 (a year no other test uses, so the counts are exact in the shared database).
 */
@IntegrationTest
class CooperationStatisticsIntegrationTests {

    static final String YEAR_2004 = "from=2004-01-01&to=2004-12-31";

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;

    @Test
    void analystsGetCountsMediansAndDeadlinesByTypeAndDirectionWithSmallCountsSuppressed() {
        String officer = users.user(Role.CASE_OFFICER).username();
        String analyst = users.user(Role.ANALYST).username();

        // Six incoming MLA requests: acknowledged in 3 days, decided in 20, answered in 60: every deadline met.
        for (int i = 0; i < 6; i++) {
            LocalDate received = LocalDate.parse("2004-03-01").plusDays(i);
            long a = open(api, officer, with(newCase("MUTUAL_LEGAL_ASSISTANCE", "INCOMING", "Statistic Person " + i),
                    "receivedOn", received.toString())).get("id").asLong();
            step(api, officer, a, "acknowledge", Map.of("on", received.plusDays(3).toString()));
            step(api, officer, a, "review", Map.of("on", received.plusDays(9).toString()));
            step(api, officer, a, "accept", Map.of("on", received.plusDays(20).toString()));
            step(api, officer, a, "respond", Map.of("on", received.plusDays(60).toString()));
        }
        // Incoming MLA: acknowledged in 9 days (late), refused on day 40 (late).
        long b = open(api, officer, with(newCase("MUTUAL_LEGAL_ASSISTANCE", "INCOMING", "Statistic Person Late"),
                "receivedOn", "2004-05-03")).get("id").asLong();
        step(api, officer, b, "acknowledge", Map.of("on", "2004-05-12"));
        step(api, officer, b, "refuse", Map.of("on", "2004-06-12", "reason", "Dual criminality not met"));
        // Outgoing criminal record: acknowledged in 1 day, replied on the 10th working day.
        long c = open(api, officer, with(newCase("CRIMINAL_RECORD", "OUTGOING", "Statistic Person Record"),
                "receivedOn", "2004-02-02")).get("id").asLong();
        step(api, officer, c, "acknowledge", Map.of("on", "2004-02-03"));
        step(api, officer, c, "respond", Map.of("on", "2004-02-16", "convictions", List.of()));
        // Withdrawn before acknowledgement: opened and closed, no deadline counted.
        long d = open(api, officer, with(newCase("NARCOTICS", "OUTGOING", null), "receivedOn", "2004-07-01"))
                .get("id").asLong();
        step(api, officer, d, "withdraw", Map.of("on", "2004-07-02", "reason", "Duplicate"));

        ApiClient.Response r = api.get(analyst, "/api/v1/cooperation/statistics?" + YEAR_2004);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("Statistic Person", "35202", "AB1234567");
        JsonNode s = r.json();
        assertThat(s.get("byTypeAndDirection")).hasSize(12);
        assertThat(s.get("byMonth")).hasSize(12);

        JsonNode mla = row(s, "MUTUAL_LEGAL_ASSISTANCE", "INCOMING");
        assertThat(mla.get("opened").asLong()).isEqualTo(7);
        assertThat(mla.get("closed").asLong()).isEqualTo(7);
        assertThat(mla.get("outcomes").get("RESPONDED").asLong()).isEqualTo(6);
        assertThat(mla.get("outcomes").get("REFUSED").asString()).as("1 refused").isEqualTo("<5");
        assertThat(mla.get("outcomes").get("WITHDRAWN").asString()).as("none").isEqualTo("<5");
        assertThat(mla.get("medianDaysToAcknowledge").asDouble()).isEqualTo(3.0); // six 3s and a 9
        assertThat(mla.get("medianDaysToRespond").asDouble()).isEqualTo(60.0);
        assertThat(mla.get("deadlines").get("ACKNOWLEDGE").get("met").asLong()).isEqualTo(6);
        assertThat(mla.get("deadlines").get("ACKNOWLEDGE").get("missed").asString()).isEqualTo("<5");
        assertThat(mla.get("deadlines").get("ACKNOWLEDGE").get("metShare").asString())
                .as("6 of 7: the share would give the one missed away").isEqualTo("<5");
        assertThat(mla.get("deadlines").get("DECIDE").get("met").asLong()).isEqualTo(6);
        assertThat(mla.get("deadlines").get("RESPOND").get("met").asLong()).isEqualTo(6);
        assertThat(mla.get("deadlinesMet").asLong()).isEqualTo(18);
        assertThat(mla.get("deadlinesMissed").asString()).as("2 missed").isEqualTo("<5");

        JsonNode records = row(s, "CRIMINAL_RECORD", "OUTGOING");
        assertThat(records.get("opened").asString()).isEqualTo("<5");
        assertThat(records.get("medianDaysToRespond").asString()).as("over one value").isEqualTo("<5");
        assertThat(row(s, "NARCOTICS", "OUTGOING").get("outcomes").get("WITHDRAWN").asString()).isEqualTo("<5");
        assertThat(row(s, "EXTRADITION", "INCOMING").get("opened").asString()).as("none is <5 too").isEqualTo("<5");
        assertThat(row(s, "EXTRADITION", "INCOMING").get("medianDaysToRespond").isNull()).as("nothing to measure").isTrue();

        assertThat(s.get("totals").get("opened").asLong()).isEqualTo(9);
        assertThat(s.get("totals").get("closed").asLong()).isEqualTo(9);

        ApiClient.Response page = api.send(analyst, "GET", "/cooperation/statistics?" + YEAR_2004, null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Statistic Person");
        String mlaRow = tableRow(page.body(), "statistics-MUTUAL_LEGAL_ASSISTANCE-INCOMING");
        assertThat(mlaRow).contains(">7<", ">3.0<", ">60.0<", "Acknowledge 6 / &lt;5");
        assertThat(tableRow(page.body(), "statistics-CRIMINAL_RECORD-OUTGOING")).contains(">&lt;5<").doesNotContain(">1<");

        assertThat(api.get(officer, "/api/v1/cooperation/statistics?" + YEAR_2004).status()).as("case officers too")
                .isEqualTo(200);
        ApiClient.Response bad = api.get(analyst, "/api/v1/cooperation/statistics?from=2004-12-31&to=2004-01-01");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
        assertThat(api.get(analyst, "/api/v1/cooperation/statistics?to=31/12/2004").json().get("errors").get(0)
                .get("field").asString()).isEqualTo("to");
        assertThat(api.get(analyst, "/api/v1/cooperation/statistics").status()).isEqualTo(200);
    }

    private static JsonNode row(JsonNode s, String type, String direction) {
        for (JsonNode r : s.get("byTypeAndDirection")) {
            if (r.get("type").asString().equals(type) && r.get("direction").asString().equals(direction)) {
                return r;
            }
        }
        throw new AssertionError(type + " " + direction);
    }

    private static String tableRow(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
