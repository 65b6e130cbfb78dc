package org.nigehbaan.audit.web;

import org.nigehbaan.common.EndpointAccess;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Only auditors read the audit log. */
@Component
class AuditEndpointAccess implements EndpointAccess {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/v1/audit", "/api/v1/audit/**", "/audit", "/audit/**").hasRole("AUDITOR");
    }
}
