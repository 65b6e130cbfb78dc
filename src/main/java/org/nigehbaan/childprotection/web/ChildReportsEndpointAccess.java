package org.nigehbaan.childprotection.web;

import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.EndpointAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the child-protection paths. The public report form (and adding information to a report) is open
 * to anyone, limited per client address; platforms submit and read back their own reports' status; analysts see
 * the figures; child-protection officers do everything else. Most specific rules first.
 */
@Component
class ChildReportsEndpointAccess implements EndpointAccess {

    private static final String OFFICER = Role.CHILD_PROTECTION_OFFICER.name();
    private static final String PLATFORM = Role.PLATFORM_REPORTER.name();
    private static final String ANALYST = Role.ANALYST.name();

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/report", "/report/**").permitAll();
        rules.requestMatchers(HttpMethod.POST, "/api/v1/child-reports", "/api/v1/child-reports/bulk")
                .hasAnyRole(PLATFORM, OFFICER);
        rules.requestMatchers(HttpMethod.GET, "/api/v1/child-reports/*/status").hasRole(PLATFORM);
        rules.requestMatchers(HttpMethod.GET, "/api/v1/child-reports/figures", "/child-reports/figures")
                .hasAnyRole(ANALYST, OFFICER);
        rules.requestMatchers("/api/v1/child-reports", "/api/v1/child-reports/**", "/child-reports",
                "/child-reports/**").hasRole(OFFICER);
    }
}
