package org.nigehbaan.accounts.internal;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An {@code Authorization: Bearer} token as the client sent it, before it is checked. */
final class BearerToken extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;
    private final transient String token;

    BearerToken(String token, Object details) {
        super((java.util.Collection<org.springframework.security.core.GrantedAuthority>) null);
        this.token = token;
        setDetails(details);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return null;
    }

    @Override
    public String getName() {
        // Never the token itself: an id a log line or audit row may carry.
        return "token:" + (token.length() > 12 ? token.substring(0, 12) : token) + "…";
    }
}
