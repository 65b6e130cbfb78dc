package org.nigehbaan.screening;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.Browser;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Tag("browser")
class RedressBrowserTests {

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;

    @Test
    void aBorderSupervisorConfirmsAnOfficersNotThisPersonFromTheQueue() throws Exception {
        users.user(Role.BORDER_OFFICER);
        users.user(Role.BORDER_SUPERVISOR);
        String officer = users.user(Role.LIST_OFFICER).username();
        String approver = users.user(Role.LIST_APPROVER).username();
        String name = "Queue Namesake " + (System.nanoTime() % 100_000);
        long entry = api.post(officer, "/api/v1/control-list/entries", ScreeningTestData.proposal("PCL",
                "DEPORTED_ILLEGAL_MIGRATION", ScreeningTestData.person(name, "1982", ScreeningTestData.freshCnic(), null),
                LocalDate.now(ZoneId.of("Asia/Karachi")).minusDays(5))).json().get("id").asLong();
        api.post(approver, "/api/v1/control-list/entries/" + entry + "/approve", null);
        Map<String, Object> request = Map.of("purpose", "EXIT", "traveller",
                ScreeningTestData.person(name, "1982-02-02", null, ScreeningTestData.freshPassport()));
        JsonNode s = api.post("border_officer", "/api/v1/screenings", request).json();
        for (int i = 0; i < 100 && !s.get("decision").asString().equals("REFER"); i++) {
            Thread.sleep(50);
            s = api.post("border_officer", "/api/v1/screenings", request).json();
        }
        long redress = api.post("border_officer", "/api/v1/screenings/" + s.get("id").asString() + "/hits/" + entry
                + "/review", Map.of("outcome", "NOT_THIS_PERSON", "note", "Different father's name")).json()
                .get("redressId").asLong();
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn("border_supervisor", TestUsers.PASSWORD).go("/");
            assertThat(b.pageText()).as("the home page says what waits")
                    .contains("waiting for a supervisor's confirmation", name);
            b.go("/screening/redress");
            assertThat(b.text("redress-" + redress)).contains(name, "PENDING", "Different father's name");
            b.screenshot("screening-redress-queue");
            b.type("note-" + redress, "NADRA record checked").submit("confirm-" + redress);
            assertThat(b.text("redress-done")).contains("confirmed");
            b.go("/screening/redress?status=CONFIRMED");
            assertThat(b.text("redress-" + redress)).contains("CONFIRMED", "border_supervisor");
        }
    }
}
