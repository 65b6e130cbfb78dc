package org.nigehbaan.accounts.web;

import org.nigehbaan.accounts.Reauthentication;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.EndpointAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may reach the accounts pages and endpoints, and the shared documentation and metrics paths. Granting
 * roles (creating a user, setting roles, deciding a role request) and issuing tokens need a recent second factor
 * in a web session.
 */
@Component
class AccountsEndpointAccess implements EndpointAccess {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        String admin = Role.ADMIN.name();
        rules.requestMatchers(HttpMethod.POST, "/users", "/users/*/roles", "/users/role-requests/*/approve",
                        "/users/role-requests/*/reject", "/users/*/tokens")
                .access(Reauthentication.recentSecondFactor(AuthorityAuthorizationManager.hasRole(admin)));
        rules.requestMatchers("/api/v1/users", "/api/v1/users/**", "/api/v1/role-requests", "/api/v1/role-requests/**",
                "/users", "/users/**").hasRole(admin);
        rules.requestMatchers(HttpMethod.POST, "/account/tokens", "/account/recovery-codes", "/account/totp")
                .access(Reauthentication.recentSecondFactor(AuthenticatedAuthorizationManager.authenticated()));
        rules.requestMatchers("/api/v1/me", "/api/v1/me/**", "/account", "/account/**", "/webauthn/register",
                "/webauthn/register/**").authenticated();
        rules.requestMatchers("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**",
                "/actuator/info").hasAnyRole(admin, Role.ANALYST.name());
        rules.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                "/swagger-ui/**").authenticated();
        rules.requestMatchers("/").authenticated();
    }
}
