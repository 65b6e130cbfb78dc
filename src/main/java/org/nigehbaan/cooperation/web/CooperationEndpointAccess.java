package org.nigehbaan.cooperation.web;

import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.EndpointAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the cooperation paths. The UK liaison reaches the work list, case views and the thread; which
 * cases and fields it then sees is decided per case by the service (403 for anything not shared). Analysts
 * reach the figures only.
 */
@Component
class CooperationEndpointAccess implements EndpointAccess {

    private static final String OFFICER = Role.CASE_OFFICER.name();
    private static final String LIAISON = Role.PARTNER_LIAISON.name();
    private static final String ANALYST = Role.ANALYST.name();

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/v1/cooperation/statistics", "/cooperation/statistics")
                .hasAnyRole(OFFICER, ANALYST);
        rules.requestMatchers(HttpMethod.GET, "/api/v1/cooperation/policy").hasAnyRole(OFFICER, LIAISON, ANALYST);
        rules.requestMatchers(HttpMethod.GET, "/cooperation/cases/new").hasRole(OFFICER);
        rules.requestMatchers(HttpMethod.GET, "/api/v1/cooperation/cases", "/api/v1/cooperation/cases/*",
                "/api/v1/cooperation/cases/*/messages", "/api/v1/cooperation/cases/*/attachments/*",
                "/cooperation", "/cooperation/cases/*", "/cooperation/cases/*/attachments/*")
                .hasAnyRole(OFFICER, LIAISON);
        rules.requestMatchers(HttpMethod.POST, "/api/v1/cooperation/cases/*/messages",
                "/api/v1/cooperation/cases/*/messages/*/read", "/cooperation/cases/*/messages")
                .hasAnyRole(OFFICER, LIAISON);
        rules.requestMatchers("/api/v1/cooperation/**", "/cooperation/**").hasRole(OFFICER);
    }
}
