package org.nigehbaan.screening.web;

import org.nigehbaan.common.EndpointAccess;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Border and passport officers screen and review their own screenings' hits; border supervisors review any
 * screening's hits, search the log and decide namesake redress; auditors and administrators search the log. Which
 * purposes each officer may screen for, and whose screenings they review, the service checks.
 *
 * <p>Asked first: the rules are tried in order on every request, and screening is most of the traffic. No other
 * module's rule covers these paths, so the order changes no decision.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScreeningEndpointAccess implements EndpointAccess {

    static final String BORDER = "BORDER_OFFICER";
    static final String PASSPORT = "PASSPORT_OFFICER";
    static final String SUPERVISOR = "BORDER_SUPERVISOR";

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        String api = "/api/v1/screenings";
        rules.requestMatchers(HttpMethod.POST, api).hasAnyRole(BORDER, PASSPORT)
                .requestMatchers(HttpMethod.POST, api + "/batch").hasRole(BORDER)
                .requestMatchers(HttpMethod.POST, api + "/*/hits/*/review").hasAnyRole(BORDER, PASSPORT, SUPERVISOR)
                .requestMatchers(HttpMethod.GET, api + "/status").hasAnyRole(BORDER, PASSPORT, "ADMIN", "AUDITOR")
                .requestMatchers(HttpMethod.GET, api + "/*").hasAnyRole(BORDER, PASSPORT, SUPERVISOR, "AUDITOR", "ADMIN")
                .requestMatchers(HttpMethod.GET, api).hasAnyRole(SUPERVISOR, "AUDITOR", "ADMIN");
        rules.requestMatchers(HttpMethod.POST, "/api/v1/redress/*/confirm", "/api/v1/redress/*/revoke").hasRole(SUPERVISOR)
                .requestMatchers(HttpMethod.GET, "/api/v1/redress", "/api/v1/redress/*").hasAnyRole(SUPERVISOR, "AUDITOR");
        rules.requestMatchers("/screening", "/screening/hits/review", "/screening/acknowledge").hasAnyRole(BORDER, PASSPORT)
                .requestMatchers("/screening/manifest").hasRole(BORDER)
                .requestMatchers(HttpMethod.GET, "/screening/log").hasAnyRole(SUPERVISOR, "AUDITOR", "ADMIN")
                .requestMatchers(HttpMethod.GET, "/screening/redress").hasRole(SUPERVISOR)
                .requestMatchers(HttpMethod.POST, "/screening/redress/*/confirm", "/screening/redress/*/revoke")
                .hasRole(SUPERVISOR);
    }
}
