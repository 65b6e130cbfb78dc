package org.nigehbaan.programme.web;

import java.util.Set;
import org.nigehbaan.common.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProgrammeNavigation {

    @Bean
    NavigationLink programmeLink() {
        return new NavigationLink("/programme", "nav.programme", "nav.programme.description", 55,
                Set.of("ANALYST", "ADMIN"));
    }
}
