package org.nigehbaan.accounts;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nigehbaan.audit.AuditEntry;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditQuery;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.Browser;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's second factor in Chromium: the system-use notice in English and Urdu before sign-in, enrolment forced
 * at the first sign-in (QR code, secret, recovery codes), then a passkey added and used as the second factor
 * with Selenium's virtual authenticator.
 */
@IntegrationTest
@Tag("browser")
class SecondFactorBrowserTests {

    @Autowired
    ApiClient api;
    @Autowired
    AuditLog audit;

    @Test
    void theSignInPageShowsTheSystemUseNoticeInEnglishAndUrduAndTheDevelopmentBanner() {
        try (Browser b = Browser.open(api.baseUrl())) {
            b.go("/login");
            assertThat(b.text("notice-en")).contains("authorised", "monitored", "Prevention of Electronic Crimes Act");
            assertThat(b.text("notice-ur")).contains("\u0645\u062c\u0627\u0632", "\u0646\u06af\u0631\u0627\u0646\u06cc");
            assertThat(b.text("development-mode")).contains("Development mode");
            b.screenshot("accounts-login");
        }
    }

    @Test
    void aNewOfficerEnrolsAtTheFirstSignInAndAddsAPasskeyThatThenServesAsTheSecondFactor() {
        String user = "passkey.officer." + System.nanoTime() % 100000;
        assertThat(api.post("admin", "/api/v1/users", Map.of("username", user, "password", TestUsers.PASSWORD,
                "displayName", "Passkey Officer", "agency", "FIA", "roles", List.of("LIST_OFFICER"))).status()).isEqualTo(201);
        try (Browser b = Browser.open(api.baseUrl())) {
            HasVirtualAuthenticator webauthn = (HasVirtualAuthenticator) b.driver();
            webauthn.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                    .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                    .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                    .setHasResidentKey(true).setHasUserVerification(true).setIsUserVerified(true));

            b.go("/login").type("username", user).type("password", TestUsers.PASSWORD).submit("sign-in");
            assertThat(b.driver().getCurrentUrl()).endsWith("/login/enrol");
            assertThat(b.driver().findElement(By.cssSelector("#totp-qr svg")).isDisplayed()).isTrue();
            assertThat(b.text("totp-secret").replace(" ", "")).matches("[A-Z2-7]{32}");
            b.screenshot("accounts-enrol");
            b.signOut();
            b.signIn(user, TestUsers.PASSWORD); // completes the enrolment started above, as the officer would

            b.go("/account").type("passkey-label", "Office laptop").click("add-passkey");
            new WebDriverWait(b.driver(), Duration.ofSeconds(15))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("passkey-added")));
            b.go("/account");
            assertThat(b.text("second-factor-status")).contains("Passkeys: 1");
            b.signOut();

            b.go("/login").type("username", user).type("password", TestUsers.PASSWORD).submit("sign-in");
            assertThat(b.driver().getCurrentUrl()).endsWith("/login/second-factor");
            b.click("use-passkey");
            new WebDriverWait(b.driver(), Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().contains("/login"));
            b.go("/control-list");
            assertThat(b.driver().getCurrentUrl()).endsWith("/control-list");
        }
        List<String> factors = audit.page(new AuditQuery(user, "AUTH_SUCCESS", null, null, null, null), PageRequest.of(0, 20))
                .items().stream().map(AuditEntry::details).toList();
        assertThat(factors).anySatisfy(d -> assertThat(d).contains("WEBAUTHN")).anySatisfy(d -> assertThat(d).contains("PASSWORD"));
        assertThat(audit.page(new AuditQuery(user, "accounts.second-factor.enrolled", null, null, null, null),
                PageRequest.of(0, 5)).total()).isEqualTo(1);
    }
}
