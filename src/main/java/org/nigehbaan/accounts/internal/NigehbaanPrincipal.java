package org.nigehbaan.accounts.internal;

import java.util.Collection;
import org.nigehbaan.accounts.AccountKind;
import org.nigehbaan.accounts.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An authenticated user: Spring Security's view of an {@link Actor}. Carries no password material (it lives in
 * sessions); {@code securityVersion} is the account's version when the user signed in, so that a later
 * disable, password or role change ends the session.
 */
public record NigehbaanPrincipal(Actor actor, AccountKind kind, int securityVersion, boolean passwordMustChange,
                                 boolean enabled) implements UserDetails {

    /** The only authority of a user who must first replace a temporary password. */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    static NigehbaanPrincipal of(UserRow r) {
        return new NigehbaanPrincipal(r.toActor(), r.kind(), r.securityVersion(), r.passwordMustChange(), r.enabled());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (passwordMustChange) {
            return java.util.List.of(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
        }
        return actor.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "NigehbaanPrincipal[" + actor.username() + "]";
    }
}
