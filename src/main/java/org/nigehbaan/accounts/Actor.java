package org.nigehbaan.accounts;

import java.util.EnumSet;
import java.util.Set;

/**
 * The authenticated user on whose behalf a command runs: recorded as the author of every change.
 *
 * @param userId      the account id, or 0 for the system itself
 * @param username    the login name, as written in the audit log
 * @param displayName how colleagues know the user
 * @param agency      FIA, DGIP, MOI, NPB, NCA...
 * @param district    the police district a register officer works in, or null
 * @param roles       what the user may do
 */
public record Actor(long userId, String username, String displayName, String agency, String district,
                    Set<Role> roles) {

    /** Scheduled jobs and event listeners act as the system. */
    public static final Actor SYSTEM = new Actor(0, "system", "Nigehbaan", "SYSTEM", null, Set.of());

    public Actor {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role r : any) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
