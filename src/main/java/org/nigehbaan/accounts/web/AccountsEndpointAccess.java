package org.nigehbaan.accounts.web;

import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.EndpointAccess;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may reach the accounts pages and endpoints, and the shared documentation and metrics paths. */
@Component
class AccountsEndpointAccess implements EndpointAccess {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/v1/users", "/api/v1/users/**", "/users", "/users/**")
                .hasRole(Role.ADMIN.name());
        rules.requestMatchers("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**",
                "/actuator/info").hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name());
        rules.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                "/swagger-ui/**").authenticated();
        rules.requestMatchers("/", "/account").authenticated();
    }
}
