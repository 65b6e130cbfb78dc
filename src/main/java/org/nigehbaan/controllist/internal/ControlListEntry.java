package org.nigehbaan.controllist.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.controllist.ControlListPolicy;
import org.nigehbaan.controllist.EntryStatus;
import org.nigehbaan.controllist.Ground;
import org.nigehbaan.controllist.ListType;
import org.nigehbaan.identity.Person;

/**
 * A control-list entry and the rules of its lifecycle. Each state change is a guarded method that throws
 * {@link DomainException} (409) when the law or the four-eyes rule forbids it, and returns what happened so
 * the service can record history, audit and events.
 */
public class ControlListEntry {

    /** What a command did, for history, audit and events. */
    public enum Outcome { PROPOSED, ACTIVATED, REJECTED, EXTENSION_REQUESTED, EXTENDED, REMOVAL_REQUESTED,
        REMOVED, CHANGE_DECLINED, EXPIRED, NOTICE_RECORDED }

    public enum PendingType { EXTENSION, REMOVAL }

    Long id;
    String externalId;
    ListType list;
    Ground ground;
    EntryStatus status;
    Person person;
    String legalBasis;
    String referringAgency;
    String reason;
    String caseReference;
    LocalDate effectiveFrom;
    LocalDate expiresOn;
    Instant expiresAt;
    LocalDate noticeServedOn;
    boolean urgentSecurity;
    String proposedBy;
    Instant proposedAt;
    String decidedBy;
    Instant decidedAt;
    String decisionComment;
    Instant activatedAt;
    String endedBy;
    Instant endedAt;
    String endReason;
    int extensions;
    PendingType pendingChange;
    LocalDate pendingExpiresOn;
    String pendingReason;
    String pendingBy;
    Instant pendingAt;
    Long importId;
    int version;

    ControlListEntry() {
    }

    /** A new proposal; its expiry follows from the ground's statutory term, or the date the proposer gave. */
    static ControlListEntry propose(ListType list, Ground ground, Person person, String legalBasis,
                                    String referringAgency, String reason, String caseReference,
                                    LocalDate effectiveFrom, LocalDate expiresOn, LocalDate noticeServedOn,
                                    boolean urgentSecurity, String proposedBy, Instant now, ZoneId zone) {
        ControlListEntry e = new ControlListEntry();
        e.list = list;
        e.ground = ground;
        e.status = EntryStatus.PROPOSED;
        e.person = person;
        e.legalBasis = legalBasis;
        e.referringAgency = referringAgency;
        e.reason = reason;
        e.caseReference = caseReference;
        e.effectiveFrom = effectiveFrom;
        e.setExpiry(expiresOn, zone);
        e.noticeServedOn = noticeServedOn;
        e.urgentSecurity = urgentSecurity;
        e.proposedBy = proposedBy;
        e.proposedAt = now;
        return e;
    }

    /** The status as of {@code now}: an active entry past its expiry instant is expired, job or no job. */
    public EntryStatus effectiveStatus(Instant now) {
        if (status == EntryStatus.ACTIVE && expiresAt != null && !now.isBefore(expiresAt)) {
            return EntryStatus.EXPIRED;
        }
        return status;
    }

    /**
     * An approver's decision: activates a proposal, or applies a pending extension or removal. The person who
     * proposed (or asked for the change) can never approve it.
     */
    public Outcome approve(String approver, String comment, Instant now, ZoneId zone, int urgentNoticeHours) {
        EntryStatus current = effectiveStatus(now);
        if (current == EntryStatus.PROPOSED) {
            if (approver.equalsIgnoreCase(proposedBy)) {
                throw DomainException.conflict("entry " + id + " was proposed by " + proposedBy
                        + ": the proposer can never approve it; another approver must decide");
            }
            if (noticeServedOn == null && !urgentSecurity) {
                throw DomainException.conflict("entry " + id + " has no record of notice to the person: record the "
                        + "notice first (only urgent security cases may be listed before notice, within "
                        + urgentNoticeHours + " h)");
            }
            if (expiresAt != null && !now.isBefore(expiresAt)) {
                throw DomainException.conflict("entry " + id + "'s term already ended on " + expiresOn
                        + ": there is nothing to approve");
            }
            status = EntryStatus.ACTIVE;
            decidedBy = approver;
            decidedAt = now;
            decisionComment = comment;
            activatedAt = now;
            return Outcome.ACTIVATED;
        }
        if (current == EntryStatus.ACTIVE && pendingChange != null) {
            if (approver.equalsIgnoreCase(pendingBy)) {
                throw DomainException.conflict("the " + pendingChange.name().toLowerCase() + " of entry " + id
                        + " was asked for by " + pendingBy + ": another approver must decide it");
            }
            PendingType type = pendingChange;
            if (type == PendingType.EXTENSION) {
                setExpiry(pendingExpiresOn, zone);
                extensions++;
                clearPending();
                return Outcome.EXTENDED;
            }
            end(EntryStatus.REMOVED, approver, pendingReason + (comment == null ? "" : " (" + comment + ")"), now);
            clearPending();
            return Outcome.REMOVED;
        }
        throw DomainException.conflict("entry " + id + " is " + current + (current == EntryStatus.ACTIVE
                ? " with no extension or removal waiting" : "") + ": nothing to approve");
    }

    /** Refuses a proposal, or declines a pending extension or removal (the entry stays active). */
    public Outcome reject(String approver, String comment, Instant now) {
        EntryStatus current = effectiveStatus(now);
        if (current == EntryStatus.PROPOSED) {
            status = EntryStatus.REJECTED;
            decidedBy = approver;
            decidedAt = now;
            decisionComment = comment;
            return Outcome.REJECTED;
        }
        if (current == EntryStatus.ACTIVE && pendingChange != null) {
            clearPending();
            return Outcome.CHANGE_DECLINED;
        }
        throw DomainException.conflict("entry " + id + " is " + current + ": nothing to reject");
    }

    /**
     * Asks for a later end. Only an active entry with an end date can be extended, within the ground's limits,
     * and the extension takes effect only when another approver approves it.
     */
    public Outcome requestExtension(String by, LocalDate newExpiresOn, String why, ControlListPolicy.Terms terms, Instant now) {
        requireActiveWithoutPending(now, "extended");
        if (expiresOn == null) {
            throw DomainException.conflict("entry " + id + " lasts until removed: there is no end to extend");
        }
        if (!newExpiresOn.isAfter(expiresOn)) {
            throw DomainException.conflict("an extension must end after the current end, " + expiresOn);
        }
        if (terms.term() != null) {
            if (terms.maxExtension() == null || terms.maxExtensions() == 0) {
                throw DomainException.conflict(ground + " listings cannot be extended");
            }
            if (terms.maxExtensions() > 0 && extensions >= terms.maxExtensions()) {
                throw DomainException.conflict("entry " + id + " has already had " + extensions + " extension"
                        + (extensions == 1 ? "" : "s") + "; " + ground + " allows " + terms.maxExtensions());
            }
            LocalDate limit = expiresOn.plus(terms.maxExtension());
            if (newExpiresOn.isAfter(limit)) {
                throw DomainException.conflict("one extension of a " + ground + " listing may add at most "
                        + terms.maxExtension() + ": the latest end is " + limit);
            }
        }
        pendingChange = PendingType.EXTENSION;
        pendingExpiresOn = newExpiresOn;
        pendingReason = why;
        pendingBy = by;
        pendingAt = now;
        return Outcome.EXTENSION_REQUESTED;
    }

    /**
     * Takes a person off the list. An approver's removal takes effect at once (a proposal is rejected instead);
     * a list officer's becomes a request another approver decides.
     */
    public Outcome remove(String by, boolean approver, String why, Instant now) {
        EntryStatus current = effectiveStatus(now);
        if (current == EntryStatus.PROPOSED && approver) {
            return reject(by, why, now);
        }
        requireActiveWithoutPending(now, "removed");
        if (approver) {
            end(EntryStatus.REMOVED, by, why, now);
            return Outcome.REMOVED;
        }
        pendingChange = PendingType.REMOVAL;
        pendingReason = why;
        pendingBy = by;
        pendingAt = now;
        return Outcome.REMOVAL_REQUESTED;
    }

    /** Records that the lapse of an entry's term has been noticed (the nightly job). */
    public Outcome expire(Instant now) {
        if (effectiveStatus(now) != EntryStatus.EXPIRED || status != EntryStatus.ACTIVE) {
            throw DomainException.conflict("entry " + id + " has not lapsed");
        }
        end(EntryStatus.EXPIRED, "system", "term ended on " + expiresOn, now);
        clearPending();
        return Outcome.EXPIRED;
    }

    public Outcome recordNotice(LocalDate servedOn, Instant now) {
        EntryStatus current = effectiveStatus(now);
        if (current.isFinal()) {
            throw DomainException.conflict("entry " + id + " is " + current + ": notice can no longer be recorded");
        }
        noticeServedOn = servedOn;
        return Outcome.NOTICE_RECORDED;
    }

    /** Urgent listings must be followed by notice within the policy's hours of activation. */
    public boolean noticeOverdue(Instant now, int urgentNoticeHours) {
        return noticeServedOn == null && status == EntryStatus.ACTIVE && activatedAt != null
                && now.isAfter(activatedAt.plus(urgentNoticeHours, ChronoUnit.HOURS));
    }

    private void requireActiveWithoutPending(Instant now, String verb) {
        EntryStatus current = effectiveStatus(now);
        if (current != EntryStatus.ACTIVE) {
            throw DomainException.conflict("entry " + id + " is " + current + ": only an active entry can be " + verb);
        }
        if (pendingChange != null) {
            throw DomainException.conflict("entry " + id + " already has a " + pendingChange.name().toLowerCase()
                    + " waiting for an approver");
        }
    }

    private void end(EntryStatus to, String by, String why, Instant now) {
        status = to;
        endedBy = by;
        endedAt = now;
        endReason = why;
    }

    private void clearPending() {
        pendingChange = null;
        pendingExpiresOn = null;
        pendingReason = null;
        pendingBy = null;
        pendingAt = null;
    }

    private void setExpiry(LocalDate day, ZoneId zone) {
        expiresOn = day;
        expiresAt = day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    public Long id() {
        return id;
    }

    public Ground ground() {
        return ground;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** True while the stored status is ACTIVE, even if the term has ended and the job has yet to record it. */
    public boolean isRecordedActive() {
        return status == EntryStatus.ACTIVE;
    }
}
