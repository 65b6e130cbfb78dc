package org.nigehbaan.accounts;

import java.time.Instant;
import java.util.Set;

/**
 * A user as administrators see one; never carries the password hash or any second-factor secret.
 *
 * @param lockedUntil  while in the future, sign-ins are refused (five failures in 15 minutes)
 * @param lastUsedAt   the last successful sign-in or token use (the inactivity job disables after 90 days)
 * @param secondFactor whether the user has a second factor (TOTP or a passkey)
 */
public record UserSummary(long id, String username, String displayName, String agency, String district,
                          Set<Role> roles, boolean enabled, Instant createdAt, AccountKind kind, Instant lockedUntil,
                          Instant lastUsedAt, boolean passwordMustChange, boolean secondFactor,
                          String disabledReason) {
}
