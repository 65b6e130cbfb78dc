package org.nigehbaan.accounts;

/**
 * What a creation or a role change did: the user as it now stands, and the request for privileged roles that
 * waits for a second administrator, or null when nothing waits.
 */
public record AccountChange(UserSummary user, RoleRequest pending) {
}
