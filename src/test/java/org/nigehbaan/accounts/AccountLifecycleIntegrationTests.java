package org.nigehbaan.accounts;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.audit.AuditEntry;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditQuery;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.MutableClock;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The account lifecycle over HTTP (CJIS AC-2, IA-5; ASVS 5.0 V6, V8): disable and enable, password reset and
 * change, privileged roles through a second administrator, incompatible roles and reserved names, tokens, and the
 * inactivity rule. Each change is audited.
 */
@IntegrationTest
class AccountLifecycleIntegrationTests {

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    AuditLog audit;
    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    SecondFactorService secondFactors;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.nigehbaan.accounts.internal.UserRepository userRows;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theAdministratorFindsAUserByPartOfTheUsernameOrNameWhateverTheCaseAndWildcardsAreLiteral() {
        users.user("life.find_me", Role.ANALYST);
        users.user("life.findxme", Role.ANALYST);
        var found = accounts.findUsers("LIFE.FIND_", PageRequest.of(0, 50));
        assertThat(found.items()).extracting(UserSummary::username).containsExactly("life.find_me");
        assertThat(found.total()).isEqualTo(1);
        assertThat(accounts.findUsers("find", PageRequest.of(0, 50)).items()).extracting(UserSummary::username)
                .contains("life.find_me", "life.findxme");
        assertThat(accounts.findUsers("%", PageRequest.of(0, 50)).total()).as("%% is a character, not a wildcard").isZero();
        assertThat(accounts.findUsers(" ", PageRequest.of(0, 1)).total()).as("blank lists everyone")
                .isEqualTo(accounts.listUsers(PageRequest.of(0, 1)).total());
    }

    @Test
    void aDisabledUserIsRefusedAtOnceEvenWithCachedCredentialsAndMayBeEnabledAgain() throws Exception {
        String user = users.user("life.disabled", Role.BORDER_OFFICER).username();
        assertThat(api.get(user, "/api/v1/screenings/status").status()).isEqualTo(200);
        assertThat(api.get(user, "/api/v1/screenings/status").status()).as("now from the cache").isEqualTo(200);
        assertThat(api.post("admin", "/api/v1/users/" + user + "/disable", Map.of()).status()).as("a reason is required").isEqualTo(400);
        ApiClient.Response disabled = api.post("admin", "/api/v1/users/" + user + "/disable", Map.of("reason", "left FIA"));
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        int status = 200;
        long start = System.nanoTime();
        while (status == 200 && System.nanoTime() - start < 1_000_000_000L) {
            status = api.get(user, "/api/v1/screenings/status").status();
        }
        assertThat(status).as("refused within a second").isEqualTo(401);
        assertThat(api.post("admin", "/api/v1/users/admin/disable", Map.of("reason", "x")).status())
                .as("nobody disables their own account").isEqualTo(409);
        assertThat(api.post("admin", "/api/v1/users/" + user + "/enable", null).status()).isEqualTo(200);
        assertThat(api.get(user, "/api/v1/screenings/status").status()).isEqualTo(200);
        assertThat(actions("admin", user)).contains("accounts.user.disabled", "accounts.user.enabled");
    }

    @Test
    void aResetPasswordIsTemporaryAndTheOldPasswordStopsWorkingAtOnce() {
        String user = users.user("life.reset", Role.BORDER_OFFICER).username();
        assertThat(api.get(user, "/api/v1/screenings/status").status()).isEqualTo(200);
        String temporary = api.post("admin", "/api/v1/users/" + user + "/password-reset", null).json()
                .get("temporaryPassword").asString();
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
        assertThat(api.get(user, "/api/v1/screenings/status").status()).as("old password").isEqualTo(401);

        ApiTemp temp = new ApiTemp(api, user, temporary);
        assertThat(temp.send("GET", "/api/v1/screenings/status", null).status()).as("nothing but the change").isEqualTo(403);
        JsonNode me = temp.send("GET", "/api/v1/me", null).json();
        assertThat(me.get("passwordMustChange").asBoolean()).isTrue();
        ApiClient.Response weak = temp.send("POST", "/api/v1/me/password",
                Map.of("currentPassword", temporary, "newPassword", "password1234"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("newPassword", "common or breached");
        String chosen = "\u0645\u06cc\u0631\u0627 \u0646\u06cc\u0627 \u067e\u0627\u0633 \u0648\u0631\u0688 2025";
        assertThat(temp.send("POST", "/api/v1/me/password", Map.of("currentPassword", temporary, "newPassword", chosen))
                .status()).isEqualTo(204);
        assertThat(temp.send("GET", "/api/v1/me", null).status()).as("the temporary password is gone").isEqualTo(401);
        ApiTemp now = new ApiTemp(api, user, chosen);
        assertThat(now.send("GET", "/api/v1/screenings/status", null).status()).isEqualTo(200);
        assertThat(actions("admin", user)).contains("accounts.password.reset");
        assertThat(actions(user, user)).contains("accounts.password.changed");
    }

    @Test
    void privilegedRolesWaitForASecondAdministratorWhoIsNotTheRequester() {
        String second = users.user("second.admin", Role.ADMIN).username();
        String name = "life.approver." + System.nanoTime() % 100000;
        ApiClient.Response created = api.post("admin", "/api/v1/users", Map.of("username", name, "password", TestUsers.PASSWORD,
                "displayName", "Approver", "agency", "MOI", "roles", List.of("LIST_APPROVER", "ANALYST")));
        assertThat(created.status()).isEqualTo(202);
        JsonNode body = created.json();
        assertThat(body.get("status").asString()).isEqualTo("PENDING");
        assertThat(body.get("roles").toString()).contains("ANALYST").doesNotContain("LIST_APPROVER");
        long request = body.get("requestId").asLong();
        assertThat(api.get("admin", "/api/v1/role-requests?status=PENDING").body()).contains("\"id\":" + request);

        assertThat(api.post("admin", "/api/v1/role-requests/" + request + "/approve", null).status())
                .as("the requester cannot approve").isEqualTo(409);
        ApiClient.Response approved = api.post(second, "/api/v1/role-requests/" + request + "/approve", null);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(api.get("admin", "/api/v1/users/" + name).json().get("roles").toString()).contains("LIST_APPROVER", "ANALYST");
        assertThat(api.post(second, "/api/v1/role-requests/" + request + "/approve", null).status()).isEqualTo(409);

        ApiClient.Response grant = api.send("admin", "PUT", "/api/v1/users/" + name + "/roles",
                ApiClient.json(Map.of("roles", List.of("LIST_APPROVER", "AUDITOR"))), "application/json");
        assertThat(grant.status()).isEqualTo(202);
        ApiClient.Response rejected = api.post(second, "/api/v1/role-requests/" + grant.json().get("requestId").asLong() + "/reject",
                Map.of("comment", "not in the establishment"));
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        ApiClient.Response withdraw = api.send("admin", "PUT", "/api/v1/users/" + name + "/roles",
                ApiClient.json(Map.of("roles", List.of("ANALYST"))), "application/json");
        assertThat(withdraw.status()).as("a withdrawal takes effect at once").isEqualTo(200);
        assertThat(withdraw.json().get("roles").toString()).doesNotContain("LIST_APPROVER");
        assertThat(actions("admin", null)).contains("accounts.roles.requested", "accounts.roles.changed");
        assertThat(actions(second, null)).contains("accounts.roles.approved", "accounts.roles.rejected");
    }

    @Test
    void incompatibleRolesAndReservedNamesAreRefused() {
        for (List<String> pair : List.of(List.of("ADMIN", "AUDITOR"), List.of("ADMIN", "LIST_APPROVER"))) {
            ApiClient.Response r = api.post("admin", "/api/v1/users", Map.of("username", "pair." + System.nanoTime() % 100000,
                    "password", TestUsers.PASSWORD, "displayName", "Pair", "agency", "MOI", "roles", pair));
            assertThat(r.status()).as(pair.toString()).isEqualTo(409);
            assertThat(r.json().get("detail").asString()).contains("separation of duties");
        }
        for (String reserved : List.of("system", "Admin", "SYSTEM")) {
            ApiClient.Response r = api.post("admin", "/api/v1/users", Map.of("username", reserved, "password", TestUsers.PASSWORD,
                    "displayName", "Reserved", "agency", "MOI", "roles", List.of("ANALYST")));
            assertThat(r.status()).as(reserved).isEqualTo(409);
        }
    }

    @Test
    void personalTokensCarryASubsetOfTheOwnersRolesAndAreRefusedOnceRevokedExpiredOrTheAccountDisabled() throws Exception {
        String owner = users.user("life.tokens", Role.BORDER_OFFICER, Role.LIST_OFFICER).username();
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Karachi")).plusDays(1).toString();
        assertThat(api.post(owner, "/api/v1/me/tokens", Map.of("name", "too much", "roles", List.of("ADMIN"),
                "expiresOn", tomorrow)).status()).as("only the owner's roles").isEqualTo(400);
        ApiClient.Response issued = api.post(owner, "/api/v1/me/tokens", Map.of("name", "counter script",
                "roles", List.of("BORDER_OFFICER"), "expiresOn", tomorrow));
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().get("token").asString();
        long id = issued.json().get("id").asLong();
        assertThat(bearer(token, "/api/v1/screenings/status")).isEqualTo(200);
        assertThat(bearer(token, "/api/v1/control-list/entries")).as("a role the token was not given").isEqualTo(403);
        assertThat(api.get(owner, "/api/v1/me/tokens").body()).contains("counter script").doesNotContain(token);

        assertThat(api.send(owner, "DELETE", "/api/v1/me/tokens/" + id, null, null).status()).isEqualTo(204);
        assertThat(bearer(token, "/api/v1/screenings/status")).as("revoked: refused at once").isEqualTo(401);

        String second = api.post(owner, "/api/v1/me/tokens", Map.of("name", "short lived", "expiresOn", tomorrow))
                .json().get("token").asString();
        assertThat(bearer(second, "/api/v1/screenings/status")).isEqualTo(200);
        clock.advance(Duration.ofDays(2));
        assertThat(bearer(second, "/api/v1/screenings/status")).as("expired").isEqualTo(401);
        clock.reset();
        String third = api.post(owner, "/api/v1/me/tokens", Map.of("name", "dies with account", "expiresOn", tomorrow))
                .json().get("token").asString();
        assertThat(bearer(third, "/api/v1/screenings/status")).isEqualTo(200);
        api.post("admin", "/api/v1/users/" + owner + "/disable", Map.of("reason", "transferred"));
        assertThat(bearer(third, "/api/v1/screenings/status")).as("the account is disabled").isEqualTo(401);
        api.post("admin", "/api/v1/users/" + owner + "/enable", null);
        assertThat(actions(owner, null)).contains("accounts.token.created", "accounts.token.revoked");
    }

    @Test
    void anAdministratorIssuesServiceAccountTokensButNotPeoplesTokens() throws Exception {
        String service = "feed.pia." + System.nanoTime() % 100000;
        assertThat(api.post("admin", "/api/v1/users", Map.of("username", service, "displayName", "PIA manifest feed",
                "agency", "PIA", "kind", "SERVICE", "roles", List.of("BORDER_OFFICER"))).status()).isEqualTo(201);
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Karachi")).plusDays(30).toString();
        ApiClient.Response issued = api.post("admin", "/api/v1/users/" + service + "/tokens",
                Map.of("name", "LHE gateway", "expiresOn", tomorrow));
        assertThat(issued.status()).isEqualTo(201);
        assertThat(bearer(issued.json().get("token").asString(), "/api/v1/screenings/status")).isEqualTo(200);
        String person = users.user(Role.LIST_OFFICER).username();
        assertThat(api.post("admin", "/api/v1/users/" + person + "/tokens", Map.of("name", "x", "expiresOn", tomorrow))
                .status()).isEqualTo(409);
        assertThat(api.get("admin", "/api/v1/users/" + service + "/tokens").body()).contains("LHE gateway");
        assertThat(mvc.perform(delete("/api/v1/users/" + service + "/tokens/" + issued.json().get("id").asLong())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("admin", TestUsers.PASSWORD))).andReturn().getResponse().getStatus()).isEqualTo(204);
        assertThat(bearer(issued.json().get("token").asString(), "/api/v1/screenings/status")).isEqualTo(401);
    }

    @Test
    void anAdministratorsResetOfASecondFactorIsAuditedAndForcesEnrolmentAgain() {
        String user = users.user("life.lost.phone", Role.LIST_OFFICER).username();
        assertThat(secondFactors.status(user).totp()).isTrue();
        assertThat(api.post(user, "/api/v1/users/" + user + "/second-factor/reset", null).status())
                .as("an ADMIN's act").isEqualTo(403);
        assertThat(api.post("admin", "/api/v1/users/" + user + "/second-factor/reset", null).status()).isEqualTo(204);
        assertThat(secondFactors.status(user).any()).isFalse();
        assertThat(actions("admin", user)).contains("accounts.second-factor.reset");
        secondFactors.provisionTotp(user, TestUsers.totpSecret(user), Actor.SYSTEM);
    }

    @Test
    void theDatabaseHoldsSecondFactorSecretsOnlySealedAndEarlierClearOnesAreSealedAtStart() {
        String user = users.user("life.sealed", Role.ANALYST).username();
        String secret = TestUsers.totpSecret(user);
        String stored = jdbc.sql("select totp_secret from app_user where username = ?").param(user)
                .query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain(secret);
        assertThat(secondFactors.verifyTotp(user, org.nigehbaan.support.TotpCodes.next(user))).isTrue();

        // A row an earlier version wrote in clear is sealed by the start-up step, and still verifies.
        jdbc.sql("update app_user set totp_secret = ?, totp_last_step = 0 where username = ?").params(secret, user).update();
        assertThat(userRows.sealLegacyTotpSecrets()).isPositive();
        assertThat(jdbc.sql("select totp_secret from app_user where username = ?").param(user).query(String.class)
                .single()).startsWith("v1:");
        assertThat(secondFactors.verifyTotp(user, org.nigehbaan.support.TotpCodes.next(user))).isTrue();
    }

    @Test
    void accountsUnusedForNinetyDaysAreDisabledByTheDailyRule() {
        String idle = users.user("life.idle", Role.ANALYST).username();
        String active = users.user("life.active", Role.ANALYST).username();
        clock.advance(Duration.ofDays(89));
        assertThat(api.get(active, "/api/v1/me").status()).isEqualTo(200);
        clock.advance(Duration.ofDays(2));
        List<String> disabled = accounts.disableUnused();
        try {
            assertThat(disabled).contains(idle).doesNotContain(active);
            assertThat(accounts.user(idle).enabled()).isFalse();
            assertThat(accounts.user(idle).disabledReason()).isEqualTo("unused for 90 days");
            assertThat(accounts.user(active).enabled()).isTrue();
            assertThat(accounts.listUsers(PageRequest.of(0, 500)).items().stream()
                    .anyMatch(u -> u.enabled() && u.roles().contains(Role.ADMIN))).as("never the last administrator").isTrue();
        } finally {
            clock.reset();
            disabled.forEach(u -> accounts.enable(u, Actor.SYSTEM)); // the other tests' users, idle in this future
        }
    }

    private int bearer(String token, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus();
    }

    private List<String> actions(String actor, String target) {
        return audit.page(new AuditQuery(actor, null, null, null, null, null), PageRequest.of(0, 300)).items().stream()
                .filter(e -> target == null || e.details().contains(target) || target.equals(e.actor()))
                .map(AuditEntry::action).toList();
    }

    /** HTTP Basic with a password that is not the shared test password. */
    record ApiTemp(ApiClient api, String user, String password) {
        ApiClient.Response send(String method, String path, Object body) {
            try {
                var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.baseUrl() + path))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                                : java.net.http.HttpRequest.BodyPublishers.ofString(ApiClient.json(body)));
                var r = java.net.http.HttpClient.newHttpClient().send(b.build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                return new ApiClient.Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
