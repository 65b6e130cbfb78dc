package org.nigehbaan.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A row of the audit log as stored.
 *
 * @param details       the details as the canonical JSON text that was hashed
 * @param clientAddress the client's network address, or null for jobs and rows written before it was recorded
 * @param userAgent     the client's user agent (at most 200 characters), or null
 * @param outcome       SUCCESS, FAILURE or DENIED (null only on rows written before it was recorded)
 * @param prevHash      the previous row's hash (hex SHA-256)
 * @param hash          SHA-256 over the previous hash and this row's content
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String targetType,
                         String targetId, String details, String clientAddress, String userAgent, String outcome,
                         String prevHash, String hash) {

    /** The time of the act, as API.md names it. */
    @JsonProperty("at")
    public Instant at() {
        return occurredAt;
    }

    /** The target as one string, {@code Type:id} (or just the type), as API.md names it. */
    @JsonProperty("target")
    public String target() {
        return targetId == null ? targetType : targetType + ":" + targetId;
    }
}
