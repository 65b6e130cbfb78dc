package org.nigehbaan.register.web;

import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.EndpointAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Register officers work on the register; auditors read the disclosure log; analysts read counts;
 * administrators see the policy, manage district grants and may run the daily job. The most specific rules
 * come first.
 */
@Component
class RegisterEndpointAccess implements EndpointAccess {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/v1/register/statistics", "/register/statistics")
                .hasAnyRole(Role.ANALYST.name(), Role.ADMIN.name());
        rules.requestMatchers(HttpMethod.GET, "/api/v1/register/disclosures", "/register/disclosures")
                .hasRole(Role.AUDITOR.name());
        rules.requestMatchers(HttpMethod.GET, "/api/v1/register/policy")
                .hasAnyRole(Role.ADMIN.name(), Role.REGISTER_OFFICER.name(), Role.ANALYST.name(), Role.AUDITOR.name());
        rules.requestMatchers("/api/v1/register/grants", "/api/v1/register/grants/**", "/api/v1/register/compliance/**",
                "/register/admin", "/register/admin/**").hasRole(Role.ADMIN.name());
        rules.requestMatchers("/api/v1/register/**", "/register", "/register/**").hasRole(Role.REGISTER_OFFICER.name());
    }
}
