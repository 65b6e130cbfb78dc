package org.nigehbaan.controllist;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.Browser;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.MutableClock;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Tag("browser")
class ControlListBrowserTests {

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;

    @Test
    void anAdministratorStagesAnImportAndAListApproverApprovesIt() throws Exception {
        users.user(Role.LIST_APPROVER);
        String id = "BROWSER-IMPORT-" + System.nanoTime();
        LocalDate deported = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Karachi")).minusDays(20);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("import", ".csv");
        java.nio.file.Files.writeString(file, ImportCsvGenerator.HEADER + "\n" + id
                + ",PCL,DEPORTED_ILLEGAL_MIGRATION,Browser Imported Person,,1979,M,PAK,,," + deported
                + ",,Passports Rules 2021 r.22,Deported from Oman\n");
        String importUrl;
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn("admin", TestUsers.PASSWORD).go("/control-list/imports");
            b.type("approvalReference", "MOI-PCL-BROWSER");
            b.driver().findElement(org.openqa.selenium.By.id("file")).sendKeys(file.toString());
            b.submit("import-submit");
            assertThat(b.text("import-status")).contains("STAGED").contains("nothing below is listed");
            assertThat(b.text("import-counts")).contains("Would create 1");
            assertThat(b.pageText()).doesNotContain("Approve the import");
            importUrl = b.driver().getCurrentUrl();
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn("list_approver", TestUsers.PASSWORD);
            b.driver().get(importUrl);
            b.screenshot("control-list-import-staged");
            b.type("comment", "Checked against the Ministry's approval").submit("approve-import");
            assertThat(b.text("done-banner")).contains("Import approved");
            assertThat(b.text("import-status")).contains("APPROVED").contains("list_approver");
            assertThat(b.text("manifest-sha")).hasSize(64);
            b.screenshot("control-list-import-approved");
        }
    }

    @Test
    void anOfficerProposesAnEntryAndASecondUserApprovesIt() {
        users.user(Role.LIST_OFFICER);
        users.user(Role.LIST_APPROVER);
        String name = "Browser Test Deportee " + System.nanoTime() % 100000;
        LocalDate deported = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Karachi")).minusDays(10);
        String entryUrl;
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn("list_officer", TestUsers.PASSWORD).go("/control-list").submit("propose-link");
            b.select("ground", "DEPORTED_ILLEGAL_MIGRATION");
            b.type("person.fullName", name).type("person.dateOfBirth-month", "4").type("person.dateOfBirth-year", "1988").type("person.cnic", "35202-7654321-3")
                    .type("legalBasis", "Passports Rules 2021 r.22").type("referringAgency", "FIA")
                    .type("reason", "Deported from Turkey for illegal entry");
            setDate(b, "effectiveFrom", deported);
            setDate(b, "noticeServedOn", deported);
            b.submit("propose-submit");
            assertThat(b.text("entry-status")).isEqualTo("Proposed");
            assertThat(b.text("entry-expires")).isEqualTo(deported.plusYears(5)
                    .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)));
            assertThat(b.pageText()).doesNotContain("Approve");
            entryUrl = b.driver().getCurrentUrl();
        }
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn("list_approver", TestUsers.PASSWORD).go("/control-list/approvals");
            assertThat(b.text("approvals")).contains(name);
            b.screenshot("control-list-approvals");
            b.driver().get(entryUrl);
            b.type("comment", "Verified with FIA deportation record").submit("approve");
            assertThat(b.text("entry-status")).isEqualTo("Active");
            assertThat(b.text("history")).contains("Proposed", "Approved and active", "list_approver");
            b.screenshot("control-list-entry");
        }
    }

    @Test
    void aProposalWithMistakesShowsEachFieldsProblem() {
        users.user(Role.LIST_OFFICER);
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn("list_officer", TestUsers.PASSWORD).go("/control-list/new");
            b.type("person.cnic", "12345").type("person.dateOfBirth", "30").type("person.dateOfBirth-month", "2")
                    .type("person.dateOfBirth-year", "1990").submit("propose-submit");
            assertThat(b.text("error-summary")).as("labels, not field paths").contains("Ground: is required",
                    "Full name: is required", "CNIC:", "Date of birth:", "not a real date", "Legal basis: is required",
                    "Reason: is required").doesNotContain("person.", "legalBasis");
            assertThat(b.driver().findElement(org.openqa.selenium.By.cssSelector("#error-summary a[href='#person.dateOfBirth']"))
                    .getText()).as("each error links to its field").startsWith("Date of birth");
        }
    }

    /** Types a date into a GOV.UK date input's three boxes. */
    private static void setDate(Browser b, String id, LocalDate date) {
        b.type(id, String.valueOf(date.getDayOfMonth())).type(id + "-month", String.valueOf(date.getMonthValue()))
                .type(id + "-year", String.valueOf(date.getYear()));
    }
}
