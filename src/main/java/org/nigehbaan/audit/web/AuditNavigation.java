package org.nigehbaan.audit.web;

import java.util.Set;
import org.nigehbaan.common.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationLink auditLink() {
        return new NavigationLink("/audit", "nav.audit", "nav.audit.description", 80, Set.of("AUDITOR"));
    }
}
