package org.nigehbaan.screening;

/** A namesake redress record: PENDING → CONFIRMED → REVOKED | ENDED; PENDING → REVOKED | ENDED. */
public enum RedressStatus {
    /** An officer found the traveller was not the listed person; the hit was set aside for that screening only. */
    PENDING,
    /** A BORDER_SUPERVISOR other than the reviewer confirmed it: the same traveller is not referred again. */
    CONFIRMED,
    /** A supervisor withdrew it, with a reason: the traveller is referred again. */
    REVOKED,
    /** The listing it concerned ended (removed, expired, or the registrant's period ended). */
    ENDED
}
