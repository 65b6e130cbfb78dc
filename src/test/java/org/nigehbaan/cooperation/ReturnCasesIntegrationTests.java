package org.nigehbaan.cooperation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nigehbaan.cooperation.CaseFixtures.CASES;
import static org.nigehbaan.cooperation.CaseFixtures.newCase;
import static org.nigehbaan.cooperation.CaseFixtures.unique;
import static org.nigehbaan.cooperation.CaseFixtures.with;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Returns: nationality verified through NADRA, notice, travel document validity, and the ReturnCompleted event a
 * completed return publishes for the control list. MockMvc runs requests on the test's thread, so the published
 * events are recorded.
 */
@IntegrationTest
@RecordApplicationEvents
class ReturnCasesIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    TestUsers users;

    String officer;

    @BeforeEach
    void officer() {
        officer = users.user(Role.CASE_OFFICER).username();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Karachi"));
    }

    @Test
    void aCompletedReturnOfAnIllegalMigrantPublishesReturnCompletedForThePcl() throws Exception {
        String name = unique("Waqas Ahmed ");
        JsonNode c = call("POST", CASES, with(newCase("RETURN", "INCOMING", name), "externalReference", "HO-RET-77",
                "requestingAuthority", "UK Home Office, Immigration Enforcement"), 201);
        long id = c.get("id").asLong();
        assertThat(c.get("reference").asString()).matches("RET-IN-\\d{4}-\\d{5}");
        assertThat(c.get("return").get("nationalityVerification").get("status").asString()).isEqualTo("PENDING");
        call("POST", CASES + "/" + id + "/acknowledge", Map.of(), 200);
        call("POST", CASES + "/" + id + "/review", Map.of(), 200);

        LocalDate returnDate = today().plusDays(15);
        JsonNode unverified = call("POST", CASES + "/" + id + "/schedule", Map.of("returnDate", returnDate.toString()), 422);
        assertThat(unverified.get("detail").asString()).contains("NADRA");
        JsonNode verified = call("POST", CASES + "/" + id + "/nationality-verification",
                Map.of("outcome", "VERIFIED", "reference", "NADRA-NV-2026-1181"), 200);
        assertThat(verified.get("return").get("nationalityVerification").get("verifiedBy").asString()).isEqualTo("NADRA");

        JsonNode shortNotice = call("POST", CASES + "/" + id + "/schedule",
                Map.of("returnDate", today().plusDays(14).toString()), 400);
        assertThat(shortNotice.get("errors").findValuesAsString("field")).containsExactly("returnDate");
        JsonNode shortDocument = call("POST", CASES + "/" + id + "/schedule", Map.of("returnDate", returnDate.toString(),
                "travelDocument", Map.of("kind", "PASSPORT", "number", "AB7654321", "issuingCountry", "PAK",
                        "expiresOn", returnDate.plusMonths(6).minusDays(1).toString())), 400);
        assertThat(shortDocument.get("errors").findValuesAsString("field")).containsExactly("travelDocument.expiresOn");

        JsonNode scheduled = call("POST", CASES + "/" + id + "/schedule", Map.of("returnDate", returnDate.toString()), 200);
        assertThat(scheduled.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(scheduled.get("nextDueOn").asString()).isEqualTo(returnDate.toString());
        assertThat(events.stream(ReturnCompleted.class)).isEmpty();

        JsonNode future = call("POST", CASES + "/" + id + "/complete", Map.of("returnedOn", today().plusDays(1).toString()), 400);
        assertThat(future.get("errors").get(0).get("field").asString()).isEqualTo("returnedOn");
        assertThat(events.stream(ReturnCompleted.class)).as("a refused completion publishes nothing").isEmpty();

        JsonNode completed = call("POST", CASES + "/" + id + "/complete", Map.of("note", "Arrived on PK-786"), 200);
        assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.get("return").get("returnedOn").asString()).isEqualTo(today().toString());

        List<ReturnCompleted> published = events.stream(ReturnCompleted.class).toList();
        assertThat(published).hasSize(1);
        ReturnCompleted e = published.get(0);
        assertThat(e.caseId()).isEqualTo(id);
        assertThat(e.caseReference()).isEqualTo(c.get("reference").asString());
        assertThat(e.subject().fullName()).isEqualTo(name);
        assertThat(e.subject().cnic()).isEqualTo("35202-1234567-1");
        assertThat(e.subject().passportNumbers()).containsExactly("AB1234567");
        assertThat(e.returnDate()).isEqualTo(today());
        assertThat(e.removedForIllegalMigration()).isTrue();
        assertThat(e.requestingAuthority()).isEqualTo("UK Home Office, Immigration Enforcement");
        assertThat(e.completedBy()).isEqualTo(officer);
        assertThat(e.externalReference()).isEqualTo("HO-RET-77");
        assertThat(e.nationalityReference()).isEqualTo("NADRA-NV-2026-1181");
        assertThat(e.direction()).isEqualTo(Direction.INCOMING);
    }

    @Test
    void everyCompletedReturnPublishesTheEventAndSaysWhetherItWasForIllegalMigration() throws Exception {
        Map<String, Object> body = with(newCase("RETURN", "INCOMING", unique("Rizwan Ali ")),
                "receivedOn", today().minusDays(40).toString(),
                "return", Map.of("removedForIllegalMigration", false));
        long id = call("POST", CASES, body, 201).get("id").asLong();
        call("POST", CASES + "/" + id + "/acknowledge", Map.of("on", today().minusDays(39).toString()), 200);
        call("POST", CASES + "/" + id + "/review", Map.of(), 200);
        call("POST", CASES + "/" + id + "/nationality-verification", Map.of("outcome", "VERIFIED", "reference", "NV-2",
                "on", today().minusDays(35).toString()), 200);
        // Notice given 30 days ago for a return 10 days ago; the return is recorded late.
        call("POST", CASES + "/" + id + "/schedule", Map.of("returnDate", today().minusDays(10).toString(),
                "noticeGivenOn", today().minusDays(30).toString(), "travelDocument", Map.of("kind", "PASSPORT",
                        "number", "CD1234567", "issuingCountry", "PAK", "expiresOn", today().plusYears(3).toString())), 200);
        JsonNode done = call("POST", CASES + "/" + id + "/complete", Map.of("returnedOn", today().minusDays(9).toString()), 200);
        assertThat(done.get("clocks").get(2).get("state").asString()).isEqualTo("MISSED");
        List<ReturnCompleted> published = events.stream(ReturnCompleted.class).toList();
        assertThat(published).hasSize(1);
        assertThat(published.get(0).removedForIllegalMigration()).isFalse();
        assertThat(published.get(0).returnDate()).isEqualTo(today().minusDays(9));
        assertThat(published.get(0).nationalityReference()).isEqualTo("NV-2");
    }

    @Test
    void aReturnWhoseNationalityIsNotVerifiedIsRefusedNotScheduled() throws Exception {
        long id = call("POST", CASES, newCase("RETURN", "INCOMING", unique("Unknown Person ")), 201).get("id").asLong();
        call("POST", CASES + "/" + id + "/acknowledge", Map.of(), 200);
        call("POST", CASES + "/" + id + "/nationality-verification", Map.of("outcome", "NOT_VERIFIED",
                "reference", "NADRA-NO-MATCH-5"), 200);
        call("POST", CASES + "/" + id + "/review", Map.of(), 200);
        call("POST", CASES + "/" + id + "/schedule", Map.of("returnDate", today().plusDays(20).toString()), 422);
        JsonNode refused = call("POST", CASES + "/" + id + "/refuse", Map.of("reason",
                "NADRA found no record of Pakistani nationality"), 200);
        assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.get("clocks").get(1).get("state").asString()).isEqualTo("MET");
        assertThat(events.stream(ReturnCompleted.class)).isEmpty();
    }

    private JsonNode call(String method, String path, Object body, int expected) throws Exception {
        var req = ("GET".equals(method) ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))).with(httpBasic(officer, TestUsers.PASSWORD))
                .accept(MediaType.APPLICATION_JSON);
        MvcResult r = mvc.perform(req).andReturn();
        String text = r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(method + " " + path + ": " + text).isEqualTo(expected);
        return JSON.readTree(text);
    }
}
