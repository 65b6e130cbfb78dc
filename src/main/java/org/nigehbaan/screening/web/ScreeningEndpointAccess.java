package org.nigehbaan.screening.web;

import org.nigehbaan.common.EndpointAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Border and passport officers screen and review; supervisors (AUDITOR, ADMIN) search the log. Which purposes
 * each officer may screen for is checked by the service (border: exit and entry; passport: issuance).
 */
@Component
class ScreeningEndpointAccess implements EndpointAccess {

    static final String BORDER = "BORDER_OFFICER";
    static final String PASSPORT = "PASSPORT_OFFICER";

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        String api = "/api/v1/screenings";
        rules.requestMatchers(HttpMethod.POST, api).hasAnyRole(BORDER, PASSPORT)
                .requestMatchers(HttpMethod.POST, api + "/batch").hasRole(BORDER)
                .requestMatchers(HttpMethod.POST, api + "/*/hits/*/review").hasAnyRole(BORDER, PASSPORT)
                .requestMatchers(HttpMethod.GET, api + "/status").hasAnyRole(BORDER, PASSPORT, "ADMIN", "AUDITOR")
                .requestMatchers(HttpMethod.GET, api + "/*").hasAnyRole(BORDER, PASSPORT, "AUDITOR", "ADMIN")
                .requestMatchers(HttpMethod.GET, api).hasAnyRole("AUDITOR", "ADMIN");
        rules.requestMatchers("/screening", "/screening/hits/review", "/screening/acknowledge").hasAnyRole(BORDER, PASSPORT)
                .requestMatchers("/screening/manifest").hasRole(BORDER)
                .requestMatchers(HttpMethod.GET, "/screening/log").hasAnyRole("AUDITOR", "ADMIN");
    }
}
