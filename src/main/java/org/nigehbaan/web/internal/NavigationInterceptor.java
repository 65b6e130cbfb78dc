package org.nigehbaan.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.nigehbaan.common.NavigationLink;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts the navigation links the current user may follow into every rendered page (and only pages: API calls
 * pay nothing for it).
 */
class NavigationInterceptor implements HandlerInterceptor {

    private final List<NavigationLink> links;

    NavigationInterceptor(List<NavigationLink> links) {
        this.links = links.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView mav) {
        if (mav == null || mav.getViewName() == null || mav.getViewName().startsWith("redirect:")) {
            return;
        }
        mav.addObject("navigation", linksFor(SecurityContextHolder.getContext().getAuthentication()));
    }

    List<NavigationLink> linksFor(Authentication auth) {
        if (auth == null || !auth.isAuthenticated()) {
            return List.of();
        }
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
        return links.stream().filter(l -> l.roles().stream().anyMatch(roles::contains)).toList();
    }
}
