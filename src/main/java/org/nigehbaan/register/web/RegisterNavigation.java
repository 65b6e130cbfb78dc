package org.nigehbaan.register.web;

import java.util.Set;
import org.nigehbaan.common.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RegisterNavigation {

    @Bean
    NavigationLink registerLink() {
        return new NavigationLink("/register", "nav.register", "nav.register.description", 40,
                Set.of("REGISTER_OFFICER"));
    }

    @Bean
    NavigationLink registerDisclosuresLink() {
        return new NavigationLink("/register/disclosures", "nav.register.disclosures",
                "nav.register.disclosures.description", 81, Set.of("AUDITOR"));
    }

    @Bean
    NavigationLink registerStatisticsLink() {
        return new NavigationLink("/register/statistics", "nav.register.statistics",
                "nav.register.statistics.description", 70, Set.of("ANALYST"));
    }

    @Bean
    NavigationLink registerAdminLink() {
        return new NavigationLink("/register/admin", "nav.register.admin", "nav.register.admin.description", 91,
                Set.of("ADMIN"));
    }
}
