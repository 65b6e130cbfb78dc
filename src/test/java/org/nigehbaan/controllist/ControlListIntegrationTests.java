package org.nigehbaan.controllist;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditQuery;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.controllist.internal.EntryStore;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.MutableClock;
import org.nigehbaan.support.PublishedEvents;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ControlListIntegrationTests {

    static final ZoneId PKT = ZoneId.of("Asia/Karachi");
    static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
    @Autowired
    PublishedEvents events;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EntryStore store;

    String officer;
    String approver;
    String approver2;

    @BeforeEach
    void users() {
        officer = users.user(Role.LIST_OFFICER).username();
        approver = users.user(Role.LIST_APPROVER).username();
        approver2 = users.user("list_approver_2", Role.LIST_APPROVER).username();
        users.user("officer_approver", Role.LIST_OFFICER, Role.LIST_APPROVER);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PKT);
    }

    static String uniqueName() {
        return "Zafar Iqbal Testcase" + (char) ('A' + SEQ.get() % 26) + SEQ.incrementAndGet();
    }

    Map<String, Object> proposal(String list, String ground, String name, String effectiveFrom) {
        Map<String, Object> person = new HashMap<>();
        person.put("fullName", name);
        person.put("aliases", List.of("Zafar Iqbal"));
        person.put("dateOfBirth", "1984-03-02");
        person.put("gender", "M");
        person.put("nationality", "PAK");
        person.put("cnic", "35202-1234567-1");
        person.put("passportNumbers", List.of("AB1234567"));
        Map<String, Object> body = new HashMap<>();
        body.put("list", list);
        body.put("ground", ground);
        body.put("person", person);
        body.put("legalBasis", "Passports Rules 2021 r.22");
        body.put("referringAgency", "FIA");
        body.put("reason", "Deported from Greece for illegal entry");
        body.put("effectiveFrom", effectiveFrom);
        body.put("noticeServedOn", today().toString());
        return body;
    }

    long propose(Map<String, Object> body) {
        ApiClient.Response r = api.post(officer, "/api/v1/control-list/entries", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void aDeporteeIsProposedForFiveYearsFromDeportationThenApprovedByAnotherUser() {
        LocalDate deported = today().minusMonths(2);
        ApiClient.Response r = api.post(officer, "/api/v1/control-list/entries",
                proposal("PCL", "DEPORTED_ILLEGAL_MIGRATION", uniqueName(), deported.toString()));
        assertThat(r.status()).isEqualTo(201);
        JsonNode e = r.json();
        assertThat(e.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(e.get("expiresOn").asString()).isEqualTo(deported.plusYears(5).toString());
        long id = e.get("id").asLong();

        ApiClient.Response approved = api.post(approver, "/api/v1/control-list/entries/" + id + "/approve",
                Map.of("comment", "grounds verified"));
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(approved.json().get("decidedBy").asString()).isEqualTo(approver);
        assertThat(events.stream(EntryActivated.class).filter(a -> a.entryId() == id)).hasSize(1);

        JsonNode view = api.get(officer, "/api/v1/control-list/entries/" + id).json();
        assertThat(view.get("history").findValuesAsString("action")).containsExactly("PROPOSED", "ACTIVATED");
        assertThat(audit.page(new AuditQuery(null, "controllist.entry", "ControlListEntry", Long.toString(id), null, null),
                PageRequest.of(0, 20)).items()).extracting(a -> a.action())
                .contains("controllist.entry.proposed", "controllist.entry.activated", "controllist.entry.viewed");
    }

    @Test
    void theProposerCanNeverApproveEvenHoldingTheApproverRole() {
        ApiClient.Response r = api.post("officer_approver", "/api/v1/control-list/entries",
                proposal("PCL", "PASSPORT_MISUSE", uniqueName(), today().toString()));
        long id = r.json().get("id").asLong();
        ApiClient.Response self = api.post("officer_approver", "/api/v1/control-list/entries/" + id + "/approve", null);
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.json().get("detail").asString()).contains("proposer can never approve");
        assertThat(api.get(officer, "/api/v1/control-list/entries/" + id).json().get("status").asString())
                .isEqualTo("PROPOSED");
    }

    @Test
    void sexOffenderListingsAreRefusedUntilAnApprovedPolicyChangeTurnsThemOn() {
        Map<String, Object> body = proposal("PCL", "SEX_OFFENDER", uniqueName(), today().toString());
        ApiClient.Response refused = api.post(officer, "/api/v1/control-list/entries", body);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("policy switch is off");

        JsonNode requested = api.post("admin", "/api/v1/control-list/policy/grounds/SEX_OFFENDER",
                Map.of("enabled", true, "reason", "Cabinet decision 12/2026")).json();
        long changeId = requested.get("changes").get(0).get("id").asLong();
        assertThat(api.post(officer, "/api/v1/control-list/entries", body).status()).as("not yet approved").isEqualTo(409);

        assertThat(api.post(approver, "/api/v1/control-list/policy/changes/" + changeId + "/approve", null).status())
                .isEqualTo(200);
        try {
            assertThat(api.post(officer, "/api/v1/control-list/entries", body).status()).isEqualTo(201);
            assertThat(audit.page(new AuditQuery("admin", "controllist.policy", null, null, null, null),
                    PageRequest.of(0, 5)).total()).isGreaterThanOrEqualTo(1);
            assertThat(audit.page(new AuditQuery(approver, "controllist.policy.changed", null, null, null, null),
                    PageRequest.of(0, 5)).total()).isGreaterThanOrEqualTo(1);
        } finally {
            JsonNode off = api.post("admin", "/api/v1/control-list/policy/grounds/SEX_OFFENDER",
                    Map.of("enabled", false, "reason", "test cleanup")).json();
            api.post(approver2, "/api/v1/control-list/policy/changes/" + off.get("changes").get(0).get("id").asLong()
                    + "/approve", null);
        }
        assertThat(api.post(officer, "/api/v1/control-list/entries", body).status()).isEqualTo(409);
    }

    @Test
    void anEntryStopsBeingActiveAtItsExpiryInstantBeforeTheJobRunsAndTheJobRecordsIt() {
        long id = propose(proposal("ECL", "CORRUPTION", uniqueName(), today().toString()));
        api.post(approver, "/api/v1/control-list/entries/" + id + "/approve", null);
        LocalDate ends = today().plusDays(120);
        assertThat(api.get(officer, "/api/v1/control-list/entries/" + id).json().get("expiresOn").asString())
                .isEqualTo(ends.toString());

        clock.set(ends.atStartOfDay(PKT).toInstant().minusSeconds(1));
        assertThat(api.get(officer, "/api/v1/control-list/entries/" + id).json().get("status").asString()).isEqualTo("ACTIVE");
        clock.set(ends.atStartOfDay(PKT).toInstant());
        assertThat(api.get(officer, "/api/v1/control-list/entries/" + id).json().get("status").asString()).isEqualTo("EXPIRED");
        String activeIds = api.get(officer, "/api/v1/control-list/entries?status=ACTIVE&q=" + id + "&size=500").body();
        assertThat(activeIds).doesNotContain("\"id\":" + id + ",");
        assertThat(jdbc.sql("select status from cl_entry where id = ?").param(id).query(String.class).single())
                .as("nothing recorded yet").isEqualTo("ACTIVE");

        int expired = 0;
        int n;
        do {
            n = serviceExpire();
            expired += n;
        } while (n > 0);
        assertThat(expired).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select status from cl_entry where id = ?").param(id).query(String.class).single())
                .isEqualTo("EXPIRED");
        assertThat(events.stream(EntryEnded.class).filter(x -> x.entryId() == id && x.status() == EntryStatus.EXPIRED))
                .hasSize(1);
    }

    @Autowired
    ControlListService service;

    int serviceExpire() {
        return service.expireLapsed(500);
    }

    @Test
    void anExtensionNeedsASecondApproverAndAnEclOrderIsExtendedOnlyOnceBy90Days() {
        long id = propose(proposal("ECL", "HUMAN_TRAFFICKING", uniqueName(), today().toString()));
        api.post(approver, "/api/v1/control-list/entries/" + id + "/approve", null);
        LocalDate end = today().plusDays(120);

        ApiClient.Response tooLong = api.post(officer, "/api/v1/control-list/entries/" + id + "/extend",
                Map.of("expiresOn", end.plusDays(91).toString(), "reason", "investigation continues"));
        assertThat(tooLong.status()).isEqualTo(409);

        ApiClient.Response asked = api.post(officer, "/api/v1/control-list/entries/" + id + "/extend",
                Map.of("expiresOn", end.plusDays(90).toString(), "reason", "investigation continues"));
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.json().get("expiresOn").asString()).isEqualTo(end.toString());
        assertThat(asked.json().get("pendingChange").get("type").asString()).isEqualTo("EXTENSION");

        JsonNode done = api.post(approver2, "/api/v1/control-list/entries/" + id + "/approve", null).json();
        assertThat(done.get("expiresOn").asString()).isEqualTo(end.plusDays(90).toString());
        assertThat(done.get("extensions").asInt()).isEqualTo(1);

        ApiClient.Response second = api.post(officer, "/api/v1/control-list/entries/" + id + "/extend",
                Map.of("expiresOn", end.plusDays(100).toString(), "reason", "again"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asString()).contains("already had 1 extension");
    }

    @Test
    void aListOfficerAsksForRemovalAndAnApproverDecides() {
        long id = propose(proposal("PCL", "COURT_DIRECTION", uniqueName(), today().toString()));
        api.post(approver, "/api/v1/control-list/entries/" + id + "/approve", null);
        ApiClient.Response noReason = api.post(officer, "/api/v1/control-list/entries/" + id + "/remove", Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        JsonNode asked = api.post(officer, "/api/v1/control-list/entries/" + id + "/remove",
                Map.of("reason", "Court order of 1 June lifted")).json();
        assertThat(asked.get("status").asString()).isEqualTo("ACTIVE");
        JsonNode removed = api.post(approver, "/api/v1/control-list/entries/" + id + "/approve", null).json();
        assertThat(removed.get("status").asString()).isEqualTo("REMOVED");
        assertThat(events.stream(EntryEnded.class).filter(x -> x.entryId() == id && x.status() == EntryStatus.REMOVED))
                .hasSize(1);
        assertThat(api.post(approver, "/api/v1/control-list/entries/" + id + "/approve", null).status()).isEqualTo(409);
    }

    @Test
    void statisticsShowEveryListGroundAndStatusWithCountsUnderFiveSuppressed() {
        propose(proposal("PCL", "COURT_DIRECTION", uniqueName(), today().toString()));
        ApiClient.Response r = api.get(users.user(Role.ANALYST).username(), "/api/v1/control-list/statistics");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("Zafar Iqbal", "fullName", "cnic");
        EntryStore.StatisticsCounts counted = store.statistics(clock.instant(), today());
        JsonNode entries = r.json().get("entries");
        assertThat(entries).as("every ground and status, zeros too").hasSize(Ground.values().length * EntryStatus.values().length);
        for (JsonNode e : entries) {
            long n = counted.entries(Ground.valueOf(e.get("ground").asString()), EntryStatus.valueOf(e.get("status").asString()));
            assertThat(e.get("count").asString()).as(e.toString()).isEqualTo(n < 5 ? "<5" : Long.toString(n));
        }
        assertThat(counted.entries(Ground.COURT_DIRECTION, EntryStatus.PROPOSED)).isPositive();
        for (String field : List.of("awaitingDecision", "representationsOpen", "representationsOverdue", "noticeOverdue")) {
            assertThat(r.json().get(field).asString()).as(field).matches("<5|([5-9]|[1-9][0-9]+)");
        }
        long awaiting = counted.awaitingDecision();
        assertThat(r.json().get("awaitingDecision").asString()).isEqualTo(awaiting < 5 ? "<5" : Long.toString(awaiting));
    }

    @Test
    void aRepresentationMustBeDecidedWithin30DaysAndShowsOverdueAfter() {
        long id = propose(proposal("PCL", "PASSPORT_MISUSE", uniqueName(), today().toString()));
        api.post(approver, "/api/v1/control-list/entries/" + id + "/approve", null);
        JsonNode filed = api.post(officer, "/api/v1/control-list/entries/" + id + "/representations",
                Map.of("receivedOn", today().toString(), "summary", "I never held that passport")).json();
        JsonNode rep = filed.get("representations").get(0);
        assertThat(rep.get("decideBy").asString()).isEqualTo(today().plusDays(30).toString());
        assertThat(rep.get("overdue").asBoolean()).isFalse();
        assertThat(rep.get("withinWindow").asBoolean()).isTrue();

        clock.advance(Duration.ofDays(31));
        JsonNode later = api.get(officer, "/api/v1/control-list/entries/" + id).json().get("representations").get(0);
        assertThat(later.get("overdue").asBoolean()).isTrue();
        assertThat(store.statistics(clock.instant(), today()).representationsOverdue()).as("counted")
                .isGreaterThanOrEqualTo(1);
        assertThat(api.get(approver, "/api/v1/control-list/statistics").json().get("representationsOverdue").asString())
                .as("published as a figure").matches("<5|([5-9]|[1-9][0-9]+)");

        JsonNode upheld = api.post(approver, "/api/v1/control-list/entries/" + id + "/representations/"
                + rep.get("id").asLong() + "/decision", Map.of("outcome", "UPHELD", "note", "Passport belonged to another")).json();
        assertThat(upheld.get("status").asString()).isEqualTo("REMOVED");
        assertThat(upheld.get("representations").get(0).get("outcome").asString()).isEqualTo("UPHELD");
    }

    @Test
    void badJsonNamesTheFieldsAndStoresNothing() {
        long before = jdbc.sql("select count(*) from cl_entry").query(Long.class).single();
        Map<String, Object> body = proposal("PCL", "DEPORTED_ILLEGAL_MIGRATION", "", today().plusDays(3).toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) body.get("person");
        person.put("cnic", "35202-123");
        person.put("dateOfBirth", "1984-02-30");
        body.put("legalBasis", " ");
        ApiClient.Response r = api.post(officer, "/api/v1/control-list/entries", body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "person.fullName", "person.dateOfBirth", "person.cnic", "legalBasis", "effectiveFrom");

        ApiClient.Response wrongGround = api.post(officer, "/api/v1/control-list/entries",
                proposal("ECL", "DEPORTED_ILLEGAL_MIGRATION", uniqueName(), today().toString()));
        assertThat(wrongGround.status()).isEqualTo(400);
        assertThat(wrongGround.json().get("errors").get(0).get("message").asString()).contains("belongs to the PCL");

        ApiClient.Response unknownGround = api.post(officer, "/api/v1/control-list/entries",
                proposal("PCL", "JAYWALKING", uniqueName(), today().toString()));
        assertThat(unknownGround.json().get("errors").get(0).get("field").asString()).isEqualTo("ground");

        ApiClient.Response lapsed = api.post(officer, "/api/v1/control-list/entries",
                proposal("PCL", "DEPORTED_ILLEGAL_MIGRATION", uniqueName(), today().minusYears(6).toString()));
        assertThat(lapsed.json().get("errors").get(0).get("message").asString()).contains("ended on");

        ApiClient.Response typeError = api.post(officer, "/api/v1/control-list/entries",
                "{\"list\":\"PCL\",\"person\":{\"fullName\":\"A B\",\"aliases\":\"not-a-list\"}}");
        assertThat(typeError.status()).isEqualTo(400);
        assertThat(typeError.json().get("errors").get(0).get("field").asString()).isEqualTo("person.aliases");

        assertThat(api.get(officer, "/api/v1/control-list/entries?status=LIVE").json().get("errors").get(0)
                .get("field").asString()).isEqualTo("status");
        assertThat(jdbc.sql("select count(*) from cl_entry").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void approvingWithoutNoticeIsRefusedUnlessUrgentThenNoticeIsOverdueAfter24Hours() {
        Map<String, Object> body = proposal("ECL", "TERRORISM", uniqueName(), today().toString());
        body.remove("noticeServedOn");
        long id = propose(body);
        ApiClient.Response refused = api.post(approver, "/api/v1/control-list/entries/" + id + "/approve", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("notice");

        body.put("urgentSecurity", true);
        long urgent = propose(body);
        assertThat(api.post(approver, "/api/v1/control-list/entries/" + urgent + "/approve", null).status()).isEqualTo(200);
        clock.advance(Duration.ofHours(25));
        assertThat(api.get(officer, "/api/v1/control-list/entries/" + urgent).json().get("noticeOverdue").asBoolean())
                .isTrue();
        api.post(officer, "/api/v1/control-list/entries/" + urgent + "/notice", Map.of("servedOn", today().toString()));
        assertThat(api.get(officer, "/api/v1/control-list/entries/" + urgent).json().get("noticeOverdue").asBoolean())
                .isFalse();
    }

    @Test
    void officersSearchByNameCnicOrPassportAndApproversSeeTheirQueue() {
        String name = uniqueName();
        long id = propose(proposal("PCL", "PASSPORT_MISUSE", name, today().toString()));
        JsonNode byName = api.get(officer, "/api/v1/control-list/entries?q=" + name.split(" ")[2].toLowerCase()).json();
        assertThat(byName.get("items").findValuesAsString("fullName")).contains(name);
        JsonNode queue = api.get(approver, "/api/v1/control-list/entries?awaitingDecision=true&size=500").json();
        assertThat(queue.get("items").findValues("id").stream().map(JsonNode::asLong)).contains(id);
        JsonNode byPassport = api.get(officer, "/api/v1/control-list/entries?q=ab1234567&size=5").json();
        assertThat(byPassport.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(api.get(users.user(Role.ANALYST).username(), "/api/v1/control-list/entries").status()).isEqualTo(403);
    }

    @Test
    void unknownEntriesAre404ForThoseAllowedToAsk() {
        assertThat(api.get(officer, "/api/v1/control-list/entries/987654321").status()).isEqualTo(404);
        assertThat(api.post(approver, "/api/v1/control-list/entries/987654321/approve", null).status()).isEqualTo(404);
    }
}
