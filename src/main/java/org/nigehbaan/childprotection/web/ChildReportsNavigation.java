package org.nigehbaan.childprotection.web;

import java.util.Set;
import org.nigehbaan.common.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ChildReportsNavigation {

    @Bean
    NavigationLink childReportsLink() {
        return new NavigationLink("/child-reports", "nav.childreports", "nav.childreports.description", 55,
                Set.of("CHILD_PROTECTION_OFFICER"));
    }

    @Bean
    NavigationLink childReportsFiguresLink() {
        return new NavigationLink("/child-reports/figures", "nav.childreports.figures",
                "nav.childreports.figures.description", 65, Set.of("ANALYST"));
    }
}
