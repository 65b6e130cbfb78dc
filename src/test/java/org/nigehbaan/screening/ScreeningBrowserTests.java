package org.nigehbaan.screening;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Tag("browser")
class ScreeningBrowserTests {

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;

    @Test
    void aBorderOfficerScreensATravellerSeesTheReferralAndRecordsANamesake() throws Exception {
        users.user(Role.BORDER_OFFICER);
        String officer = users.user(Role.LIST_OFFICER).username();
        String approver = users.user(Role.LIST_APPROVER).username();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        long id = api.post(officer, "/api/v1/control-list/entries", ScreeningTestData.proposal("PCL",
                "DEPORTED_ILLEGAL_MIGRATION", ScreeningTestData.person("Ghulam Mustafa Jatoi", "1983",
                        ScreeningTestData.freshCnic(), null), today.minusDays(5))).json().get("id").asLong();
        api.post(approver, "/api/v1/control-list/entries/" + id + "/approve", null);
        awaitReferral("Ghulam Mustafa Jatoi", "1983-04-04");
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn("border_officer", TestUsers.PASSWORD).go("/screening");
            b.type("fullName", "Ghulam Mustafa Jatoi").type("dateOfBirth", "4").type("dateOfBirth-month", "4")
                    .type("dateOfBirth-year", "1983")
                    .type("passportNumber", ScreeningTestData.freshPassport()).type("location", "ISB-T1-C03").submit("screen");
            assertThat(b.text("decision")).contains("REFER");
            assertThat(b.text("hit-0")).contains("Ghulam Mustafa Jatoi", "Passport Control List", "CL-" + id);
            b.screenshot("screening-counter-refer");
            b.type("note-0", "Father's name differs; NADRA verisys checked").submit("not-this-person-0");
            assertThat(b.text("reviewed-banner")).contains("not this person");
            assertThat(b.driver().findElement(By.id("location")).getAttribute("value")).as("the counter is remembered")
                    .isEqualTo("ISB-T1-C03");
        }
    }

    @Test
    void aBorderOfficerUploadsAManifestAndSeesEveryPassengersDecision() throws Exception {
        users.user(Role.BORDER_OFFICER);
        Path file = Files.createTempFile("manifest", ".edi");
        Files.writeString(file, org.nigehbaan.screening.paxlst.SyntheticManifest.generate(40, 3));
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn("border_officer", TestUsers.PASSWORD).go("/screening/manifest");
            b.driver().findElement(By.id("file")).sendKeys(file.toString());
            b.submit("upload");
            assertThat(b.driver().findElements(By.cssSelector("#manifest-results tbody tr"))).hasSize(40);
            assertThat(b.text("passenger-0")).as("each passenger's name beside the decision").matches("(?s).*\\p{L}{2,}.*");
            assertThat(b.driver().findElements(By.id("print"))).hasSize(1);
            b.screenshot("screening-manifest");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aManifestPassengerWhoCannotBeScreenedIsReferredAndAHitIsReviewedFromTheManifest() throws Exception {
        users.user(Role.BORDER_OFFICER);
        String officer = users.user(Role.LIST_OFFICER).username();
        String approver = users.user(Role.LIST_APPROVER).username();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        String cnic = ScreeningTestData.freshCnic();
        long id = api.post(officer, "/api/v1/control-list/entries", ScreeningTestData.proposal("PCL",
                "DEPORTED_ILLEGAL_MIGRATION", ScreeningTestData.person("Manifest Listed Passenger", "1981", cnic, null),
                today.minusDays(5))).json().get("id").asLong();
        api.post(approver, "/api/v1/control-list/entries/" + id + "/approve", null);
        awaitReferral("Manifest Listed Passenger", "1981-07-07");
        Path file = Files.createTempFile("manifest", ".csv");
        Files.writeString(file, String.join("\n", "ref,full_name,date_of_birth,nationality,gender,passport_number,cnic",
                "P1,Manifest Listed Passenger,1981-07-07,PAK,M,,",
                "P2,Bad Birth Date,1981-13-40,PAK,M,,",
                "P3,Ordinary Passenger,1990,PAK,F,,"));
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn("border_officer", TestUsers.PASSWORD).go("/screening/manifest");
            b.driver().findElement(By.id("file")).sendKeys(file.toString());
            b.submit("upload");
            assertThat(b.text("passenger-0")).contains("Manifest Listed Passenger", "REFER", "CL-" + id);
            assertThat(b.text("passenger-1")).as("never silence").contains("Bad Birth Date", "REFER", "by hand");
            assertThat(b.text("passenger-2")).contains("Ordinary Passenger", "CLEAR");
            b.type("note-0-CL-" + id, "Different father's name on NADRA record")
                    .submit("not-this-person-0-CL-" + id);
            assertThat(b.text("reviewed-banner")).contains("not this person");
            assertThat(b.text("passenger-0")).contains("not the listed person");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Waits (up to 10 s) until the approved entry has reached the screening index, so the counter can find it. */
    private void awaitReferral(String name, String dateOfBirth) throws InterruptedException {
        Map<String, Object> request = Map.of("purpose", "EXIT", "location", "TEST",
                "traveller", ScreeningTestData.person(name, dateOfBirth, null, null));
        String decision = "";
        for (int i = 0; i < 100 && !decision.equals("REFER"); i++) {
            if (i > 0) {
                Thread.sleep(100);
            }
            decision = api.post("border_officer", "/api/v1/screenings", request).json().get("decision").asString();
        }
        assertThat(decision).as("the approved entry reaches the screening index").isEqualTo("REFER");
    }
}
