package org.nigehbaan.common;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A module's declaration of which roles may call which of its paths. Each module contributes one bean; the
 * security configuration applies them all and then denies every other request, so a path nobody declared
 * is closed by default.
 */
@FunctionalInterface
public interface EndpointAccess {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
