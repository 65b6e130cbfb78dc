package org.nigehbaan.cooperation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.Browser;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Tag("browser")
class CooperationBrowserTests {

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;

    @Test
    void anOfficerOpensAReturnCaseWorksItAndTalksToTheUkLiaisonWhoSeesOnlyWhatIsShared() throws Exception {
        String officer = users.user(Role.CASE_OFFICER).username();
        String liaison = users.user(Role.PARTNER_LIAISON).username();
        String name = CaseFixtures.unique("Browser Returnee ");
        byte[] pdf = "%PDF-1.4\n% removal directions\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Path file = Files.createTempFile("removal-directions", ".pdf");
        Files.write(file, pdf);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        String reference;
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn(officer, TestUsers.PASSWORD).go("/cooperation");
            b.submit("new-case");
            b.submit(b.waitFor(By.id("type-RETURN")));
            b.waitFor(By.id("new-case-form"));
            b.type("externalReference", "HO-BROWSER-1").type("subjects.0.fullName", name)
                    .type("subjects.0.cnic", "35202-7654321-3").type("subjects.0.nationality", "PAK")
                    .type("travelDocumentNumber", "ETD1122334").type("travelDocumentCountry", "PAK")
                    .type("returnDetails.travelDocument.expiresOn", "31")
                    .type("returnDetails.travelDocument.expiresOn-month", "12")
                    .type("returnDetails.travelDocument.expiresOn-year", "2099");
            b.click("removedForIllegalMigration").click("sharedWithUk").click("share-THREAD").submit("create-case");

            reference = b.waitFor(By.id("case-reference")).getText();
            assertThat(reference).matches("RET-IN-\\d{4}-\\d{5}");
            assertThat(b.text("case-status")).isEqualTo("Received");
            assertThat(b.text("subjects")).contains(name);
            assertThat(b.text("clocks")).contains("Acknowledge", "On track");

            b.submit("action-ACKNOWLEDGE");
            b.waitFor(By.id("done"));
            assertThat(b.text("case-status")).isEqualTo("Acknowledged");
            assertThat(b.text("timeline")).contains("Receipt acknowledged");

            b.type("message-body", "Removal directions attached; please confirm the flight.");
            b.driver().findElement(By.id("message-files")).sendKeys(file.toString());
            b.submit("send-message");
            b.waitFor(By.id("done"));
            assertThat(b.text("thread")).contains("Removal directions attached", file.getFileName().toString(), sha);

            b.type("message-body", "").submit("send-message");
            assertThat(b.waitFor(By.id("error-summary")).getText()).contains("Message: is required");
        } finally {
            Files.deleteIfExists(file);
        }

        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn(liaison, TestUsers.PASSWORD).go("/cooperation?q=" + reference);
            assertThat(b.waitFor(By.id("cases")).getText()).contains(reference).doesNotContain(name);
            b.submit(b.driver().findElement(By.linkText(reference)));
            assertThat(b.waitFor(By.id("case-reference")).getText()).isEqualTo(reference);
            assertThat(b.pageText()).contains("Subjects are not shared with the UK.").doesNotContain(name, "35202");
            assertThat(b.text("thread")).contains("Removal directions attached", sha);
            assertThat(b.driver().findElements(By.id("actions"))).isEmpty();
            b.type("message-body", "Flight PK-758 confirmed.").submit("send-message");
            b.waitFor(By.id("done"));
            assertThat(b.text("thread")).contains("Flight PK-758 confirmed.", "United Kingdom");
        }
    }

    @Test
    void aBadNewCaseFormNamesTheFieldsAndAnAnalystSeesTheFigures() {
        String officer = users.user(Role.CASE_OFFICER).username();
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn(officer, TestUsers.PASSWORD).go("/cooperation/cases/new?type=EXTRADITION");
            b.waitFor(By.id("new-case-form"));
            b.type("receivedOn", "31/01/2026").submit("create-case");
            String errors = b.waitFor(By.id("error-summary")).getText();
            assertThat(errors).as("labels, not field paths").contains("Received on", "Offence: is required",
                    "Subject 1: Full name: is required").doesNotContain("subjects[0]", "receivedOn");
        }
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn(users.user(Role.ANALYST).username(), TestUsers.PASSWORD).go("/cooperation/statistics");
            assertThat(b.waitFor(By.id("statistics")).getText()).contains("Extradition", "All cases");
        }
    }
}
