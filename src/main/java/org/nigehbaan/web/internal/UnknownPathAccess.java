package org.nigehbaan.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.nigehbaan.common.EndpointAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * An address nothing answers is "Page not found" (404) for a signed-in user, not "You cannot see this page":
 * every path some controller or endpoint serves keeps the rules its module declared and the deny-by-default
 * that follows them; only a path that no handler but the static-file fallback would take is let through to the
 * dispatcher, which answers 404. Signed-out callers are still asked to sign in first.
 */
@Component
class UnknownPathAccess implements EndpointAccess {

    private final ObjectProvider<HandlerMapping> mappings;

    UnknownPathAccess(ObjectProvider<HandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(this::unknown).authenticated();
    }

    /** True when no controller, endpoint or mapped resource serves this path (any method). */
    boolean unknown(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return false; // machine clients keep the plain deny-by-default
        }
        // Asking the mappings leaves attributes on the request (the parsed path, the matched pattern): they are
        // taken off again, so the dispatcher later works on the request as it came.
        java.util.Set<String> before = new java.util.HashSet<>(java.util.Collections.list(request.getAttributeNames()));
        try {
            ServletRequestPathUtils.parseAndCache(request);
            for (HandlerMapping m : mappings.orderedStream().toList()) {
                try {
                    HandlerExecutionChain chain = m.getHandler(request);
                    if (chain != null && !(chain.getHandler() instanceof ResourceHttpRequestHandler)) {
                        return false;
                    }
                } catch (HttpRequestMethodNotSupportedException e) {
                    return false; // the path is served, by another method
                } catch (Exception e) {
                    return false; // when in doubt, the declared rules decide
                }
            }
            return true;
        } finally {
            for (String name : java.util.Collections.list(request.getAttributeNames())) {
                if (!before.contains(name)) {
                    request.removeAttribute(name);
                }
            }
        }
    }
}
