package org.nigehbaan.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page says what waits for each role, with counts and the most urgent items, from each module's API. */
@IntegrationTest
class HomeWorkListIntegrationTests {

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;

    @Test
    void anApproverSeesTheProposalsWaitingForTheirDecisionButNotTheirOwnRole() {
        String officer = users.user(Role.LIST_OFFICER).username();
        String approver = users.user("home.approver", Role.LIST_APPROVER).username();
        String name = "Home Worklist Person " + System.nanoTime() % 100000;
        ApiClient.Response proposed = api.post(officer, "/api/v1/control-list/entries", Map.of("list", "PCL",
                "ground", "COURT_DIRECTION", "person", Map.of("fullName", name), "legalBasis", "Passports Rules 2021 r.22",
                "referringAgency", "FIA", "reason", "Court direction to keep the person in Pakistan",
                "noticeServedOn", LocalDate.now(ZoneId.of("Asia/Karachi")).toString(),
                "expiresOn", LocalDate.now(ZoneId.of("Asia/Karachi")).plusDays(60).toString()));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);

        String home = html(approver);
        assertThat(home).contains("Waiting for you", "waiting for your decision", name);
        assertThat(home).doesNotContain("in the last 24 hours with no review");

        assertThat(html(officer)).contains("waiting for another officer&#39;s approval");
    }

    @Test
    void aBorderOfficerSeesReferralsTheyHaveNotReviewed() {
        String border = users.user(Role.BORDER_OFFICER).username();
        String home = html(border);
        assertThat(home).contains("in the last 24 hours with no review", "by you in the last 24 hours")
                .doesNotContain("waiting for your decision");
    }

    @Test
    void aCaseOfficerSeesDeadlinesAndUnreadMessages() {
        String officer = users.user(Role.CASE_OFFICER).username();
        assertThat(html(officer)).contains("past a deadline", "with unread messages from the other side");
    }

    @Test
    void anApproverSeesImportsSomeoneElseStagedAndTheImporterDoesNot() throws Exception {
        String officer = users.user(Role.LIST_OFFICER).username();
        String approver = users.user("home.approver", Role.LIST_APPROVER).username();
        java.io.StringWriter csv = new java.io.StringWriter();
        String prefix = "HOME-" + System.nanoTime() % 1_000_000;
        org.nigehbaan.controllist.ImportCsvGenerator.write(csv, prefix, 3, 5, LocalDate.now(ZoneId.of("Asia/Karachi")));
        String reference = "HOME-WL-" + System.nanoTime() % 100000;
        ApiClient.Response staged = api.postRaw(officer, "/api/v1/control-list/imports?approvalReference=" + reference
                + "&source=" + prefix, csv.toString(), "text/csv");
        assertThat(staged.status()).as(staged.body()).isEqualTo(202);

        assertThat(html(approver)).contains("waiting for your approval", reference,
                "/control-list/imports/" + staged.json().get("importId").asLong());
        assertThat(html(officer)).doesNotContain(reference);
    }

    @Test
    void anAdministratorSeesRoleGrantsAnotherAdministratorAskedFor() {
        String second = users.user("home.second.admin", Role.ADMIN).username();
        String username = "home.pending." + System.nanoTime() % 100000;
        ApiClient.Response created = api.post("admin", "/api/v1/users", Map.of("username", username,
                "displayName", "Pending Auditor", "agency", "MOI", "password", TestUsers.PASSWORD,
                "roles", List.of("AUDITOR")));
        assertThat(created.status()).as(created.body()).isIn(200, 201, 202);

        assertThat(html(second)).contains("waiting for a second administrator", username);
        assertThat(html("admin")).as("the asking administrator waits for someone else")
                .contains("of your role grants waiting for another administrator");
    }

    private String html(String user) {
        ApiClient.Response r = api.send(user, "GET", "/", null, null);
        assertThat(r.status()).isEqualTo(200);
        return r.body();
    }
}
