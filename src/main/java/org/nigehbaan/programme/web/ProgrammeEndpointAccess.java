package org.nigehbaan.programme.web;

import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.EndpointAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Analysts (and administrators) read the programme's figures; administrators set targets. */
@Component
class ProgrammeEndpointAccess implements EndpointAccess {

    private static final String ANALYST = Role.ANALYST.name();
    private static final String ADMIN = Role.ADMIN.name();

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/programme/targets").hasRole(ADMIN);
        rules.requestMatchers(HttpMethod.POST, "/programme/targets", "/programme/targets/remove").hasRole(ADMIN);
        rules.requestMatchers(HttpMethod.PUT, "/api/v1/programme/targets/*").hasRole(ADMIN);
        rules.requestMatchers(HttpMethod.DELETE, "/api/v1/programme/targets/*").hasRole(ADMIN);
        rules.requestMatchers(HttpMethod.GET, "/api/v1/programme/figures", "/api/v1/programme/report",
                "/api/v1/programme/targets", "/programme", "/programme/definitions", "/programme/report")
                .hasAnyRole(ANALYST, ADMIN);
    }
}
