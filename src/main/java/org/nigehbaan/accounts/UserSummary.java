package org.nigehbaan.accounts;

import java.time.Instant;
import java.util.Set;

/** A user as administrators see one; never carries the password hash. */
public record UserSummary(long id, String username, String displayName, String agency, String district,
                          Set<Role> roles, boolean enabled, Instant createdAt) {
}
