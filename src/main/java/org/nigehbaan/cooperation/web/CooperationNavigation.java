package org.nigehbaan.cooperation.web;

import java.util.Set;
import org.nigehbaan.common.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CooperationNavigation {

    @Bean
    NavigationLink cooperationLink() {
        return new NavigationLink("/cooperation", "nav.cooperation", "nav.cooperation.description", 50,
                Set.of("CASE_OFFICER", "PARTNER_LIAISON"));
    }

    @Bean
    NavigationLink cooperationStatisticsLink() {
        return new NavigationLink("/cooperation/statistics", "nav.cooperation.statistics",
                "nav.cooperation.statistics.description", 60, Set.of("ANALYST"));
    }
}
