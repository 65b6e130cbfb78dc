package org.nigehbaan.accounts;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.Browser;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Tag("browser")
class UsersBrowserTests {

    @Autowired
    ApiClient api;

    @Test
    void anAdministratorSignsInAndCreatesAnOfficerWhoCanThenSignIn() {
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn("admin", TestUsers.PASSWORD).go("/users");
            b.type("username", "browser.officer").type("displayName", "Browser Officer").type("agency", "FIA")
                    .type("password", "browser-officer-pw");
            b.click("role-BORDER_OFFICER").submit("create-user");
            assertThat(b.text("users")).contains("browser.officer", "BORDER_OFFICER");
            b.signOut().signIn("browser.officer", "browser-officer-pw");
            assertThat(b.pageText()).contains("Browser Officer");
        }
    }

    @Test
    void aWrongPasswordShowsAnErrorAndTheFormAgain() {
        try (Browser b = Browser.open(api.baseUrl())) {
            b.go("/login").type("username", "admin").type("password", "wrong-password-here").submit("sign-in");
            assertThat(b.waitFor(org.openqa.selenium.By.cssSelector(".govuk-error-summary")).getText())
                    .contains("The username or password is not right");
        }
    }

    @Test
    void aBadFormNamesTheFieldsAndKeepsTheUserOut() {
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn("admin", TestUsers.PASSWORD).go("/users");
            b.type("username", "x").submit("create-user");
            assertThat(b.waitFor(org.openqa.selenium.By.cssSelector(".govuk-error-summary")).getText())
                    .contains("There is a problem", "username must be 3 to 64", "roles at least one role");
        }
    }
}
