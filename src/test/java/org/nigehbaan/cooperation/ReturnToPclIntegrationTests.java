package org.nigehbaan.cooperation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
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
import static org.nigehbaan.cooperation.CaseFixtures.unique;
import static org.nigehbaan.cooperation.CaseFixtures.with;

/**
 * End to end over HTTP: a completed return of a person removed for illegal migration becomes, through the
 * ReturnCompleted event and the control-list module's listener, a PROPOSED DEPORTED_ILLEGAL_MIGRATION PCL entry
 * from the return date, waiting for a list approver.
 */
@IntegrationTest
class ReturnToPclIntegrationTests {

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;

    @Test
    void completingTheReturnOfAnIllegalMigrantProposesAPclEntryAnApproverSees() throws InterruptedException {
        String officer = users.user(Role.CASE_OFFICER).username();
        String approver = users.user(Role.LIST_APPROVER).username();
        String name = unique("Pcl Returnee ");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));

        long id = open(api, officer, with(newCase("RETURN", "INCOMING", name), "receivedOn",
                today.minusDays(30).toString())).get("id").asLong();
        step(api, officer, id, "acknowledge", Map.of("on", today.minusDays(29).toString()));
        step(api, officer, id, "review", null);
        step(api, officer, id, "nationality-verification", Map.of("outcome", "VERIFIED", "reference", "NADRA-E2E-1"));
        step(api, officer, id, "schedule", Map.of("returnDate", today.minusDays(5).toString(),
                "noticeGivenOn", today.minusDays(25).toString()));
        LocalDate returned = today.minusDays(4);
        step(api, officer, id, "complete", Map.of("returnedOn", returned.toString()));

        String query = "/api/v1/control-list/entries?status=PROPOSED&ground=DEPORTED_ILLEGAL_MIGRATION&q="
                + URLEncoder.encode(name, StandardCharsets.UTF_8);
        JsonNode found = api.get(approver, query).json();
        // The listener runs after the completing transaction commits, on another thread.
        for (int i = 0; i < 100 && found.get("total").asLong() == 0; i++) {
            Thread.sleep(100);
            found = api.get(approver, query).json();
        }
        assertThat(found.get("total").asLong()).as(found.toString()).isEqualTo(1);
        JsonNode entry = found.get("items").get(0);
        assertThat(entry.get("list").asString()).isEqualTo("PCL");
        assertThat(entry.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(entry.get("fullName").asString()).isEqualTo(name);
        assertThat(entry.get("effectiveFrom").asString()).isEqualTo(returned.toString());
        assertThat(entry.get("expiresOn").asString()).isEqualTo(returned.plusYears(5).toString());
        assertThat(entry.get("proposedBy").asString()).isEqualTo(officer);
    }
}
