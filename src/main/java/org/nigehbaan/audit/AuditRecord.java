package org.nigehbaan.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What happened, to be appended to the audit log.
 *
 * @param actor         the username who did it ({@code system} for jobs)
 * @param action        a stable name: {@code controllist.entry.approved}, {@code register.registrant.viewed},
 *                      or one of the sign-in actions ({@code AUTH_SUCCESS}, {@code AUTH_FAILURE}...)
 * @param targetType    the kind of thing acted on: {@code ControlListEntry}, {@code User}
 * @param targetId      its id, or null
 * @param details       what changed or why, as ordered name/value pairs; ids and codes, not personal data
 * @param clientAddress the client's network address; null = taken from the current HTTP request, if any
 * @param userAgent     the client's user agent; null = taken from the current HTTP request, if any
 * @param outcome       {@link #SUCCESS}, {@link #FAILURE} or {@link #DENIED}; null = {@link #SUCCESS}
 */
public record AuditRecord(String actor, String action, String targetType, String targetId,
                          Map<String, ?> details, String clientAddress, String userAgent, String outcome) {

    /** The act was done (the default). */
    public static final String SUCCESS = "SUCCESS";
    /** The act was attempted and failed (a wrong password, a rejected input). */
    public static final String FAILURE = "FAILURE";
    /** The act was refused (no authority, a locked account). */
    public static final String DENIED = "DENIED";

    public AuditRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetType, "targetType");
        details = details == null ? Map.of() : new LinkedHashMap<>(details);
    }

    public AuditRecord(String actor, String action, String targetType, String targetId, Map<String, ?> details) {
        this(actor, action, targetType, targetId, details, null, null, null);
    }

    public static AuditRecord of(String actor, String action, String targetType, Object targetId) {
        return new AuditRecord(actor, action, targetType, targetId == null ? null : targetId.toString(), Map.of());
    }

    /** A copy with one more detail, keeping insertion order. */
    public AuditRecord with(String key, Object value) {
        Map<String, Object> d = new LinkedHashMap<>(details);
        d.put(key, value);
        return new AuditRecord(actor, action, targetType, targetId, d, clientAddress, userAgent, outcome);
    }

    /** A copy with the given outcome ({@link #SUCCESS}, {@link #FAILURE}, {@link #DENIED}). */
    public AuditRecord withOutcome(String outcome) {
        return new AuditRecord(actor, action, targetType, targetId, details, clientAddress, userAgent, outcome);
    }

    /**
     * A copy naming the client explicitly, for records written outside the request that caused them (a
     * sign-in listener on another thread, a replayed spool).
     */
    public AuditRecord from(String clientAddress, String userAgent) {
        return new AuditRecord(actor, action, targetType, targetId, details, clientAddress, userAgent, outcome);
    }
}
