package org.nigehbaan.register.internal;

import java.time.Instant;
import java.util.Optional;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.register.RegisterChange;
import org.nigehbaan.register.RegistrantId;
import org.nigehbaan.register.RegistrantIdentityWithdrawn;
import org.nigehbaan.register.RegistrantStatus;
import org.nigehbaan.register.WithdrawalReason;

/**
 * A registrant as an aggregate for the changes that need two people: removing the record, and discharging an
 * indefinite period on review. It guards each step and returns what the step causes (the request to store, the
 * status to save, the event to publish); the service locks, saves, audits and publishes.
 */
public final class Registrant {

    private final RegistrantRow row;
    private final Optional<RegisterChange> pending;

    private Registrant(RegistrantRow row, Optional<RegisterChange> pending) {
        this.row = row;
        this.pending = pending;
    }

    public static Registrant of(RegistrantRow row, Optional<RegisterChange> pending) {
        return new Registrant(row, pending);
    }

    public RegistrantRow row() {
        return row;
    }

    /** A change one officer asked for: to be stored PENDING until a second officer decides it. */
    public record Requested(RegisterChange.Kind kind, String reason) {
    }

    /**
     * What an approved change does: the status the registrant takes, with its reason; and, when the registrant was
     * subject to notification, the withdrawal that takes the identity out of screening (duties stop).
     */
    public record Applied(RegistrantStatus status, String statusReason, Optional<RegistrantIdentityWithdrawn> withdrawn) {
    }

    /** Asks for the record to be removed (it stays, marked REMOVED, no longer found by searches). */
    public Requested requestRemoval(String reason) {
        requireNotRemoved();
        requireNothingPending();
        return new Requested(RegisterChange.Kind.REMOVAL, reason);
    }

    /** Asks for an indefinite period to be discharged on review. */
    public Requested requestDischarge(String reason) {
        requireReviewable();
        requireNothingPending();
        return new Requested(RegisterChange.Kind.DISCHARGE, reason);
    }

    /**
     * Applies the pending change {@code change} approved by {@code approver}: never the officer who asked (409),
     * and only while it still makes sense (a registrant removed meanwhile, or no longer indefinite, is a 409).
     */
    public Applied approve(RegisterChange change, String approver, Instant now) {
        requirePending(change);
        if (change.requestedBy().equalsIgnoreCase(approver)) {
            throw DomainException.conflict("the " + change.kind().name().toLowerCase() + " of registrant " + row.id()
                    + " was asked for by " + change.requestedBy() + ": a second register officer must approve it");
        }
        return switch (change.kind()) {
            case REMOVAL -> {
                requireNotRemoved();
                yield end(RegistrantStatus.REMOVED, change.reason(), WithdrawalReason.RECORD_REMOVED, now);
            }
            case DISCHARGE -> {
                requireReviewable();
                yield end(RegistrantStatus.ENDED, "discharged on review: " + change.reason(),
                        WithdrawalReason.DISCHARGED_ON_REVIEW, now);
            }
        };
    }

    /** Refuses the pending change: nothing about the registrant changes. */
    public void reject(RegisterChange change, String by) {
        requirePending(change);
        if (change.requestedBy().equalsIgnoreCase(by)) {
            throw DomainException.conflict("the " + change.kind().name().toLowerCase() + " of registrant " + row.id()
                    + " was asked for by " + by + ": a second register officer decides it");
        }
    }

    private Applied end(RegistrantStatus status, String reason, WithdrawalReason why, Instant now) {
        Optional<RegistrantIdentityWithdrawn> withdrawn = row.active()
                ? Optional.of(new RegistrantIdentityWithdrawn(new RegistrantId(row.id()), why, now)) : Optional.empty();
        return new Applied(status, reason, withdrawn);
    }

    private void requirePending(RegisterChange change) {
        if (change.status() != RegisterChange.Status.PENDING) {
            throw DomainException.conflict("request " + change.id() + " was already " + change.status().name()
                    .toLowerCase());
        }
    }

    private void requireNothingPending() {
        pending.ifPresent(p -> {
            throw DomainException.conflict("registrant " + row.id() + " already has a " + p.kind().name().toLowerCase()
                    + " waiting for a second officer (request " + p.id() + ")");
        });
    }

    private void requireNotRemoved() {
        if (row.status() == RegistrantStatus.REMOVED) {
            throw DomainException.conflict("Registrant " + row.id() + " was removed from the register ("
                    + row.statusReason() + ")");
        }
    }

    /** Only an active registrant's indefinite period is reviewed (409 otherwise). */
    public void requireReviewable() {
        if (!row.active()) {
            throw DomainException.conflict("Registrant " + row.id() + " is " + row.status()
                    + (row.statusReason() == null ? "" : " (" + row.statusReason() + ")") + ": no duties run");
        }
        if (!row.indefinite()) {
            throw DomainException.conflict("Registrant " + row.id() + " has a finite period ending " + row.endsOn()
                    + ": only an indefinite period is reviewed");
        }
    }
}
