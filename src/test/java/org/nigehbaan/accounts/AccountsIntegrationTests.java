package org.nigehbaan.accounts;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditQuery;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AccountsIntegrationTests {

    @Autowired
    ApiClient api;
    @Autowired
    AuditLog audit;

    @Test
    void theBootstrapAdminHasThePasswordFromTheEnvironment() {
        // The test configuration sets NIGEHBAAN_ADMIN_PASSWORD to the shared test password.
        assertThat(api.get("admin", "/api/v1/users").status()).isEqualTo(200);
    }

    @Test
    void anAdminCreatesAUserWithRolesAndTheCreationIsAudited() {
        ApiClient.Response r = api.post("admin", "/api/v1/users", Map.of("username", "fia.officer.7",
                "password", "a-long-enough-password", "displayName", "Officer Seven", "agency", "FIA",
                "roles", List.of("BORDER_OFFICER", "LIST_OFFICER")));
        assertThat(r.status()).isEqualTo(201);
        JsonNode body = r.json();
        assertThat(body.get("username").asString()).isEqualTo("fia.officer.7");
        assertThat(body.get("roles").toString()).contains("LIST_OFFICER", "BORDER_OFFICER");
        assertThat(r.body()).doesNotContain("password");
        assertThat(audit.page(new AuditQuery(null, "accounts.user.created", "User", body.get("id").asString(), null, null),
                PageRequest.of(0, 5)).total()).isEqualTo(1);

        ApiClient.Response again = api.post("admin", "/api/v1/users", Map.of("username", "FIA.Officer.7",
                "password", "a-long-enough-password", "displayName", "Dup", "agency", "FIA", "roles", List.of("ANALYST")));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void badUserInputNamesEveryFieldAndStoresNothing() {
        ApiClient.Response r = api.post("admin", "/api/v1/users", Map.of("username", "no spaces allowed",
                "password", "short", "roles", List.of("KING")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("errors").findValuesAsString("field"))
                .containsExactly("username", "password", "displayName", "agency", "roles[0]");
        assertThat(api.get("admin", "/api/v1/users?size=500").body()).doesNotContain("no spaces allowed");
    }

    @Test
    void malformedJsonAndWrongTypesAreA400NamingTheField() {
        ApiClient.Response broken = api.post("admin", "/api/v1/users", "{\"username\": ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("errors").get(0).get("field").asString()).isEqualTo("body");

        ApiClient.Response wrongType = api.post("admin", "/api/v1/users", "{\"username\": \"x\", \"roles\": {\"a\": 1}}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get(0).get("field").asString()).isEqualTo("roles");
    }

    @Test
    void wrongPasswordsAndMissingCredentialsAre401() {
        assertThat(api.send(null, "GET", "/api/v1/users", null, null).status()).isEqualTo(401);
        assertThat(api.get("nobody-here", "/api/v1/users").status()).isEqualTo(401);
    }

    @Test
    void theHealthEndpointIsOpenAndTheApiDocsNeedASignIn() {
        assertThat(api.send(null, "GET", "/actuator/health", null, null).status()).isEqualTo(200);
        assertThat(api.send(null, "GET", "/v3/api-docs", null, null).status()).isEqualTo(401);
        ApiClient.Response docs = api.get("admin", "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/users", "/api/v1/audit/verify");
    }
}
