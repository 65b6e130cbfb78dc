package org.nigehbaan.cooperation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditQuery;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
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

@IntegrationTest
class CooperationIntegrationTests {

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    AuditLog audit;

    String officer;

    @BeforeEach
    void officer() {
        officer = users.user(Role.CASE_OFFICER).username();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Karachi"));
    }

    @Test
    void anMlaRequestGoesFromReceiptToResponseAgainstItsClocks() {
        JsonNode c = open(api, officer, newCase("MUTUAL_LEGAL_ASSISTANCE", "OUTGOING", unique("Asif Baig ")));
        long id = c.get("id").asLong();
        assertThat(c.get("reference").asString()).matches("MLA-OUT-\\d{4}-\\d{5}");
        assertThat(c.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(c.get("requestingAuthority").asString()).contains("Ministry of Interior");
        assertThat(c.get("requestedAuthority").asString()).contains("Home Office");
        assertThat(c.get("clocks").get(0).get("dueOn").asString()).isEqualTo(today().plusDays(7).toString());
        assertThat(c.get("clocks").get(1).get("dueOn").asString()).isEqualTo(today().plusDays(30).toString());
        assertThat(c.get("allowedActions").toString()).contains("ACKNOWLEDGE", "WITHDRAW");

        assertThat(step(api, officer, id, "acknowledge", Map.of("note", "Receipt confirmed by letter"))
                .get("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(step(api, officer, id, "review", null).get("status").asString()).isEqualTo("UNDER_REVIEW");
        JsonNode accepted = step(api, officer, id, "accept", null);
        assertThat(accepted.get("status").asString()).isEqualTo("EXECUTING");
        assertThat(accepted.get("clocks").get(2).get("clock").asString()).isEqualTo("RESPOND");
        assertThat(accepted.get("clocks").get(2).get("dueOn").asString()).isEqualTo(today().plusDays(90).toString());
        JsonNode done = step(api, officer, id, "respond", Map.of("note", "Bank records sent"));
        assertThat(done.get("status").asString()).isEqualTo("RESPONDED");
        assertThat(done.get("attention").asString()).isEqualTo("CLOSED");
        assertThat(done.get("clocks").findValuesAsString("state")).containsExactly("MET", "MET", "MET");
        assertThat(done.get("allowedActions").isEmpty()).isTrue();
        assertThat(done.get("timeline").findValuesAsString("action"))
                .containsExactly("CREATED", "ACKNOWLEDGE", "START_REVIEW", "ACCEPT", "RESPOND");

        assertThat(audit.page(new AuditQuery(officer, "cooperation.case.", "CooperationCase", String.valueOf(id), null,
                null), PageRequest.of(0, 20)).items()).extracting(e -> e.action()).contains(
                "cooperation.case.created", "cooperation.case.acknowledged", "cooperation.case.review-started",
                "cooperation.case.accepted", "cooperation.case.responded");
    }

    @Test
    void aStepOutsideTheStateMachineIsAConflictAndChangesNothing() {
        long id = open(api, officer, newCase("NARCOTICS", "INCOMING", null)).get("id").asLong();
        ApiClient.Response r = api.post(officer, CASES + "/" + id + "/accept", Map.of());
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("detail").asString()).contains("RECEIVED", "ACKNOWLEDGE");
        assertThat(api.get(officer, CASES + "/" + id).json().get("status").asString()).isEqualTo("RECEIVED");

        ApiClient.Response noReason = api.post(officer, CASES + "/" + id + "/withdraw", Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(step(api, officer, id, "withdraw", Map.of("reason", "The UK withdrew the request"))
                .get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(api.post(officer, CASES + "/" + id + "/acknowledge", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void badInputNamesEveryFieldAndStoresNothing() {
        String tag = unique("BAD-");
        Map<String, Object> subject = with(CaseFixtures.person("Bilal Ahmed"), "cnic", "12345", "dateOfBirth", "1988-13");
        ApiClient.Response r = api.post(officer, CASES, Map.of("type", "SMUGGLING", "externalReference", tag,
                "receivedOn", today().plusDays(1).toString(), "subjects", List.of(subject),
                "sharedFields", List.of("SUBJECTS")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("type", "direction",
                "receivedOn", "subjects[0].dateOfBirth", "subjects[0].cnic", "sharedFields");

        ApiClient.Response noOffence = api.post(officer, CASES, with(newCase("EXTRADITION", "OUTGOING", "Tariq Mehmood"),
                "offence", " ", "externalReference", tag));
        assertThat(noOffence.status()).isEqualTo(400);
        assertThat(noOffence.json().get("errors").findValuesAsString("field")).containsExactly("offence");

        ApiClient.Response twoReturnees = api.post(officer, CASES, with(newCase("RETURN", "INCOMING", "A One"),
                "subjects", List.of(CaseFixtures.person("A One"), CaseFixtures.person("B Two")), "externalReference", tag));
        assertThat(twoReturnees.json().get("errors").findValuesAsString("field")).containsExactly("subjects");

        ApiClient.Response wrongDetails = api.post(officer, CASES, with(newCase("NARCOTICS", "INCOMING", null),
                "return", Map.of("removedForIllegalMigration", true), "externalReference", tag));
        assertThat(wrongDetails.json().get("errors").findValuesAsString("field")).containsExactly("return");

        assertThat(api.post(officer, CASES, "{\"type\": [1]}").json().get("errors").get(0).get("field").asString())
                .isEqualTo("type");
        assertThat(api.get(officer, CASES + "?includeClosed=true&q=" + tag).json().get("total").asLong()).isZero();
    }

    @Test
    void aCriminalRecordReplyCarriesStructuredConvictionsWithinTenWorkingDays() {
        JsonNode c = open(api, officer, with(newCase("CRIMINAL_RECORD", "INCOMING", unique("Kamran Akmal ")),
                "receivedOn", "2026-08-10"));
        long id = c.get("id").asLong();
        assertThat(c.get("reference").asString()).startsWith("CRM-IN-2026-");
        assertThat(c.get("requestingAuthority").asString()).contains("ACRO");
        assertThat(c.get("clocks").findValuesAsString("clock")).containsExactly("ACKNOWLEDGE", "RESPOND");
        assertThat(c.get("clocks").get(1).get("dueOn").asString()).isEqualTo("2026-08-25"); // 14 Aug is a holiday
        assertThat(c.get("criminalRecord").get("purpose").asString()).isEqualTo("Criminal proceedings");

        step(api, officer, id, "acknowledge", Map.of("on", "2026-08-11"));
        ApiClient.Response missing = api.post(officer, CASES + "/" + id + "/respond", Map.of("on", "2026-08-20"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("convictions");
        ApiClient.Response badRow = api.post(officer, CASES + "/" + id + "/respond", Map.of("convictions",
                List.of(Map.of("offence", "Theft", "date", "2019-13-01", "court", "Lahore", "sentence", "1 year"))));
        assertThat(badRow.json().get("errors").findValuesAsString("field")).containsExactly("convictions[0].date");

        JsonNode replied = step(api, officer, id, "respond", Map.of("on", "2026-08-20", "convictions", List.of(
                Map.of("offence", "Theft (PPC s.379)", "date", "2019-03-02", "court", "Sessions Court Lahore",
                        "sentence", "2 years imprisonment"),
                Map.of("offence", "Forgery (PPC s.468)", "date", "2021-06", "court", "Magistrate Rawalpindi",
                        "sentence", "Fine of Rs 50,000"))));
        assertThat(replied.get("status").asString()).isEqualTo("RESPONDED");
        JsonNode convictions = replied.get("criminalRecord").get("convictions");
        assertThat(convictions).hasSize(2);
        assertThat(convictions.get(0).get("court").asString()).isEqualTo("Sessions Court Lahore");
        assertThat(convictions.get(1).get("date").asString()).isEqualTo("2021-06");
        assertThat(replied.get("clocks").findValuesAsString("state")).containsExactly("MET", "MET");
        assertThat(api.get(officer, CASES + "/" + id).json().get("criminalRecord").get("convictions")).hasSize(2);
    }

    @Test
    void anExtraditionIsAcceptedOnlyUnderAnArrangementWithAssurances() {
        long id = open(api, officer, newCase("EXTRADITION", "OUTGOING", unique("Shahid Iqbal "))).get("id").asLong();
        step(api, officer, id, "acknowledge", null);
        step(api, officer, id, "review", null);
        ApiClient.Response early = api.post(officer, CASES + "/" + id + "/accept", Map.of());
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("detail").asString()).contains("s.194");

        ApiClient.Response noAssurance = api.post(officer, CASES + "/" + id + "/arrangement", Map.of("reference",
                "SEA-2026-03", "agreedOn", today().toString(), "assurances", List.of()));
        assertThat(noAssurance.json().get("errors").findValuesAsString("field")).containsExactly("assurances");

        JsonNode arranged = step(api, officer, id, "arrangement", Map.of("reference", "SEA-2026-03",
                "agreedOn", today().toString(), "assurances", List.of(
                        Map.of("kind", "NO_DEATH_PENALTY", "text", "The death penalty will not be sought",
                                "givenBy", "Ministry of Interior"),
                        Map.of("kind", "SPECIALITY", "text", "Tried only for the offence surrendered for"))));
        assertThat(arranged.get("extradition").get("arrangementBasis").asString()).contains("s.194");
        assertThat(arranged.get("extradition").get("assurances").findValuesAsString("kind"))
                .containsExactly("NO_DEATH_PENALTY", "SPECIALITY");
        assertThat(step(api, officer, id, "accept", null).get("status").asString()).isEqualTo("EXECUTING");
        assertThat(step(api, officer, id, "respond", Map.of("note", "Surrendered at Heathrow")).get("status")
                .asString()).isEqualTo("RESPONDED");
    }

    @Test
    void onlyCaseOfficersWorkCasesAndAnalystsSeeNoCases() {
        String analyst = users.user(Role.ANALYST).username();
        assertThat(api.get(analyst, CASES).status()).isEqualTo(403);
        assertThat(api.post(users.user(Role.LIST_OFFICER).username(), CASES,
                newCase("NARCOTICS", "INCOMING", null)).status()).isEqualTo(403);
        assertThat(api.get(analyst, "/api/v1/cooperation/policy").json().get("acknowledgeDays").asInt()).isEqualTo(7);
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        String docs = api.get(officer, "/v3/api-docs").body();
        assertThat(docs).contains("/api/v1/cooperation/cases/{id}/schedule", "/api/v1/cooperation/statistics",
                "/api/v1/cooperation/cases/{id}/messages");
    }
}
