package org.nigehbaan.screening;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Namesake redress with a second person (API.md, "Screening"): who may review, who may confirm, revoking with a
 * reason, and redress ending with its listing.
 */
@IntegrationTest
class RedressIntegrationTests {

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;

    String officer;
    String approver;
    String border;
    String supervisor;
    String supervisor2;

    @BeforeEach
    void setUp() throws InterruptedException {
        officer = users.user(Role.LIST_OFFICER).username();
        approver = users.user(Role.LIST_APPROVER).username();
        border = users.user(Role.BORDER_OFFICER).username();
        supervisor = users.user(Role.BORDER_SUPERVISOR).username();
        supervisor2 = users.user("border_supervisor_2", Role.BORDER_SUPERVISOR).username();
        users.user("border_officer_2", Role.BORDER_OFFICER);
        users.user(Role.AUDITOR);
        for (int i = 0; i < 300 && !api.get(border, "/api/v1/screenings/status").json().get("ready").asBoolean(); i++) {
            Thread.sleep(100);
        }
    }

    long list(String name, String dob) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        ApiClient.Response proposed = api.post(officer, "/api/v1/control-list/entries", ScreeningTestData.proposal("PCL",
                "DEPORTED_ILLEGAL_MIGRATION", ScreeningTestData.person(name, dob, ScreeningTestData.freshCnic(), null),
                today.minusDays(10)));
        long id = proposed.json().get("id").asLong();
        assertThat(api.post(approver, "/api/v1/control-list/entries/" + id + "/approve", null).status()).isEqualTo(200);
        return id;
    }

    JsonNode screen(Map<String, Object> traveller) {
        ApiClient.Response r = api.post(border, "/api/v1/screenings", Map.of("purpose", "EXIT", "traveller", traveller));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    JsonNode screenUntil(String decision, Map<String, Object> traveller) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        JsonNode r = screen(traveller);
        while (!r.get("decision").asString().equals(decision) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            r = screen(traveller);
        }
        return r;
    }

    ApiClient.Response review(String user, JsonNode screening, String outcome) {
        return api.post(user, "/api/v1/screenings/" + screening.get("id").asString() + "/hits/"
                + screening.get("hits").get(0).get("entryId").asString() + "/review",
                Map.of("outcome", outcome, "note", "Father's name differs; NADRA checked"));
    }

    @Test
    void onlyTheScreeningOfficerOrABorderSupervisorReviewsAHit() throws Exception {
        list("Sajid Mehmood Tarar", "1977");
        Map<String, Object> t = ScreeningTestData.person("Sajid Mehmood Tarar", "1977-03-03", null,
                ScreeningTestData.freshPassport());
        JsonNode s = screenUntil("REFER", t);
        ApiClient.Response colleague = review("border_officer_2", s, "NOT_THIS_PERSON");
        assertThat(colleague.status()).isEqualTo(403);
        assertThat(colleague.json().get("detail").asString()).contains("another officer");
        assertThat(review(approver, s, "NOT_THIS_PERSON").status()).isEqualTo(403);
        ApiClient.Response bySupervisor = review(supervisor, s, "NOT_THIS_PERSON");
        assertThat(bySupervisor.status()).as(bySupervisor.body()).isEqualTo(200);
        assertThat(bySupervisor.json().get("reviewer").asString()).isEqualTo(supervisor);

        long redress = bySupervisor.json().get("redressId").asLong();
        ApiClient.Response self = api.post(supervisor, "/api/v1/redress/" + redress + "/confirm", null);
        assertThat(self.status()).as("the reviewing supervisor cannot confirm their own review").isEqualTo(409);
        assertThat(api.post(border, "/api/v1/redress/" + redress + "/confirm", null).status()).isEqualTo(403);
        assertThat(api.post(supervisor2, "/api/v1/redress/" + redress + "/confirm", null).status()).isEqualTo(200);
        assertThat(screenUntil("CLEAR", t).get("decision").asString()).isEqualTo("CLEAR");
        assertThat(api.post(supervisor2, "/api/v1/redress/" + redress + "/confirm", null).status())
                .as("confirmed already").isEqualTo(409);
    }

    @Test
    void confirmedRedressIsRevokedWithAReasonAndTheTravellerIsReferredAgain() throws Exception {
        list("Waqas Ahmed Cheema", "1984");
        Map<String, Object> t = ScreeningTestData.person("Waqas Ahmed Cheema", "1984-07-07", null,
                ScreeningTestData.freshPassport());
        JsonNode s = screenUntil("REFER", t);
        long redress = review(border, s, "NOT_THIS_PERSON").json().get("redressId").asLong();

        JsonNode queue = api.get(supervisor, "/api/v1/redress?status=PENDING&size=100").json();
        assertThat(queue.get("items").toString()).contains("\"id\":" + redress).contains("Waqas Ahmed Cheema");
        assertThat(api.post(supervisor, "/api/v1/redress/" + redress + "/confirm", Map.of("note", "ok")).status())
                .isEqualTo(200);
        assertThat(screenUntil("CLEAR", t).get("decision").asString()).isEqualTo("CLEAR");

        ApiClient.Response noReason = api.post(supervisor2, "/api/v1/redress/" + redress + "/revoke", Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        JsonNode revoked = api.post(supervisor2, "/api/v1/redress/" + redress + "/revoke",
                Map.of("reason", "Intelligence says the documents were forged")).json();
        assertThat(revoked.get("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.get("revokedBy").asString()).isEqualTo(supervisor2);
        assertThat(screenUntil("REFER", t).get("decision").asString()).isEqualTo("REFER");
        assertThat(api.get(supervisor, "/api/v1/redress?status=REVOKED&size=100").json().get("items").toString())
                .contains("\"id\":" + redress);
    }

    @Test
    void redressEndsWhenItsListingEnds() throws Exception {
        long entry = list("Adnan Sami Lodhi", "1979");
        Map<String, Object> t = ScreeningTestData.person("Adnan Sami Lodhi", "1979-09-09", null,
                ScreeningTestData.freshPassport());
        JsonNode s = screenUntil("REFER", t);
        long pending = review(border, s, "NOT_THIS_PERSON").json().get("redressId").asLong();
        JsonNode s2 = screen(t);
        long confirmed = review(border, s2, "NOT_THIS_PERSON").json().get("redressId").asLong();
        api.post(supervisor, "/api/v1/redress/" + confirmed + "/confirm", null);

        api.post(approver, "/api/v1/control-list/entries/" + entry + "/remove", Map.of("reason", "court order"));
        for (long id : new long[] {pending, confirmed}) {
            JsonNode r = api.get(supervisor, "/api/v1/redress/" + id).json();
            assertThat(r.get("status").asString()).isEqualTo("ENDED");
            assertThat(r.get("endReason").asString()).contains("removed");
        }
        assertThat(api.post(supervisor2, "/api/v1/redress/" + pending + "/confirm", null).status()).isEqualTo(409);
    }

    @Test
    void everyRedressDecisionIsAudited() throws Exception {
        list("Farhan Saeed Bhatti", "1988");
        Map<String, Object> t = ScreeningTestData.person("Farhan Saeed Bhatti", "1988-01-01", null,
                ScreeningTestData.freshPassport());
        long redress = review(border, screenUntil("REFER", t), "NOT_THIS_PERSON").json().get("redressId").asLong();
        api.post(supervisor, "/api/v1/redress/" + redress + "/confirm", null);
        api.post(supervisor2, "/api/v1/redress/" + redress + "/revoke", Map.of("reason", "wrong"));
        String auditor = users.user(Role.AUDITOR).username();
        for (String action : new String[] {"screening.redress.confirmed", "screening.redress.revoked"}) {
            JsonNode rows = api.get(auditor, "/api/v1/audit?action=" + action + "&targetId=" + redress).json();
            assertThat(rows.get("total").asLong()).as(action).isEqualTo(1);
        }
    }
}
