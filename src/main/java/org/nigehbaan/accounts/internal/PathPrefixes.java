package org.nigehbaan.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which filter chain a request goes to, decided by literal path prefixes on the request URI: no path parsing and no
 * pattern matching, because every request asks every chain in turn. Safe on the raw URI because the firewall runs
 * before any chain is chosen and refuses what could make the raw and the decoded path disagree (encoded slashes and
 * dots, "..", "//", ";"). A prefix ending in "/" matches everything below it; any other prefix only itself.
 */
record PathPrefixes(List<String> prefixes) implements RequestMatcher {

    static PathPrefixes of(String... prefixes) {
        return new PathPrefixes(List.of(prefixes));
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int from = request.getContextPath().length();
        for (String p : prefixes) {
            if (p.endsWith("/") ? uri.startsWith(p, from) : uri.length() - from == p.length() && uri.startsWith(p, from)) {
                return true;
            }
        }
        return false;
    }
}
