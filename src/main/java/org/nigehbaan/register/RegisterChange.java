package org.nigehbaan.register;

import java.time.Instant;

/**
 * A request to remove a registrant's record or discharge an indefinite period, which takes effect only when a
 * second register officer approves it.
 *
 * @param registrantStatus the registrant's status now (REMOVED or ENDED once an approval took effect)
 */
public record RegisterChange(long id, long registrantId, Kind kind, String reason, String requestedBy,
                             Instant requestedAt, Status status, String decidedBy, Instant decidedAt,
                             String decisionNote, RegistrantStatus registrantStatus) {

    public enum Kind {
        /** Withdraw the record (conviction quashed, entered in error, the person died). */
        REMOVAL,
        /** End an indefinite notification period on review. */
        DISCHARGE
    }

    public enum Status {
        /** Waiting for a second register officer. */
        PENDING,
        /** Approved: it took effect. */
        APPROVED,
        /** Refused: nothing changed. */
        REJECTED
    }
}
