package org.nigehbaan.accounts.web;

import java.util.Set;
import org.nigehbaan.common.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountsNavigation {

    @Bean
    NavigationLink usersLink() {
        return new NavigationLink("/users", "nav.users", "nav.users.description", 90, Set.of("ADMIN"));
    }

    @Bean
    NavigationLink accountLink() {
        return new NavigationLink("/account", "nav.account", "nav.account.description", 99,
                java.util.Arrays.stream(org.nigehbaan.accounts.Role.values()).map(Enum::name)
                        .collect(java.util.stream.Collectors.toSet()));
    }
}
