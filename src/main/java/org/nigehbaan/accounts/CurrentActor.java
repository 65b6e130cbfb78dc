package org.nigehbaan.accounts;

import org.nigehbaan.accounts.internal.NigehbaanPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The actor behind the current request, for controllers to hand to services. */
@Component
public class CurrentActor {

    /**
     * @throws IllegalStateException when called outside an authenticated request (a wiring bug, not bad input)
     */
    public Actor get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof NigehbaanPrincipal p) {
            return p.actor();
        }
        throw new IllegalStateException("no authenticated Nigehbaan user in this request");
    }
}
