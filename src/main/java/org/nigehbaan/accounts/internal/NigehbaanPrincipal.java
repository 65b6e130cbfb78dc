package org.nigehbaan.accounts.internal;

import java.util.Collection;
import org.nigehbaan.accounts.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** An authenticated user: Spring Security's view of an {@link Actor}. */
public record NigehbaanPrincipal(Actor actor, String passwordHash, boolean enabled) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
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
