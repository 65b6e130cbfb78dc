package org.nigehbaan.cooperation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.MutableClock;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nigehbaan.cooperation.CaseFixtures.CASES;
import static org.nigehbaan.cooperation.CaseFixtures.newCase;
import static org.nigehbaan.cooperation.CaseFixtures.open;
import static org.nigehbaan.cooperation.CaseFixtures.step;
import static org.nigehbaan.cooperation.CaseFixtures.unique;
import static org.nigehbaan.cooperation.CaseFixtures.with;

/** The clocks against a moving injected clock: warnings before a deadline, breaches after, first in the work list. */
@IntegrationTest
class CooperationClocksIntegrationTests {

    /** Monday 1 June 2026, 10:00 in Karachi. */
    static final Instant MONDAY = Instant.parse("2026-06-01T05:00:00Z");

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;

    String officer;

    @BeforeEach
    void setUp() {
        officer = users.user(Role.CASE_OFFICER).username();
        clock.set(MONDAY);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void breachedCasesComeFirstThenThoseDueSoonThenTheRest() {
        String tag = unique("CLK-");
        long onTrack = open(api, officer, with(newCase("MUTUAL_LEGAL_ASSISTANCE", "INCOMING", null),
                "externalReference", tag + "-A")).get("id").asLong();
        long breached = open(api, officer, with(newCase("MUTUAL_LEGAL_ASSISTANCE", "INCOMING", null),
                "externalReference", tag + "-B", "receivedOn", "2026-05-24")).get("id").asLong();
        long dueSoon = open(api, officer, with(newCase("ILLICIT_FINANCE", "OUTGOING", null),
                "externalReference", tag + "-C", "receivedOn", "2026-05-26")).get("id").asLong();

        JsonNode list = api.get(officer, CASES + "?q=" + tag).json();
        assertThat(list.get("items").findValuesAsString("id")).containsExactly(String.valueOf(breached),
                String.valueOf(dueSoon), String.valueOf(onTrack));
        assertThat(list.get("items").findValuesAsString("attention")).containsExactly("BREACHED", "DUE_SOON", "ON_TRACK");
        assertThat(list.get("items").get(0).get("daysLeft").asLong()).isEqualTo(-1);
        assertThat(list.get("items").get(1).get("daysLeft").asLong()).isEqualTo(1);

        JsonNode onlyBreached = api.get(officer, CASES + "?attention=BREACHED&q=" + tag).json();
        assertThat(onlyBreached.get("items").findValuesAsString("id")).containsExactly(String.valueOf(breached));
        assertThat(api.get(officer, CASES + "?attention=SOON").status()).isEqualTo(400);
    }

    @Test
    void theAcknowledgeClockWarnsTwoDaysAheadAndIsBreachedTheDayAfterItsDueDate() {
        long id = open(api, officer, newCase("NARCOTICS", "INCOMING", null)).get("id").asLong();
        assertThat(clockState(id, 0)).isEqualTo("ON_TRACK");

        clock.advance(Duration.ofDays(4)); // Friday: due Monday 8 June, three days away
        assertThat(clockState(id, 0)).isEqualTo("ON_TRACK");
        clock.advance(Duration.ofDays(1)); // Saturday: two days away
        assertThat(clockState(id, 0)).isEqualTo("DUE_SOON");
        assertThat(api.get(officer, CASES + "/" + id).json().get("attention").asString()).isEqualTo("DUE_SOON");
        clock.advance(Duration.ofDays(2)); // Monday 8 June: the due date itself
        assertThat(clockState(id, 0)).isEqualTo("DUE_SOON");
        clock.advance(Duration.ofDays(1)); // Tuesday: breached
        assertThat(clockState(id, 0)).isEqualTo("BREACHED");
        JsonNode c = api.get(officer, CASES + "/" + id).json();
        assertThat(c.get("attention").asString()).isEqualTo("BREACHED");
        assertThat(c.get("clocks").get(0).get("daysLeft").asLong()).isEqualTo(-1);

        JsonNode acknowledged = step(api, officer, id, "acknowledge", null);
        assertThat(acknowledged.get("clocks").get(0).get("state").asString()).isEqualTo("MISSED");
        assertThat(acknowledged.get("clocks").get(1).get("state").asString()).isEqualTo("ON_TRACK");
        assertThat(acknowledged.get("attention").asString()).isEqualTo("ON_TRACK");
        assertThat(acknowledged.get("nextDueOn").asString()).isEqualTo("2026-07-01");
    }

    @Test
    void aCriminalRecordReplyIsDueInTenWorkingDaysAndItsWarningSkipsNothing() {
        clock.set(Instant.parse("2026-06-05T05:00:00Z")); // Friday
        long id = open(api, officer, newCase("CRIMINAL_RECORD", "INCOMING", unique("Nadeem Abbas "))).get("id").asLong();
        step(api, officer, id, "acknowledge", null);
        JsonNode c = api.get(officer, CASES + "/" + id).json();
        assertThat(c.get("clocks").get(1).get("dueOn").asString()).isEqualTo("2026-06-19");

        clock.set(Instant.parse("2026-06-17T05:00:00Z"));
        assertThat(clockState(id, 1)).isEqualTo("DUE_SOON");
        clock.set(Instant.parse("2026-06-20T05:00:00Z"));
        assertThat(clockState(id, 1)).isEqualTo("BREACHED");
        JsonNode late = step(api, officer, id, "respond", Map.of("convictions", java.util.List.of()));
        assertThat(late.get("clocks").get(1).get("state").asString()).isEqualTo("MISSED");
        assertThat(late.get("criminalRecord").get("convictions")).isEmpty();
    }

    @Test
    void theExecuteClockStartsAtTheDecisionAndABackdatedStepIsJudgedByItsDate() {
        long id = open(api, officer, with(newCase("MUTUAL_LEGAL_ASSISTANCE", "OUTGOING", null),
                "receivedOn", "2026-05-01")).get("id").asLong();
        // The UK acknowledged on 5 May by letter; the officer records it today.
        JsonNode ack = step(api, officer, id, "acknowledge", Map.of("on", "2026-05-05"));
        assertThat(ack.get("clocks").get(0).get("state").asString()).isEqualTo("MET");
        assertThat(api.post(officer, CASES + "/" + id + "/review", Map.of("on", "2026-05-04")).json()
                .get("errors").get(0).get("field").asString()).isEqualTo("on");
        step(api, officer, id, "review", Map.of("on", "2026-05-20"));
        JsonNode accepted = step(api, officer, id, "accept", Map.of("on", "2026-06-01"));
        assertThat(accepted.get("clocks").get(1).get("state").asString()).isEqualTo("MISSED"); // due 31 May
        assertThat(accepted.get("clocks").get(2).get("dueOn").asString()).isEqualTo("2026-08-30");
        assertThat(api.post(officer, CASES + "/" + id + "/respond", Map.of("on", "2026-06-02")).json()
                .get("errors").get(0).get("message").asString()).contains("future");
    }

    private String clockState(long id, int index) {
        return api.get(officer, CASES + "/" + id).json().get("clocks").get(index).get("state").asString();
    }
}
