package org.nigehbaan.audit;

import java.time.Instant;

/**
 * A row of the audit log as stored.
 *
 * @param details  the details as the canonical JSON text that was hashed
 * @param prevHash the previous row's hash (hex SHA-256)
 * @param hash     SHA-256 over the previous hash and this row's content
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String targetType,
                         String targetId, String details, String prevHash, String hash) {
}
