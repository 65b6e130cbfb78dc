package org.nigehbaan.accounts.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads users for Spring Security's WebAuthn (passkey) sign-in step. */
@Component
class NigehbaanUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    NigehbaanUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserRow r = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return NigehbaanPrincipal.of(r);
    }
}
