package org.nigehbaan.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A token as its owner (or an administrator, for a service account) sees it: never the token itself. */
public record TokenSummary(long id, String name, Set<Role> roles, LocalDate expiresOn, Instant createdAt,
                           Instant lastUsedAt, Instant revokedAt) {
}
