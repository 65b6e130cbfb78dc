package org.nigehbaan.screening.web;

import java.util.Set;
import org.nigehbaan.common.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ScreeningNavigation {

    @Bean
    NavigationLink counterLink() {
        return new NavigationLink("/screening", "nav.screening", "nav.screening.description", 1,
                Set.of("BORDER_OFFICER", "PASSPORT_OFFICER"));
    }

    @Bean
    NavigationLink manifestLink() {
        return new NavigationLink("/screening/manifest", "nav.manifest", "nav.manifest.description", 2,
                Set.of("BORDER_OFFICER"));
    }

    @Bean
    NavigationLink screeningLogLink() {
        return new NavigationLink("/screening/log", "nav.screeningLog", "nav.screeningLog.description", 81,
                Set.of("AUDITOR", "ADMIN", "BORDER_SUPERVISOR"));
    }

    @Bean
    NavigationLink redressLink() {
        return new NavigationLink("/screening/redress", "nav.redress", "nav.redress.description", 3,
                Set.of("BORDER_SUPERVISOR"));
    }
}
