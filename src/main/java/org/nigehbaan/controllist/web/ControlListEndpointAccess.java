package org.nigehbaan.controllist.web;

import org.nigehbaan.accounts.Reauthentication;
import org.nigehbaan.common.EndpointAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may do what on the control lists: officers propose and ask for changes, approvers decide, the
 * administrator and officers stage imports which approvers decide, auditors read imports and their manifests,
 * the administrator asks for policy changes, border and passport officers may open an entry a
 * screening hit points to, analysts see counts only. In the web pages, deciding (approvals, rejections, imports)
 * and switching a policy need a second factor proven in the last minutes ({@link Reauthentication}).
 */
@Component
class ControlListEndpointAccess implements EndpointAccess {

    static final String OFFICER = "LIST_OFFICER";
    static final String APPROVER = "LIST_APPROVER";

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        String api = "/api/v1/control-list";
        rules.requestMatchers(HttpMethod.POST, api + "/entries").hasRole(OFFICER)
                .requestMatchers(HttpMethod.POST, api + "/entries/*/approve", api + "/entries/*/reject",
                        api + "/entries/*/representations/*/decision").hasRole(APPROVER)
                .requestMatchers(HttpMethod.POST, api + "/entries/*/remove", api + "/entries/*/extend",
                        api + "/entries/*/notice", api + "/entries/*/representations").hasAnyRole(OFFICER, APPROVER)
                .requestMatchers(HttpMethod.GET, api + "/entries/*").hasAnyRole(OFFICER, APPROVER, "BORDER_OFFICER",
                        "PASSPORT_OFFICER")
                .requestMatchers(HttpMethod.GET, api + "/entries").hasAnyRole(OFFICER, APPROVER)
                .requestMatchers(HttpMethod.POST, api + "/imports").hasAnyRole("ADMIN", OFFICER)
                .requestMatchers(HttpMethod.POST, api + "/imports/*/approve", api + "/imports/*/reject").hasRole(APPROVER)
                .requestMatchers(HttpMethod.GET, api + "/imports", api + "/imports/*", api + "/imports/*/manifest")
                .hasAnyRole("ADMIN", OFFICER, APPROVER, "AUDITOR")
                .requestMatchers(HttpMethod.GET, api + "/policy").hasAnyRole(OFFICER, APPROVER, "ADMIN")
                .requestMatchers(HttpMethod.POST, api + "/policy/grounds/*").hasRole("ADMIN")
                .requestMatchers(HttpMethod.POST, api + "/policy/changes/*/approve", api + "/policy/changes/*/reject")
                .hasRole(APPROVER)
                .requestMatchers(HttpMethod.GET, api + "/statistics").hasAnyRole("ANALYST", APPROVER, "ADMIN");
        // The web pages: same roles as the API behind them.
        rules.requestMatchers(HttpMethod.GET, "/control-list").hasAnyRole(OFFICER, APPROVER)
                // A screening hit links to its entry: the officer at the counter reads it (without its actions).
                .requestMatchers(HttpMethod.GET, "/control-list/entries/*").hasAnyRole(OFFICER, APPROVER,
                        "BORDER_OFFICER", "PASSPORT_OFFICER")
                .requestMatchers("/control-list/new").hasRole(OFFICER)
                .requestMatchers(HttpMethod.GET, "/control-list/approvals").hasRole(APPROVER)
                .requestMatchers(HttpMethod.POST, "/control-list/entries/*/approve", "/control-list/entries/*/reject",
                        "/control-list/entries/*/representations/*/decision")
                .access(Reauthentication.recentSecondFactor(AuthorityAuthorizationManager.hasRole(APPROVER)))
                .requestMatchers(HttpMethod.POST, "/control-list/entries/*/remove", "/control-list/entries/*/extend",
                        "/control-list/entries/*/notice", "/control-list/entries/*/representations")
                .hasAnyRole(OFFICER, APPROVER)
                .requestMatchers(HttpMethod.GET, "/control-list/policy").hasAnyRole(OFFICER, APPROVER, "ADMIN")
                .requestMatchers(HttpMethod.POST, "/control-list/policy/grounds/*")
                .access(Reauthentication.recentSecondFactor(AuthorityAuthorizationManager.hasRole("ADMIN")))
                .requestMatchers(HttpMethod.POST, "/control-list/policy/changes/*/approve",
                        "/control-list/policy/changes/*/reject")
                .access(Reauthentication.recentSecondFactor(AuthorityAuthorizationManager.hasRole(APPROVER)))
                .requestMatchers(HttpMethod.POST, "/control-list/imports").hasAnyRole("ADMIN", OFFICER)
                .requestMatchers(HttpMethod.POST, "/control-list/imports/*/approve", "/control-list/imports/*/reject")
                .access(Reauthentication.recentSecondFactor(AuthorityAuthorizationManager.hasRole(APPROVER)))
                .requestMatchers(HttpMethod.GET, "/control-list/imports", "/control-list/imports/*",
                        "/control-list/imports/*/manifest").hasAnyRole("ADMIN", OFFICER, APPROVER, "AUDITOR");
    }
}
