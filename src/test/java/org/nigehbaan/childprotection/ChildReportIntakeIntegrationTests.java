package org.nigehbaan.childprotection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditQuery;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.MutableClock;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nigehbaan.childprotection.ChildReportTestData.report;
import static org.nigehbaan.childprotection.ChildReportTestData.uniqueId;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Intake three ways (platform API, helpline, public form) plus bulk, idempotency, bad input and who reads what. */
@IntegrationTest
class ChildReportIntakeIntegrationTests {

    static final String PLATFORM = "platform.intake";
    static final String OTHER_PLATFORM = "platform.intake.other";
    static final String OFFICER = "cpo.intake";
    static final String ANALYST = "analyst.intake";

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void accounts() {
        users.user(PLATFORM, "ExampleChat Inc.", null, Role.PLATFORM_REPORTER);
        users.user(OTHER_PLATFORM, "Hotline", null, Role.PLATFORM_REPORTER);
        users.user(OFFICER, "NCCIA", null, Role.CHILD_PROTECTION_OFFICER);
        users.user(ANALYST, "Delivery unit", null, Role.ANALYST);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    ApiClient.Response submit(String user, Map<String, Object> body) {
        return api.post(user, "/api/v1/child-reports", body);
    }

    @Test
    void aPlatformGetsAReferenceGradeAndDeadlineAtOnceAndTheSameSourceIdAgainGivesTheSameReport() {
        Instant now = Instant.parse("2026-05-04T09:00:00Z");
        clock.set(now);
        Map<String, Object> body = report();
        ApiClient.Response first = submit(PLATFORM, body);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String ref = first.json().get("reference").asString();
        assertThat(ref).matches("CR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(first.json().get("grade").asString()).isEqualTo("MEDIUM");
        assertThat(Instant.parse(first.json().get("dueBy").asString())).isEqualTo(now.plus(Duration.ofDays(7)));

        ApiClient.Response again = submit(PLATFORM, body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("reference").asString()).isEqualTo(ref);

        ApiClient.Response otherReporter = submit(OTHER_PLATFORM, body);
        assertThat(otherReporter.status()).isEqualTo(201);
        assertThat(otherReporter.json().get("reference").asString()).isNotEqualTo(ref);
    }

    @Test
    void urgentIndicatorsSetTheDefaultGrade() {
        Map<String, Object> body = report();
        ChildReportTestData.urgent(body).put("liveAbuse", true);
        assertThat(submit(PLATFORM, body).json().get("grade").asString()).isEqualTo("VERY_HIGH");
        Map<String, Object> young = report();
        young.put("incidentType", "HARASSMENT");
        young.put("victimAgeBand", "UNDER_13");
        assertThat(submit(PLATFORM, young).json().get("grade").asString()).isEqualTo("HIGH");
    }

    @Test
    void badInputIsA400NamingEveryFieldAndStoresNothing() {
        Map<String, Object> body = report();
        body.remove("incidentType");
        body.put("victimAgeBand", "TEENAGER");
        body.put("urls", List.of("ftp://example.com/x"));
        body.put("files", List.of(Map.of("sha256", "abc", "pdq", "f".repeat(63))));
        body.put("suspects", List.of(Map.of("phones", List.of("call me"), "emails", List.of("no-at-sign"))));
        ApiClient.Response r = submit(PLATFORM, body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .contains("incidentType", "victimAgeBand", "urls[0]", "files[0].sha256", "files[0].pdq",
                        "suspects[0].phones[0]", "suspects[0].emails[0]");
        ApiClient.Response wrongType = api.postRaw(PLATFORM, "/api/v1/child-reports",
                "{\"incidentType\":\"CSAM\",\"files\":[{\"sha256\":\"" + "a".repeat(64) + "\",\"size\":\"big\"}]}",
                "application/json");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body()).contains("files[0].size");
        assertThat(submit(PLATFORM, Map.of("sourceReportId", body.get("sourceReportId"), "incidentType", "CSAM"))
                .status()).as("the source id was not taken by the refused request").isEqualTo(201);
    }

    @Test
    void aHelplineOfficerSubmitsThroughTheApiAndThePlatformReadsBackOnlyItsOwnStatus() {
        String fromOfficer = submit(OFFICER, report()).json().get("reference").asString();
        JsonNode view = api.get(OFFICER, "/api/v1/child-reports/" + fromOfficer).json();
        assertThat(view.get("channel").asString()).isEqualTo("HELPLINE");
        assertThat(view.get("description").asString()).contains("group chat");

        Map<String, Object> body = report();
        String mine = submit(PLATFORM, body).json().get("reference").asString();
        ApiClient.Response status = api.get(PLATFORM, "/api/v1/child-reports/" + mine + "/status");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("status").asString()).isEqualTo("AWAITING_TRIAGE");
        assertThat(status.json().get("sourceReportId").asString()).isEqualTo(body.get("sourceReportId"));
        assertThat(status.body()).doesNotContain("group chat").doesNotContain("grade");
        assertThat(api.get(OTHER_PLATFORM, "/api/v1/child-reports/" + mine + "/status").status()).isEqualTo(404);
        assertThat(api.get(PLATFORM, "/api/v1/child-reports/" + mine).status()).isEqualTo(403);
        assertThat(api.get(PLATFORM, "/api/v1/child-reports").status()).isEqualTo(403);
    }

    @Test
    void anAnalystSeesCountsOnlyAndEveryOfficerViewIsAudited() {
        String ref = submit(PLATFORM, report()).json().get("reference").asString();
        assertThat(api.get(ANALYST, "/api/v1/child-reports/" + ref).status()).isEqualTo(403);
        assertThat(api.get(ANALYST, "/api/v1/child-reports").status()).isEqualTo(403);
        ApiClient.Response figures = api.get(ANALYST, "/api/v1/child-reports/figures");
        assertThat(figures.status()).isEqualTo(200);
        assertThat(figures.json().get("received").isNumber() || figures.json().get("received").asString().equals("<5"))
                .as("a count, or <5 under five").isTrue();
        assertThat(figures.body()).doesNotContain(ref).doesNotContain("description");

        api.get(OFFICER, "/api/v1/child-reports/" + ref);
        api.get(OFFICER, "/api/v1/child-reports/" + ref);
        assertThat(audit.page(new AuditQuery(OFFICER, "childreports.report.viewed", "ChildReport", ref, null, null),
                PageRequest.of(0, 10)).items()).hasSize(2)
                .allSatisfy(e -> assertThat(e.details()).doesNotContain("group chat"));
    }

    MockHttpServletRequestBuilder fromAddress(MockHttpServletRequestBuilder b, String address) {
        return b.with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    @Test
    void thePublicFormGivesAReferenceAtOnceAndTakesMoreInformationWithIt() throws Exception {
        String address = "10.12.0." + (int) (Math.random() * 250);
        MvcResult sent = mvc.perform(fromAddress(post("/report"), address)
                        .param("incidentType", "SEXTORTION").param("victimAgeBand", "AGE_13_15")
                        .param("sextortion", "true").param("platform", "PhotoApp")
                        .param("description", "Someone says he will post my pictures unless I pay.")
                        .param("suspectAccounts", "@" + uniqueId("blackmailer")).param("suspectPhones", "0301-7654321"))
                .andReturn();
        assertThat(sent.getResponse().getStatus()).as(sent.getResponse().getContentAsString()).isEqualTo(302);
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/report/received");
        String ref = (String) sent.getFlashMap().get("reference");
        MvcResult page = mvc.perform(get("/report/received").flashAttr("reference", ref)).andReturn();
        assertThat(page.getResponse().getContentAsString()).contains(ref);

        JsonNode view = api.get(OFFICER, "/api/v1/child-reports/" + ref).json();
        assertThat(view.get("channel").asString()).isEqualTo("PUBLIC_FORM");
        assertThat(view.get("grade").asString()).isEqualTo("HIGH");
        assertThat(view.get("suspects").get(0).get("phones").get(0).asString()).isEqualTo("+923017654321");

        MvcResult added = mvc.perform(fromAddress(post("/report/add"), address)
                .param("reference", ref.toLowerCase()).param("information", "He sent another message today.")).andReturn();
        assertThat(added.getResponse().getStatus()).isEqualTo(200);
        assertThat(added.getResponse().getContentAsString()).contains("id=\"added\"");
        assertThat(api.get(OFFICER, "/api/v1/child-reports/" + ref).json().get("additions").get(0).get("text")
                .asString()).isEqualTo("He sent another message today.");
        MvcResult unknown = mvc.perform(fromAddress(post("/report/add"), address)
                .param("reference", "CR-0000-0000-0000").param("information", "x")).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(unknown.getResponse().getContentAsString()).doesNotContain(ref);
    }

    @Test
    void thePublicFormIsLimitedPerClientAddress() throws Exception {
        String address = "10.13.0." + (int) (Math.random() * 250);
        for (int i = 0; i < 10; i++) {
            assertThat(mvc.perform(fromAddress(post("/report"), address).param("description", "no type"))
                    .andReturn().getResponse().getStatus()).isEqualTo(400);
        }
        MvcResult limited = mvc.perform(fromAddress(post("/report"), address).param("incidentType", "OTHER")).andReturn();
        assertThat(limited.getResponse().getStatus()).isEqualTo(429);
        assertThat(limited.getResponse().getHeader("Retry-After")).isNotNull();
        assertThat(limited.getResponse().getContentAsString()).contains("id=\"limited\"");
        assertThat(mvc.perform(fromAddress(post("/report"), address + "1").param("description", "no type"))
                .andReturn().getResponse().getStatus()).as("another address is not limited").isEqualTo(400);
    }

    @Test
    void theUrduFormIsRightToLeft() throws Exception {
        String page = mvc.perform(get("/report").param("lang", "ur")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("dir=\"rtl\"").contains("lang=\"ur\"").contains("رپورٹ بھیجیں");
        String english = mvc.perform(get("/report").param("lang", "en")).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("dir=\"ltr\"").contains("Send report");
    }

    @Test
    void bulkIntakeStoresValidLinesListsInvalidOnesAndChangesNothingWhenSentAgain() {
        Map<String, Object> a = report();
        Map<String, Object> b = report();
        Map<String, Object> invalid = report();
        invalid.put("incidentType", "NOT_A_TYPE");
        Map<String, Object> noSource = report();
        noSource.remove("sourceReportId");
        String body = String.join("\n", ApiClient.json(a), ApiClient.json(invalid), "", ApiClient.json(b),
                ApiClient.json(a), "not json", ApiClient.json(noSource)) + "\n";
        ApiClient.Response first = api.postRaw(PLATFORM, "/api/v1/child-reports/bulk", body, "application/x-ndjson");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode r = first.json();
        assertThat(r.get("lines").asLong()).isEqualTo(6);
        assertThat(r.get("created").asLong()).isEqualTo(2);
        assertThat(r.get("duplicates").asLong()).isEqualTo(1);
        assertThat(r.get("rejectedCount").asLong()).isEqualTo(3);
        assertThat(r.get("rejected").valueStream().map(x -> x.get("line").asLong()).toList()).containsExactly(2L, 6L, 7L);
        assertThat(r.get("rejected").get(0).get("errors").get(0).get("field").asString()).isEqualTo("incidentType");
        assertThat(r.get("rejected").get(2).get("errors").get(0).get("field").asString()).isEqualTo("sourceReportId");

        JsonNode again = api.postRaw(PLATFORM, "/api/v1/child-reports/bulk", body, "application/x-ndjson").json();
        assertThat(again.get("created").asLong()).isZero();
        assertThat(again.get("duplicates").asLong()).isEqualTo(3);
        assertThat(submit(PLATFORM, a).status()).as("a bulk line is the same report as the API's").isEqualTo(200);
    }
}
