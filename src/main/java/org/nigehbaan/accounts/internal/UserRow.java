package org.nigehbaan.accounts.internal;

import java.time.Instant;
import java.util.Set;
import org.nigehbaan.accounts.AccountKind;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;

/** A user as stored. */
public record UserRow(long id, String username, String passwordHash, String displayName, String agency,
                      String district, boolean enabled, Set<Role> roles, Instant createdAt, AccountKind kind,
                      Instant lockedUntil, boolean passwordMustChange, Instant lastUsedAt, int securityVersion,
                      String totpSecret, Instant totpConfirmedAt, long totpLastStep, String disabledReason,
                      Instant disabledAt) {

    /** The user as the author of commands. */
    public Actor toActor() {
        return new Actor(id, username, displayName, agency, district, roles);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public boolean totpEnrolled() {
        return totpSecret != null && totpConfirmedAt != null;
    }

    public boolean isService() {
        return kind == AccountKind.SERVICE;
    }

    UserRow withRoles(Set<Role> r) {
        return new UserRow(id, username, passwordHash, displayName, agency, district, enabled, r, createdAt, kind,
                lockedUntil, passwordMustChange, lastUsedAt, securityVersion, totpSecret, totpConfirmedAt,
                totpLastStep, disabledReason, disabledAt);
    }
}
