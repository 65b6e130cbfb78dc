package org.nigehbaan.childprotection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.register.RegisterTestData;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nigehbaan.childprotection.ChildReportTestData.report;
import static org.nigehbaan.childprotection.ChildReportTestData.suspect;

/**
 * Suspects against the register: a match raises an alert on the report and one for the register officers of the
 * registrant's district (the reference and the reasons only); a suspect in the UK lets an officer open a
 * cooperation case from the report.
 */
@IntegrationTest
class ChildReportRegisterIntegrationTests {

    static final String PLATFORM = "platform.register";
    static final String OFFICER = "cpo.register";
    static final String DISTRICT = "Multan CP";
    static final String REGISTER_OFFICER = "reg.cp.multan";
    static final String OTHER_REGISTER_OFFICER = "reg.cp.quetta";

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;

    @BeforeEach
    void accounts() {
        users.user(PLATFORM, "Hotline", null, Role.PLATFORM_REPORTER);
        users.user(OFFICER, "NCCIA", null, Role.CHILD_PROTECTION_OFFICER);
        users.user(REGISTER_OFFICER, "NPB", DISTRICT, Role.REGISTER_OFFICER);
        users.user(OTHER_REGISTER_OFFICER, "Balochistan Police", "Quetta CP", Role.REGISTER_OFFICER);
    }

    long register(String name) {
        ApiClient.Response r = api.post(REGISTER_OFFICER, "/api/v1/register/registrants",
                RegisterTestData.registration(name, DISTRICT, RegisterTestData.conviction("376(1) PPC",
                        LocalDate.now().minusMonths(2), "IMPRISONMENT", 2, "YEARS")));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void aSuspectMatchingARegistrantAlertsTheReportAndTheRegisterOfficersOfTheDistrict() {
        api.post(PLATFORM, "/api/v1/child-reports", report()); // the registrant index is loaded before the registration
        long registrant = register("Shahbaz Iqbal Wattoo");
        Map<String, Object> body = report();
        Map<String, Object> s = suspect(List.of("Shahbaz Iqbal Wattoo"), List.of("wattoo_1980"), List.of(), List.of());
        s.put("dateOfBirth", "1980-04-12");
        body.put("suspects", List.of(s));
        ApiClient.Response submitted = api.post(PLATFORM, "/api/v1/child-reports", body);
        assertThat(submitted.json().get("grade").asString()).as("a register match raises CSAM to HIGH").isEqualTo("HIGH");
        String ref = submitted.json().get("reference").asString();

        JsonNode alerts = api.get(OFFICER, "/api/v1/child-reports/" + ref).json().get("alerts");
        JsonNode alert = alerts.valueStream().filter(a -> a.get("registrantId").asLong() == registrant).findFirst()
                .orElseThrow();
        assertThat(alert.get("score").asDouble()).isGreaterThanOrEqualTo(0.8);
        assertThat(alert.get("reasons").valueStream().map(JsonNode::asString).toList()).anyMatch(r -> r.startsWith("name"));

        JsonNode registerSide = api.get(REGISTER_OFFICER, "/api/v1/register/alerts").json().get("items");
        JsonNode mine = registerSide.valueStream().filter(a -> a.get("sourceReference").asString().equals(ref))
                .findFirst().orElseThrow();
        assertThat(mine.get("registrantId").asLong()).isEqualTo(registrant);
        assertThat(mine.get("source").asString()).isEqualTo("CHILD_REPORT");
        assertThat(mine.toString()).as("purpose-bound: nothing of the report's content")
                .doesNotContain("group chat").doesNotContain("wattoo_1980").doesNotContain("CSAM");
        assertThat(api.get(OTHER_REGISTER_OFFICER, "/api/v1/register/alerts").json().get("items").valueStream()
                .map(a -> a.get("sourceReference").asString())).doesNotContain(ref);
        assertThat(api.get(OFFICER, "/api/v1/register/alerts").status()).isEqualTo(403);

        ApiClient.Response ack = api.post(REGISTER_OFFICER, "/api/v1/register/alerts/" + mine.get("id").asLong()
                + "/acknowledge", Map.of("note", "Verification visit booked"));
        assertThat(ack.status()).as(ack.body()).isEqualTo(200);
        assertThat(ack.json().get("acknowledgedBy").asString()).isEqualTo(REGISTER_OFFICER);
    }

    @Test
    void aSuspectWithoutANameOrUnlikeAnyRegistrantRaisesNoAlert() {
        Map<String, Object> body = report();
        body.put("suspects", List.of(suspect(List.of("Xerxes Quillfeather Zamboni"), List.of(), List.of(), List.of())));
        String ref = api.post(PLATFORM, "/api/v1/child-reports", body).json().get("reference").asString();
        assertThat(api.get(OFFICER, "/api/v1/child-reports/" + ref).json().get("alerts")).isEmpty();
    }

    @Test
    void aSuspectInTheUkLetsTheOfficerOpenACooperationCaseOnce() {
        Map<String, Object> body = report();
        Map<String, Object> uk = suspect(List.of("Daniel Whitmore"), List.of(), List.of("+44 7700 900123"), List.of());
        Map<String, Object> local = suspect(List.of("Kashif Mehmood"), List.of(), List.of("0300 1112223"), List.of());
        body.put("suspects", List.of(local, uk));
        String ref = api.post(PLATFORM, "/api/v1/child-reports", body).json().get("reference").asString();
        JsonNode suspects = api.get(OFFICER, "/api/v1/child-reports/" + ref).json().get("suspects");
        assertThat(suspects.get(0).get("ukIndicators")).isEmpty();
        assertThat(suspects.get(1).get("ukIndicators").get(0).asString()).isEqualTo("UK phone +447700900123");

        assertThat(api.post(OFFICER, "/api/v1/child-reports/" + ref + "/cooperation-case", Map.of("suspect", 0))
                .status()).as("nothing places suspect 0 in the UK").isEqualTo(409);
        ApiClient.Response opened = api.post(OFFICER, "/api/v1/child-reports/" + ref + "/cooperation-case",
                Map.of("suspect", 1));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String caseRef = opened.json().get("caseReference").asString();
        assertThat(caseRef).startsWith("MLA-OUT-");
        assertThat(api.post(OFFICER, "/api/v1/child-reports/" + ref + "/cooperation-case", Map.of("suspect", 1))
                .status()).isEqualTo(409);
        JsonNode timeline = api.get(OFFICER, "/api/v1/child-reports/" + ref).json().get("actions");
        assertThat(timeline.valueStream().filter(a -> a.get("action").asString().equals("COOPERATION_CASE_OPENED")))
                .singleElement().satisfies(a -> assertThat(a.get("note").asString()).contains(caseRef));
        users.user(Role.CASE_OFFICER);
        JsonNode cases = api.get("case_officer", "/api/v1/cooperation/cases?size=500").json().get("items");
        assertThat(cases.valueStream().filter(c -> c.get("reference").asString().equals(caseRef))).singleElement()
                .satisfies(c -> assertThat(c.get("type").asString()).isEqualTo("MUTUAL_LEGAL_ASSISTANCE"));
    }
}
