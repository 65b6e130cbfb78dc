package org.nigehbaan.cooperation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.nigehbaan.cooperation.Attention;
import org.nigehbaan.cooperation.CaseClock;
import org.nigehbaan.cooperation.CaseStatus;
import org.nigehbaan.cooperation.CaseType;
import org.nigehbaan.cooperation.ClockState;
import org.nigehbaan.cooperation.ClockView;
import org.nigehbaan.cooperation.CooperationPolicy;

/**
 * The deadlines of casework, from {@link CooperationPolicy}: when each clock is due, and how it stands on a
 * given day. Due dates are computed once, when a clock starts, and stored with the case.
 */
public final class CaseClocks {

    private final CooperationPolicy policy;
    private final WorkingDays workingDays;

    public CaseClocks(CooperationPolicy policy) {
        this.policy = policy;
        this.workingDays = new WorkingDays(policy);
    }

    public CooperationPolicy policy() {
        return policy;
    }

    /** Today in the policy's time zone: the day the clocks count in. */
    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), policy.zone());
    }

    public LocalDate acknowledgeDue(LocalDate receivedOn) {
        return receivedOn.plusDays(policy.acknowledgeDays());
    }

    /** Null for criminal records, whose reply is their only decision. */
    public LocalDate decideDue(CaseType type, LocalDate receivedOn) {
        return type == CaseType.CRIMINAL_RECORD ? null : receivedOn.plusDays(policy.decideDays());
    }

    /** The reply clock a criminal record request starts with: working days from receipt. */
    public LocalDate criminalRecordReplyDue(LocalDate receivedOn) {
        return workingDays.plusWorkingDays(receivedOn, policy.criminalRecordWorkingDays());
    }

    public LocalDate executeDue(LocalDate decidedOn) {
        return decidedOn.plusDays(policy.executeDays());
    }

    /**
     * How a clock due on {@code due} stands on {@code today}: done in time or late; or still running (on track,
     * due soon within the warning window, breached the day after the due date); or stopped because the case
     * closed without the step.
     */
    public ClockState state(LocalDate due, LocalDate done, boolean caseClosed, LocalDate today) {
        if (done != null) {
            return done.isAfter(due) ? ClockState.MISSED : ClockState.MET;
        }
        if (caseClosed) {
            return ClockState.STOPPED;
        }
        long left = ChronoUnit.DAYS.between(today, due);
        if (left < 0) {
            return ClockState.BREACHED;
        }
        return left <= policy.warnDaysBefore() ? ClockState.DUE_SOON : ClockState.ON_TRACK;
    }

    /** The case's clocks that have started, in order, as they stand on {@code today}. */
    public List<ClockView> clocks(CooperationCase c, LocalDate today) {
        List<ClockView> out = new ArrayList<>(3);
        boolean closed = c.status().isClosed();
        out.add(view(CaseClock.ACKNOWLEDGE, c.ackDueOn(), c.acknowledgedOn(), closed, today));
        if (c.decideDueOn() != null) {
            out.add(view(CaseClock.DECIDE, c.decideDueOn(), c.decidedOn(), closed, today));
        }
        if (c.respondDueOn() != null) {
            out.add(view(CaseClock.RESPOND, c.respondDueOn(), respondedOn(c), closed, today));
        }
        return out;
    }

    /** The day the response clock stopped in time or late: a reply, a completed return, a refused record request. */
    static LocalDate respondedOn(CooperationCase c) {
        CaseStatus s = c.status();
        boolean answered = s == CaseStatus.RESPONDED || s == CaseStatus.COMPLETED
                || s == CaseStatus.REFUSED && c.type() == CaseType.CRIMINAL_RECORD;
        return answered ? c.closedOn() : null;
    }

    /** The earliest due date among the running clocks, or null when the case is closed. */
    public static LocalDate nextDue(CooperationCase c) {
        if (c.status().isClosed()) {
            return null;
        }
        LocalDate next = null;
        if (c.acknowledgedOn() == null) {
            next = c.ackDueOn();
        }
        if (c.decideDueOn() != null && c.decidedOn() == null) {
            next = min(next, c.decideDueOn());
        }
        if (c.respondDueOn() != null) {
            next = min(next, c.respondDueOn());
        }
        return next;
    }

    public Attention attention(LocalDate nextDue, boolean closed, LocalDate today) {
        if (closed || nextDue == null) {
            return Attention.CLOSED;
        }
        return switch (state(nextDue, null, false, today)) {
            case BREACHED -> Attention.BREACHED;
            case DUE_SOON -> Attention.DUE_SOON;
            default -> Attention.ON_TRACK;
        };
    }

    private ClockView view(CaseClock clock, LocalDate due, LocalDate done, boolean closed, LocalDate today) {
        ClockState state = state(due, done, closed, today);
        Long left = state.isRunning() ? ChronoUnit.DAYS.between(today, due) : null;
        return new ClockView(clock, due, done, state, left);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
