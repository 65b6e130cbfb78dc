package org.nigehbaan.accounts;

import java.time.Instant;
import java.util.Set;

/**
 * A grant of privileged roles (ADMIN, LIST_APPROVER, AUDITOR) waiting for, or decided by, a second administrator.
 *
 * @param status PENDING, APPROVED, REJECTED, or GRANTED (made at once: provisioning by the system, or the
 *               bootstrap administrator's first administrator colleague)
 */
public record RoleRequest(long id, String username, Set<Role> roles, String status, String requestedBy,
                          Instant requestedAt, String decidedBy, Instant decidedAt) {

    public static final String PENDING = "PENDING";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";
    public static final String GRANTED = "GRANTED";
}
