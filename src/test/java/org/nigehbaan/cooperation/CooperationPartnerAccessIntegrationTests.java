package org.nigehbaan.cooperation;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.audit.AuditEntry;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditQuery;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nigehbaan.cooperation.CaseFixtures.CASES;
import static org.nigehbaan.cooperation.CaseFixtures.newCase;
import static org.nigehbaan.cooperation.CaseFixtures.open;
import static org.nigehbaan.cooperation.CaseFixtures.step;
import static org.nigehbaan.cooperation.CaseFixtures.unique;
import static org.nigehbaan.cooperation.CaseFixtures.with;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The UK liaison sees and acts on shared cases only, sees only their shared fields, and is audited throughout. */
@IntegrationTest
class CooperationPartnerAccessIntegrationTests {

    static final long NEVER_EXISTS = 987_654_321L;

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    AuditLog audit;
    @Autowired
    MockMvc mvc;

    String officer;
    String liaison;

    @BeforeEach
    void setUp() {
        officer = users.user(Role.CASE_OFFICER).username();
        liaison = users.user(Role.PARTNER_LIAISON).username();
    }

    @Test
    void aLiaisonCannotSeeAnUnsharedCaseNorLearnWhetherItExists() throws Exception {
        String name = unique("Hidden Person ");
        long hidden = open(api, officer, newCase("NARCOTICS", "INCOMING", name)).get("id").asLong();

        for (String path : List.of("", "/messages", "/attachments/1")) {
            ApiClient.Response unshared = api.get(liaison, CASES + "/" + hidden + path);
            ApiClient.Response missing = api.get(liaison, CASES + "/" + NEVER_EXISTS + path);
            assertThat(unshared.status()).as(path).isEqualTo(403);
            assertThat(missing.status()).as(path).isEqualTo(403);
            assertThat(withoutId(unshared, hidden)).as(path).isEqualTo(withoutId(missing, NEVER_EXISTS));
            assertThat(unshared.body()).doesNotContain(name);
        }
        assertThat(api.post(liaison, CASES + "/" + hidden + "/messages", Map.of("body", "hello")).status()).isEqualTo(403);
        assertThat(api.post(liaison, CASES + "/" + NEVER_EXISTS + "/messages", Map.of("body", "hello")).status())
                .isEqualTo(403);
        assertThat(api.post(liaison, CASES + "/" + hidden + "/messages/1/read", Map.of()).status()).isEqualTo(403);
        // the officer, for comparison, learns that one does not exist
        assertThat(api.get(officer, CASES + "/" + NEVER_EXISTS).status()).isEqualTo(404);

        // the page is refused the same way
        for (long id : new long[] {hidden, NEVER_EXISTS}) {
            assertThat(mvc.perform(get("/cooperation/cases/" + id).with(httpBasic(liaison, TestUsers.PASSWORD)))
                    .andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(api.get(liaison, CASES + "?includeClosed=true&size=500").body()).doesNotContain(
                "\"id\":" + hidden + ",");

        List<String> denied = audit.page(new AuditQuery(liaison, "cooperation.partner.access-denied", "CooperationCase",
                null, null, null), PageRequest.of(0, 100)).items().stream().map(AuditEntry::targetId).toList();
        assertThat(denied).contains(String.valueOf(hidden), String.valueOf(NEVER_EXISTS));
    }

    /** The problem body with the case id blanked out of its texts, to compare two refusals. */
    private static String withoutId(ApiClient.Response r, long id) {
        JsonNode p = r.json();
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (var e : p.properties()) {
            String v = e.getValue().isString() ? e.getValue().asString().replaceAll("(?<![0-9])" + id + "(?![0-9])", "ID")
                    : e.getValue().toString();
            parts.add(e.getKey() + "=" + v);
        }
        return String.join("; ", parts);
    }

    @Test
    void aLiaisonSeesOnlyTheFieldGroupsSharedWithTheUk() {
        String name = unique("Shared Person ");
        JsonNode created = open(api, officer, with(newCase("RETURN", "INCOMING", name), "sharedWithUk", true,
                "externalReference", "HO-PARTNER-1"));
        long id = created.get("id").asLong();
        assertThat(created.get("sharedFields").toString()).isEqualTo("[\"THREAD\"]");
        step(api, officer, id, "acknowledge", Map.of("note", "internal: check with FIA first"));

        JsonNode seen = api.get(liaison, CASES + "/" + id).json();
        assertThat(seen.get("reference").asString()).isEqualTo(created.get("reference").asString());
        assertThat(seen.get("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(seen.get("externalReference").asString()).isEqualTo("HO-PARTNER-1");
        assertThat(seen.get("clocks")).hasSize(2);
        assertThat(seen.has("subjects")).isFalse();
        assertThat(seen.has("summary")).isFalse();
        assertThat(seen.has("return")).isFalse();
        assertThat(seen.has("allowedActions")).isFalse();
        assertThat(seen.has("createdBy")).isFalse();
        assertThat(seen.get("timeline").findValuesAsString("action")).containsExactly("CREATED", "ACKNOWLEDGE");
        assertThat(seen.get("timeline").get(1).has("note")).isFalse();
        assertThat(seen.get("timeline").get(1).has("actor")).isFalse();
        assertThat(seen.toString()).doesNotContain(name, "35202", "internal: check", officer);

        JsonNode listed = api.get(liaison, CASES + "?q=" + created.get("reference").asString()).json().get("items").get(0);
        assertThat(listed.has("subjectNames")).isFalse();
        assertThat(api.get(liaison, CASES + "?q=" + name.substring(name.length() - 8)).json().get("total").asLong())
                .as("a liaison cannot find a case by a name it may not see").isZero();

        step(api, officer, id, "sharing", Map.of("sharedWithUk", true, "sharedFields",
                List.of("SUBJECTS", "DETAILS", "THREAD")));
        JsonNode more = api.get(liaison, CASES + "/" + id).json();
        assertThat(more.get("subjects").get(0).get("fullName").asString()).isEqualTo(name);
        assertThat(more.get("return").get("removedForIllegalMigration").asBoolean()).isTrue();
        assertThat(more.has("summary")).isFalse();
        assertThat(api.get(liaison, CASES + "?q=" + name.substring(name.length() - 8)).json().get("total").asLong())
                .isEqualTo(1);

        List<AuditEntry> views = audit.page(new AuditQuery(liaison, "cooperation.partner.case-viewed", "CooperationCase",
                String.valueOf(id), null, null), PageRequest.of(0, 10)).items();
        assertThat(views).hasSize(2);
        assertThat(views.get(0).details()).contains("DETAILS", "SUBJECTS", "THREAD").doesNotContain(name);
        assertThat(audit.page(new AuditQuery(liaison, "cooperation.partner.cases-listed", null, null, null, null),
                PageRequest.of(0, 1)).total()).isPositive();

        step(api, officer, id, "sharing", Map.of("sharedWithUk", false));
        assertThat(api.get(liaison, CASES + "/" + id).status()).as("unsharing cuts access at once").isEqualTo(403);
    }

    @Test
    void theThreadCarriesMessagesBothWaysWithReceipts() {
        long id = open(api, officer, with(newCase("MUTUAL_LEGAL_ASSISTANCE", "OUTGOING", null), "sharedWithUk", true,
                "sharedFields", List.of("THREAD"))).get("id").asLong();
        ApiClient.Response sent = api.post(officer, CASES + "/" + id + "/messages",
                Map.of("body", "Please confirm receipt of our request"));
        assertThat(sent.status()).isEqualTo(201);
        long ours = sent.json().get("id").asLong();
        assertThat(sent.json().get("receipt").asString()).isEqualTo("SENT");
        assertThat(sent.json().get("side").asString()).isEqualTo("PAKISTAN");

        JsonNode thread = api.get(liaison, CASES + "/" + id + "/messages").json();
        assertThat(thread.get(0).get("receipt").asString()).isEqualTo("DELIVERED");
        assertThat(api.post(liaison, CASES + "/" + id + "/messages/" + ours + "/read", Map.of()).json()
                .get("receipt").asString()).isEqualTo("READ");

        ApiClient.Response reply = api.post(liaison, CASES + "/" + id + "/messages", Map.of("body", "Received, thank you"));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("side").asString()).isEqualTo("UK");
        long theirs = reply.json().get("id").asLong();

        JsonNode row = api.get(officer, CASES + "?q=" + api.get(officer, CASES + "/" + id).json().get("reference")
                .asString()).json().get("items").get(0);
        assertThat(row.get("unreadMessages").asLong()).isEqualTo(1);
        assertThat(api.post(officer, CASES + "/" + id + "/messages/" + ours + "/read", Map.of()).status())
                .as("a side does not read its own message").isEqualTo(409);
        api.post(officer, CASES + "/" + id + "/messages/" + theirs + "/read", Map.of());
        JsonNode both = api.get(officer, CASES + "/" + id + "/messages").json();
        assertThat(both.findValuesAsString("receipt")).containsExactly("READ", "READ");

        assertThat(api.post(liaison, CASES + "/" + id + "/messages", Map.of("body", " ")).json().get("errors").get(0)
                .get("field").asString()).isEqualTo("body");
        assertThat(audit.page(new AuditQuery(liaison, "cooperation.partner.", "CooperationCase", String.valueOf(id), null,
                null), PageRequest.of(0, 20)).items()).extracting(AuditEntry::action).contains(
                "cooperation.partner.thread-viewed", "cooperation.partner.message-read",
                "cooperation.partner.message-posted");
    }

    @Test
    void aSharedCaseWhoseThreadIsNotSharedKeepsItsMessages() {
        long id = open(api, officer, with(newCase("NARCOTICS", "INCOMING", null), "sharedWithUk", true,
                "sharedFields", List.of("SUMMARY"))).get("id").asLong();
        api.post(officer, CASES + "/" + id + "/messages", Map.of("body", "internal"));
        assertThat(api.get(liaison, CASES + "/" + id).json().get("summary").asString()).contains("bank transfers");
        assertThat(api.get(liaison, CASES + "/" + id + "/messages").status()).isEqualTo(403);
        assertThat(api.post(liaison, CASES + "/" + id + "/messages", Map.of("body", "x")).status()).isEqualTo(403);
    }

    @Test
    void aLiaisonCannotWorkCasesEvenSharedOnes() {
        long id = open(api, officer, with(newCase("NARCOTICS", "INCOMING", null), "sharedWithUk", true))
                .get("id").asLong();
        for (String s : List.of("acknowledge", "refuse", "sharing", "respond")) {
            assertThat(api.post(liaison, CASES + "/" + id + "/" + s, Map.of("reason", "x")).status()).as(s).isEqualTo(403);
        }
        assertThat(api.post(liaison, CASES, newCase("NARCOTICS", "INCOMING", null)).status()).isEqualTo(403);
        assertThat(api.get(officer, CASES + "/" + id).json().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(api.get(liaison, "/api/v1/cooperation/statistics").status()).isEqualTo(403);
    }
}
