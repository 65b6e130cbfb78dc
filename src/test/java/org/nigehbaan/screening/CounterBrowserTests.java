package org.nigehbaan.screening;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.Browser;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.nigehbaan.support.Viewport;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counter at 3 a.m. on a 1366×768 screen: whatever the decision and however the traveller was entered, the
 * decision is on the screen and has the focus when the page arrives; a STOP holds the counter until the officer
 * acknowledges it; a review refused for want of a note keeps the hit on the page.
 */
@IntegrationTest
@Tag("browser")
class CounterBrowserTests {

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;

    String listedPassport;
    long listedEntry;

    @BeforeEach
    void listAPerson() throws InterruptedException {
        users.user(Role.BORDER_OFFICER);
        String officer = users.user(Role.LIST_OFFICER).username();
        String approver = users.user(Role.LIST_APPROVER).username();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        listedPassport = ScreeningTestData.freshPassport();
        Map<String, Object> person = ScreeningTestData.person("Sikandar Hayat Bhatti", "1979", null, listedPassport);
        person.put("fatherName", "Karam Din Bhatti");
        listedEntry = api.post(officer, "/api/v1/control-list/entries", ScreeningTestData.proposal("PCL",
                "DEPORTED_ILLEGAL_MIGRATION", person, today.minusDays(3))).json().get("id").asLong();
        api.post(approver, "/api/v1/control-list/entries/" + listedEntry + "/approve", null);
        awaitDecision(Map.of("fullName", "Sikandar Hayat Bhatti", "passportNumbers", java.util.List.of(listedPassport)),
                "STOP");
    }

    @Test
    void theDecisionIsOnScreenAndFocusedAfterAStopAReferAndAClearTypedAndByMrz() {
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn("border_officer", TestUsers.PASSWORD);
            Viewport.resize(b, 1366, 768);

            b.go("/screening");
            b.type("fullName", "Sikandar Hayat Bhatti").type("passportNumber", listedPassport).submit("screen");
            assertDecisionInView(b, "STOP", "typed STOP");
            assertThat(b.text("instruction")).contains("Do not let the traveller leave");
            assertThat(b.text("listing-0")).as("the listing's own identity beside the hit")
                    .contains("Sikandar Hayat Bhatti", "Karam Din Bhatti", listedPassport);
            assertThat(b.driver().findElement(By.id("listing-link-0")).getAttribute("href"))
                    .endsWith("/control-list/entries/" + listedEntry);
            acknowledge(b);

            b.type("fullName", "Sikandar Hayat Bhatti").type("dateOfBirth-year", "1979").submit("screen");
            assertDecisionInView(b, "REFER", "typed REFER");

            b.type("fullName", "Nobody Listed Anywhere").submit("screen");
            assertDecisionInView(b, "CLEAR", "typed CLEAR");

            b.type("mrz", ScreeningTestData.td3("BHATTI", "SIKANDAR HAYAT", listedPassport, "790101", 'M')).submit("screen");
            assertDecisionInView(b, "STOP", "STOP by MRZ");
            acknowledge(b);

            b.type("mrz", ScreeningTestData.td3("BHATTI", "SIKANDAR HAYAT", ScreeningTestData.freshPassport(), "790101",
                    'M')).submit("screen");
            assertDecisionInView(b, "REFER", "REFER by MRZ");

            b.type("mrz", ScreeningTestData.td3("QURESHI", "ZAINAB", ScreeningTestData.freshPassport(), "950607", 'F'))
                    .submit("screen");
            assertDecisionInView(b, "CLEAR", "CLEAR by MRZ");
            b.screenshot("counter-1366x768-clear-mrz");
        }
    }

    @Test
    void aStopHoldsTheCounterUntilTheOfficerAcknowledgesIt() {
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn("border_officer", TestUsers.PASSWORD).go("/screening");
            b.type("fullName", "Sikandar Hayat Bhatti").type("passportNumber", listedPassport).submit("screen");
            assertThat(b.text("decision")).contains("STOP");
            assertThat(b.driver().findElements(By.id("screening-form"))).as("no form for the next traveller").isEmpty();
            assertThat(b.text("counter-held")).contains("acknowledge");

            b.go("/screening");
            assertThat(b.text("decision")).as("coming back to the counter shows the STOP again").contains("STOP");

            b.submit("acknowledge");
            assertThat(b.text("error-summary")).contains("Acknowledgement");
            assertThat(b.text("decision")).contains("STOP");

            acknowledge(b);
            assertThat(b.text("acknowledged-banner")).contains("ready for the next traveller");
            assertThat(Viewport.focused(b)).as("the next traveller's MRZ box has the focus").isEqualTo("mrz");
        }
    }

    @Test
    void aReviewWithoutANoteKeepsTheHitAndSaysWhatIsMissing() {
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn("border_officer", TestUsers.PASSWORD).go("/screening");
            b.type("fullName", "Sikandar Hayat Bhatti").type("dateOfBirth-year", "1979").submit("screen");
            assertThat(b.text("decision")).contains("REFER");
            b.submit("not-this-person-0");
            assertThat(b.text("error-summary")).contains("What you checked: is required");
            assertThat(b.text("hit-0")).as("the hit is still there to review").contains("Sikandar Hayat Bhatti");
            assertThat(b.driver().findElement(By.cssSelector("#error-summary a")).getAttribute("href")).endsWith("#note-0");
            assertThat(b.driver().findElements(By.id("note-0"))).hasSize(1);

            b.type("note-0", "Date of birth differs on NADRA record").submit("not-this-person-0");
            assertThat(b.text("reviewed-banner")).contains("not this person");
            assertThat(b.text("reviewed-0")).contains("not the listed person");
        }
    }

    private static void assertDecisionInView(Browser b, String decision, String what) {
        assertThat(b.text("decision")).as(what).contains(decision);
        assertThat(Viewport.inside(b, "decision")).as(what + ": the banner is inside the 1366×768 window, at "
                + Viewport.box(b, "decision")).isTrue();
        assertThat(Viewport.focused(b)).as(what + ": the result has the focus").isEqualTo("result");
    }

    private static void acknowledge(Browser b) {
        b.click("acknowledged").submit("acknowledge");
    }

    private void awaitDecision(Map<String, Object> traveller, String wanted) throws InterruptedException {
        String decision = "";
        for (int i = 0; i < 100 && !decision.equals(wanted); i++) {
            if (i > 0) {
                Thread.sleep(100);
            }
            decision = api.post("border_officer", "/api/v1/screenings", Map.of("purpose", "EXIT", "location", "TEST",
                    "traveller", traveller)).json().get("decision").asString();
        }
        assertThat(decision).as("the approved entry reaches the screening index").isEqualTo(wanted);
    }
}
