package org.nigehbaan.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What happened, to be appended to the audit log.
 *
 * @param actor      the username who did it ({@code system} for jobs)
 * @param action     a stable dotted name: {@code controllist.entry.approved}, {@code register.registrant.viewed}
 * @param targetType the kind of thing acted on: {@code ControlListEntry}, {@code User}
 * @param targetId   its id, or null
 * @param details    what changed or why, as ordered name/value pairs; ids and codes, not personal data
 */
public record AuditRecord(String actor, String action, String targetType, String targetId,
                          Map<String, ?> details) {

    public AuditRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetType, "targetType");
        details = details == null ? Map.of() : new LinkedHashMap<>(details);
    }

    public static AuditRecord of(String actor, String action, String targetType, Object targetId) {
        return new AuditRecord(actor, action, targetType, targetId == null ? null : targetId.toString(), Map.of());
    }

    /** A copy with one more detail, keeping insertion order. */
    public AuditRecord with(String key, Object value) {
        Map<String, Object> d = new LinkedHashMap<>(details);
        d.put(key, value);
        return new AuditRecord(actor, action, targetType, targetId, d);
    }
}
