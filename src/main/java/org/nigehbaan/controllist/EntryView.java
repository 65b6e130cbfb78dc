package org.nigehbaan.controllist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.nigehbaan.identity.PersonInput;

/**
 * A control-list entry as officers and clients see it. {@code status} is the effective status: an ACTIVE
 * entry past its expiry instant shows as EXPIRED even before the nightly job has recorded it.
 */
public record EntryView(long id, String externalId, ListType list, Ground ground, EntryStatus status,
                        PersonInput person, String legalBasis, String referringAgency, String reason,
                        String caseReference, LocalDate effectiveFrom, LocalDate expiresOn, Instant expiresAt,
                        LocalDate noticeServedOn, boolean urgentSecurity, boolean noticeOverdue,
                        String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt,
                        String decisionComment, int extensions, PendingChange pendingChange,
                        List<Representation> representations, List<HistoryItem> history) {

    /** An extension or removal an officer asked for, waiting for an approver. */
    public record PendingChange(String type, LocalDate expiresOn, String reason, String requestedBy,
                                Instant requestedAt) {
    }

    /** A person's representation against the listing. */
    public record Representation(long id, LocalDate receivedOn, String summary, String filedBy,
                                 LocalDate decideBy, boolean withinWindow, boolean overdue, String outcome,
                                 String decisionNote, String decidedBy, LocalDate decidedOn) {
    }

    /** One transition or event in the entry's life. */
    public record HistoryItem(Instant at, String actor, String action, String comment) {
    }
}
