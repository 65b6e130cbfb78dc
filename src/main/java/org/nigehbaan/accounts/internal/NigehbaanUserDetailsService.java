package org.nigehbaan.accounts.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads users from the database for both HTTP Basic and form login. */
@Component
class NigehbaanUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    NigehbaanUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserRow r = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return new NigehbaanPrincipal(r.toActor(), r.passwordHash(), r.enabled());
    }
}
