package org.nigehbaan.web.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.nigehbaan.common.NavigationLink;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the navigation links the current user may follow into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    private final List<NavigationLink> links;

    NavigationAdvice(List<NavigationLink> links) {
        this.links = links.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
    }

    @ModelAttribute("navigation")
    List<NavigationLink> navigation(Authentication auth) {
        if (auth == null) {
            return List.of();
        }
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
        return links.stream().filter(l -> l.roles().stream().anyMatch(roles::contains)).toList();
    }
}
