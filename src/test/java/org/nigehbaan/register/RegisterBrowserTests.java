package org.nigehbaan.register;

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
import org.nigehbaan.support.MutableClock;
import org.nigehbaan.support.TestUsers;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nigehbaan.register.RegisterTestData.conviction;
import static org.nigehbaan.register.RegisterTestData.registration;

/** The register's pages in Chromium: registration, the duty calendar, search, the disclosure log, the policy. */
@IntegrationTest
@Tag("browser")
class RegisterBrowserTests {

    static final String DISTRICT = "Lahore Browser";
    static final String OFFICER = "reg.browser";

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;

    LocalDate today;

    @BeforeEach
    void setUp() {
        users.user(OFFICER, "NPB", DISTRICT, Role.REGISTER_OFFICER);
        users.user(Role.AUDITOR);
        users.user(Role.ANALYST);
        today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Karachi")));
    }

    @Test
    void anOfficerRegistersAnOffenderSeesTheInitialDutyInTheCalendarRecordsItAndABadFormNamesTheFields() {
        LocalDate convicted = today.minusDays(30);
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn(OFFICER, TestUsers.PASSWORD).go("/register/registrants/new");
            assertThat(b.driver().findElement(By.id("stationDistrict")).getDomAttribute("value")).isEqualTo(DISTRICT);
            b.type("fullName", "Browser Registered Offender").type("person.dateOfBirth", "1").type("person.dateOfBirth-month", "7")
                    .type("person.dateOfBirth-year", "1985")
                    .type("cnic", RegisterTestData.freshCnic()).type("line1", "House 7, Model Town")
                    .type("city", "Lahore").type("offence", "376(1) PPC").type("court", "Sessions Court Lahore")
                    .type("convictions.0.convictedOn", String.valueOf(convicted.getDayOfMonth()))
                    .type("convictions.0.convictedOn-month", String.valueOf(convicted.getMonthValue()))
                    .type("convictions.0.convictedOn-year", String.valueOf(convicted.getYear())).type("sentenceLength", "2")
                    .type("riskReason", "Victim was a child").type("stationName", "PS Model Town");
            b.select("disposal", "IMPRISONMENT");
            b.select("sentenceUnit", "YEARS");
            b.select("riskLevel", "2");
            b.submit("register-offender");

            b.waitFor(By.id("registrant-name"));
            assertThat(b.text("registrant-name")).isEqualTo("Browser Registered Offender");
            assertThat(b.text("registered")).contains("entered on the register");
            assertThat(b.text("period")).contains(words(convicted.plusYears(10).minusDays(1)));
            assertThat(b.text("record-duties")).contains("Initial notification", words(today.plusDays(2)), "Open");
            String recordUrl = b.driver().getCurrentUrl();

            b.go("/register");
            assertThat(b.text("duties")).contains("Browser Registered Offender", "Initial notification");

            b.driver().get(recordUrl);
            b.select("notification-type", "INITIAL");
            b.submit("record-notification");
            b.waitFor(By.id("notified"));
            assertThat(b.text("record-duties")).contains("Met", "Periodic notification", words(today.plusYears(1)));

            // a bad form names the fields, keeps what was typed, and stores nothing
            b.go("/register/registrants/new");
            b.type("fullName", "Never Stored Person").type("offence", "PPC 999").type("convictions.0.convictedOn", "30")
                    .type("convictions.0.convictedOn-month", "2").type("convictions.0.convictedOn-year", "2021")
                    .type("sentenceLength", "two");
            b.submit("register-offender");
            b.waitFor(By.id("error-summary"));
            assertThat(b.text("error-summary")).contains("There is a problem", "Conviction 1: Length of the term");
            b.type("sentenceLength", "");
            b.submit("register-offender");
            b.waitFor(By.id("error-summary"));
            assertThat(b.text("error-summary")).as("labels, not field paths").contains("Conviction 1: Offence",
                    "PPC 999 is unknown", "Conviction 1: Date of conviction", "is not a real date",
                    "Address 1: Address line 1", "Risk level").doesNotContain("convictions[0]", "addresses[0]");
            assertThat(b.driver().findElement(By.id("fullName")).getDomProperty("value")).isEqualTo("Never Stored Person");
        }
        ApiClient.Response search = api.post(OFFICER, "/api/v1/register/search",
                Map.of("purpose", "OFFENDER_MANAGEMENT", "name", "Never Stored Person"));
        assertThat(search.json().get("results")).isEmpty();
    }

    private static String words(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH));
    }

    @Test
    void aSearchLeadsToTheRecordTheAuditorSeesBothDisclosuresTheAdminThePolicyTheAnalystCounts() {
        ApiClient.Response created = api.post(OFFICER, "/api/v1/register/registrants", registration(
                "Searched In Browser", DISTRICT, conviction("PECA 22", today.minusYears(1), "IMPRISONMENT", 4, "MONTHS")));
        long id = created.json().get("id").asLong();
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn(OFFICER, TestUsers.PASSWORD).go("/register/search");
            b.select("purpose", "OFFENDER_MANAGEMENT");
            b.type("name", "searched in browser").submit("search");
            b.waitFor(By.id("results"));
            b.submit("hit-" + id);
            b.waitFor(By.id("registrant-name"));
            assertThat(b.text("registrant-name")).isEqualTo("Searched In Browser");

            b.signOut().signIn("auditor", TestUsers.PASSWORD).go("/register/disclosures?registrantId=" + id);
            assertThat(b.text("disclosures")).contains(OFFICER, "Search", "View of a record", "Offender management");

            // the administrator sees the policy; the analyst only counts, and not the officers' pages
            b.signOut().signIn("admin", TestUsers.PASSWORD).go("/register/admin");
            assertThat(b.text("policy-title")).contains("UK Sexual Offences Act 2003");
            assertThat(b.text("policy-table")).contains("Caution", "2 years", "1 year");
            assertThat(b.text("offences")).contains("PPC 376", "PECA 22");

            b.signOut().signIn("analyst", TestUsers.PASSWORD).go("/register/statistics");
            assertThat(b.text("totals")).contains("Subject to notification");
            assertThat(b.pageText()).doesNotContain("Searched In Browser", "Browser Registered Offender");
            b.go("/register");
            assertThat(b.pageText()).contains("You cannot see this page");
        }
    }
}
