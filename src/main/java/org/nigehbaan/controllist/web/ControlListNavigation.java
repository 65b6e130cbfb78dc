package org.nigehbaan.controllist.web;

import java.util.Set;
import org.nigehbaan.common.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ControlListNavigation {

    @Bean
    NavigationLink controlListLink() {
        return new NavigationLink("/control-list", "nav.controlList", "nav.controlList.description", 10,
                Set.of("LIST_OFFICER", "LIST_APPROVER"));
    }

    @Bean
    NavigationLink approvalsLink() {
        return new NavigationLink("/control-list/approvals", "nav.approvals", "nav.approvals.description", 11,
                Set.of("LIST_APPROVER"));
    }

    @Bean
    NavigationLink listPolicyLink() {
        return new NavigationLink("/control-list/policy", "nav.listPolicy", "nav.listPolicy.description", 12,
                Set.of("ADMIN", "LIST_APPROVER"));
    }

    @Bean
    NavigationLink importsLink() {
        return new NavigationLink("/control-list/imports", "nav.imports", "nav.imports.description", 13,
                Set.of("ADMIN"));
    }
}
