package org.nigehbaan.cooperation;

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
 * The delivery unit's figures, over cases dated in 2004 (a year no other test uses, so the counts are exact
 * in the shared database).
 */
@IntegrationTest
class CooperationStatisticsIntegrationTests {

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;

    @Test
    void analystsGetCountsMediansAndDeadlinesByTypeAndDirectionWithoutPersonalData() {
        String officer = users.user(Role.CASE_OFFICER).username();
        String analyst = users.user(Role.ANALYST).username();

        // Incoming MLA: acknowledged in 3 days, decided in 20, answered in 60: every deadline met.
        long a = open(api, officer, with(newCase("MUTUAL_LEGAL_ASSISTANCE", "INCOMING", "Statistic Person One"),
                "receivedOn", "2004-03-01")).get("id").asLong();
        step(api, officer, a, "acknowledge", Map.of("on", "2004-03-04"));
        step(api, officer, a, "review", Map.of("on", "2004-03-10"));
        step(api, officer, a, "accept", Map.of("on", "2004-03-21"));
        step(api, officer, a, "respond", Map.of("on", "2004-04-30"));
        // Incoming MLA: acknowledged in 9 days (late), refused on day 40 (late).
        long b = open(api, officer, with(newCase("MUTUAL_LEGAL_ASSISTANCE", "INCOMING", "Statistic Person Two"),
                "receivedOn", "2004-05-03")).get("id").asLong();
        step(api, officer, b, "acknowledge", Map.of("on", "2004-05-12"));
        step(api, officer, b, "refuse", Map.of("on", "2004-06-12", "reason", "Dual criminality not met"));
        // Outgoing criminal record: acknowledged in 1 day, replied on the 10th working day.
        long c = open(api, officer, with(newCase("CRIMINAL_RECORD", "OUTGOING", "Statistic Person Three"),
                "receivedOn", "2004-02-02")).get("id").asLong();
        step(api, officer, c, "acknowledge", Map.of("on", "2004-02-03"));
        step(api, officer, c, "respond", Map.of("on", "2004-02-16", "convictions", List.of()));
        // Withdrawn before acknowledgement: opened and closed, no deadline counted.
        long d = open(api, officer, with(newCase("NARCOTICS", "OUTGOING", null), "receivedOn", "2004-07-01"))
                .get("id").asLong();
        step(api, officer, d, "withdraw", Map.of("on", "2004-07-02", "reason", "Duplicate"));

        ApiClient.Response r = api.get(analyst, "/api/v1/cooperation/statistics?from=2004-01-01&to=2004-12-31");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("Statistic Person", "35202", "AB1234567");
        JsonNode s = r.json();
        assertThat(s.get("rows")).hasSize(12);

        JsonNode mla = row(s, "MUTUAL_LEGAL_ASSISTANCE", "INCOMING");
        assertThat(mla.get("opened").asLong()).isEqualTo(2);
        assertThat(mla.get("closed").asLong()).isEqualTo(2);
        assertThat(mla.get("outcomes").get("RESPONDED").asLong()).isEqualTo(1);
        assertThat(mla.get("outcomes").get("REFUSED").asLong()).isEqualTo(1);
        assertThat(mla.get("medianDaysToAcknowledge").asDouble()).isEqualTo(6.0); // 3 and 9
        assertThat(mla.get("medianDaysToRespond").asDouble()).isEqualTo(60.0);
        assertThat(mla.get("deadlines").get("ACKNOWLEDGE").get("met").asLong()).isEqualTo(1);
        assertThat(mla.get("deadlines").get("ACKNOWLEDGE").get("missed").asLong()).isEqualTo(1);
        assertThat(mla.get("deadlines").get("DECIDE").get("met").asLong()).isEqualTo(1);
        assertThat(mla.get("deadlines").get("DECIDE").get("missed").asLong()).isEqualTo(1);
        assertThat(mla.get("deadlines").get("RESPOND").get("met").asLong()).isEqualTo(1);

        JsonNode records = row(s, "CRIMINAL_RECORD", "OUTGOING");
        assertThat(records.get("medianDaysToRespond").asDouble()).isEqualTo(14.0);
        assertThat(records.get("deadlines").get("RESPOND").get("metShare").asDouble()).isEqualTo(1.0);

        JsonNode narcotics = row(s, "NARCOTICS", "OUTGOING");
        assertThat(narcotics.get("opened").asLong()).isEqualTo(1);
        assertThat(narcotics.get("outcomes").get("WITHDRAWN").asLong()).isEqualTo(1);
        assertThat(narcotics.get("deadlines").get("ACKNOWLEDGE").get("missed").asLong()).isZero();

        assertThat(s.get("totals").get("opened").asLong()).isEqualTo(4);
        assertThat(s.get("totals").get("closed").asLong()).isEqualTo(4);
        assertThat(row(s, "EXTRADITION", "INCOMING").get("opened").asLong()).isZero();

        ApiClient.Response bad = api.get(analyst, "/api/v1/cooperation/statistics?from=2004-12-31&to=2004-01-01");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
        assertThat(api.get(analyst, "/api/v1/cooperation/statistics?to=31/12/2004").json().get("errors").get(0)
                .get("field").asString()).isEqualTo("to");
        assertThat(api.get(analyst, "/api/v1/cooperation/statistics").status()).isEqualTo(200);
    }

    private static JsonNode row(JsonNode s, String type, String direction) {
        for (JsonNode r : s.get("rows")) {
            if (r.get("type").asString().equals(type) && r.get("direction").asString().equals(direction)) {
                return r;
            }
        }
        throw new AssertionError(type + " " + direction);
    }
}
