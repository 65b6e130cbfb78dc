package org.nigehbaan.accounts.internal;

import java.time.Instant;
import java.util.Set;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;

/** A user as stored. */
public record UserRow(long id, String username, String passwordHash, String displayName, String agency,
                      String district, boolean enabled, Set<Role> roles, Instant createdAt) {

    /** The user as the author of commands. */
    public Actor toActor() {
        return new Actor(id, username, displayName, agency, district, roles);
    }
}
