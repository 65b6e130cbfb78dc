package org.nigehbaan.audit;

import java.time.Instant;

/** Filters for paging through the audit log; every field optional. */
public record AuditQuery(String actor, String action, String targetType, String targetId, Instant from,
                         Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
