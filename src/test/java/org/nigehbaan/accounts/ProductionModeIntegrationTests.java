package org.nigehbaan.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nigehbaan.audit.AuditEntry;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditQuery;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.TestClockConfiguration;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production mode on a fresh database (its own application context): people's HTTP Basic is refused with the
 * reply every failed Basic attempt gets, service accounts and tokens work, a trusted proxy's forwarded headers
 * are honoured (client address in the audit, HSTS and Secure cookies over HTTPS), no development banner; and the
 * bootstrap administrator's first administrator colleague is created at once, the next one only on approval.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"nigehbaan.mode=production", "nigehbaan.trusted-proxies=127\\.0\\.0\\.1"})
@Import({TestClockConfiguration.class, TestUsers.class, ApiClient.class})
@DirtiesContext
class ProductionModeIntegrationTests {

    @Autowired
    ApiClient api;
    @Autowired
    AccountService accounts;
    @Autowired
    TokenService tokens;
    @Autowired
    AuditLog audit;
    @Autowired
    DeploymentMode mode;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void runsInProductionMode() {
        assertThat(mode.production()).isTrue();
    }

    @Test
    void peopleUseTokensNotBasicWhileServiceAccountsMayUseEither() throws Exception {
        Actor admin = accounts.findActor("admin").orElseThrow();
        accounts.createUser(new NewUser("prod.officer", TestUsers.PASSWORD, "Officer", "FIA", null, List.of("BORDER_OFFICER")), admin);
        accounts.createUser(new NewUser("prod.feed", TestUsers.PASSWORD, "Feed", "PIA", null, List.of("BORDER_OFFICER"),
                "SERVICE"), admin);
        HttpResponse<String> person = send("prod.officer", TestUsers.PASSWORD, null, "/api/v1/screenings/status", null);
        HttpResponse<String> unknown = send("prod.nobody", TestUsers.PASSWORD, null, "/api/v1/screenings/status", null);
        assertThat(person.statusCode()).isEqualTo(401);
        assertThat(person.body()).isEqualTo(unknown.body());
        assertThat(send("prod.feed", TestUsers.PASSWORD, null, "/api/v1/screenings/status", null).statusCode()).isEqualTo(200);

        String tomorrow = LocalDate.now(ZoneId.of("Asia/Karachi")).plusDays(1).toString();
        IssuedToken token = tokens.issueOwn(accounts.findActor("prod.officer").orElseThrow(), "counter", null, tomorrow);
        assertThat(send(null, null, token.token(), "/api/v1/screenings/status", null).statusCode()).isEqualTo(200);
        assertThat(actionsOf("prod.officer")).contains("ACCESS_DENIED", "AUTH_SUCCESS");
    }

    @Test
    void aTrustedProxysForwardedHeadersGiveTheClientAddressHstsAndSecureCookies() throws Exception {
        HttpRequest login = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/login"))
                .header("X-Forwarded-For", "203.0.113.9").header("X-Forwarded-Proto", "https").build();
        HttpResponse<String> page = http.send(login, HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("JSESSIONID").contains("Secure"));
        assertThat(page.body()).doesNotContain("id=\"development-mode\"").contains("id=\"notice-en\"", "id=\"notice-ur\"");

        send("prod.someone", "wrong-password-here", null, "/api/v1/users", "203.0.113.9");
        AuditEntry failure = audit.page(new AuditQuery("prod.someone", "AUTH_FAILURE", null, null, null, null),
                PageRequest.of(0, 1)).items().get(0);
        assertThat(failure.clientAddress()).isEqualTo("203.0.113.9");
    }

    @Test
    void publicResourcesOverHttpsKeepHstsAndNosniffWithoutASession() throws Exception {
        for (String path : new String[] {"/css/nigehbaan.css", "/actuator/health"}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
                    .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Strict-Transport-Security")).as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void theBootstrapAdministratorsFirstAdministratorColleagueIsCreatedAtOnceAndOnlyThatOne() {
        Actor admin = accounts.findActor("admin").orElseThrow();
        AccountChange first = accounts.create(new NewUser("prod.admin2", TestUsers.PASSWORD, "Second", "MOI", null,
                List.of("ADMIN")), admin);
        assertThat(first.pending()).isNull();
        assertThat(first.user().roles()).contains(Role.ADMIN);
        assertThat(audit.page(new AuditQuery("admin", "accounts.roles.granted", null, null, null, null), PageRequest.of(0, 5))
                .items().get(0).details()).contains("first administrator colleague");
        AccountChange next = accounts.create(new NewUser("prod.admin3", TestUsers.PASSWORD, "Third", "MOI", null,
                List.of("ADMIN")), admin);
        assertThat(next.pending()).isNotNull();
        assertThat(next.user().roles()).doesNotContain(Role.ADMIN);
    }

    private HttpResponse<String> send(String user, String password, String token, String path, String forwardedFor)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.baseUrl() + path)).header("Accept", "application/json");
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> actionsOf(String actor) {
        return audit.page(new AuditQuery(actor, null, null, null, null, null), PageRequest.of(0, 50)).items().stream()
                .map(AuditEntry::action).toList();
    }
}
