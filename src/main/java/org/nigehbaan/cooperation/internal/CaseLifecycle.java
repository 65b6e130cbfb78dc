package org.nigehbaan.cooperation.internal;

import static org.nigehbaan.cooperation.CaseAction.ACCEPT;
import static org.nigehbaan.cooperation.CaseAction.ACKNOWLEDGE;
import static org.nigehbaan.cooperation.CaseAction.COMPLETE;
import static org.nigehbaan.cooperation.CaseAction.REFUSE;
import static org.nigehbaan.cooperation.CaseAction.RESPOND;
import static org.nigehbaan.cooperation.CaseAction.SCHEDULE;
import static org.nigehbaan.cooperation.CaseAction.START_REVIEW;
import static org.nigehbaan.cooperation.CaseAction.WITHDRAW;
import static org.nigehbaan.cooperation.CaseStatus.ACKNOWLEDGED;
import static org.nigehbaan.cooperation.CaseStatus.COMPLETED;
import static org.nigehbaan.cooperation.CaseStatus.EXECUTING;
import static org.nigehbaan.cooperation.CaseStatus.RECEIVED;
import static org.nigehbaan.cooperation.CaseStatus.REFUSED;
import static org.nigehbaan.cooperation.CaseStatus.RESPONDED;
import static org.nigehbaan.cooperation.CaseStatus.SCHEDULED;
import static org.nigehbaan.cooperation.CaseStatus.UNDER_REVIEW;
import static org.nigehbaan.cooperation.CaseStatus.WITHDRAWN;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.cooperation.CaseAction;
import org.nigehbaan.cooperation.CaseStatus;
import org.nigehbaan.cooperation.CaseType;

/**
 * The state machine of each case type, as a table: (type, state, action) → next state. Guards that depend on
 * the case's facts (an extradition needs its s.194 arrangement; a return needs verified nationality, notice and
 * a valid travel document) are checked by {@link CooperationCase}; this table only says which steps exist.
 */
public final class CaseLifecycle {

    private static final Map<CaseType, Map<CaseStatus, Map<CaseAction, CaseStatus>>> TABLE = new EnumMap<>(CaseType.class);

    static {
        for (CaseType t : EnumSet.of(CaseType.MUTUAL_LEGAL_ASSISTANCE, CaseType.EXTRADITION, CaseType.ILLICIT_FINANCE,
                CaseType.NARCOTICS)) {
            // received → acknowledged → under review → executing → responded; refused after examination
            step(t, RECEIVED, ACKNOWLEDGE, ACKNOWLEDGED);
            step(t, ACKNOWLEDGED, START_REVIEW, UNDER_REVIEW);
            step(t, ACKNOWLEDGED, REFUSE, REFUSED);
            step(t, UNDER_REVIEW, ACCEPT, EXECUTING);
            step(t, UNDER_REVIEW, REFUSE, REFUSED);
            step(t, EXECUTING, RESPOND, RESPONDED);
            withdrawable(t, RECEIVED, ACKNOWLEDGED, UNDER_REVIEW, EXECUTING);
        }
        // A criminal record request is answered directly: the reply is the decision and the execution.
        step(CaseType.CRIMINAL_RECORD, RECEIVED, ACKNOWLEDGE, ACKNOWLEDGED);
        step(CaseType.CRIMINAL_RECORD, ACKNOWLEDGED, RESPOND, RESPONDED);
        step(CaseType.CRIMINAL_RECORD, ACKNOWLEDGED, REFUSE, REFUSED);
        withdrawable(CaseType.CRIMINAL_RECORD, RECEIVED, ACKNOWLEDGED);
        // A return is examined (nationality verified), scheduled with notice, rescheduled if need be, completed.
        step(CaseType.RETURN, RECEIVED, ACKNOWLEDGE, ACKNOWLEDGED);
        step(CaseType.RETURN, ACKNOWLEDGED, START_REVIEW, UNDER_REVIEW);
        step(CaseType.RETURN, ACKNOWLEDGED, REFUSE, REFUSED);
        step(CaseType.RETURN, UNDER_REVIEW, SCHEDULE, SCHEDULED);
        step(CaseType.RETURN, UNDER_REVIEW, REFUSE, REFUSED);
        step(CaseType.RETURN, SCHEDULED, SCHEDULE, SCHEDULED);
        step(CaseType.RETURN, SCHEDULED, COMPLETE, COMPLETED);
        withdrawable(CaseType.RETURN, RECEIVED, ACKNOWLEDGED, UNDER_REVIEW, SCHEDULED);
    }

    private CaseLifecycle() {
    }

    private static void step(CaseType type, CaseStatus from, CaseAction action, CaseStatus to) {
        TABLE.computeIfAbsent(type, t -> new EnumMap<>(CaseStatus.class))
                .computeIfAbsent(from, s -> new EnumMap<>(CaseAction.class)).put(action, to);
    }

    private static void withdrawable(CaseType type, CaseStatus... from) {
        for (CaseStatus s : from) {
            step(type, s, WITHDRAW, WITHDRAWN);
        }
    }

    /**
     * The state {@code action} leads to.
     *
     * @throws DomainException CONFLICT naming the state and the steps that are possible from it
     */
    public static CaseStatus next(CaseType type, CaseStatus from, CaseAction action) {
        CaseStatus to = TABLE.get(type).getOrDefault(from, Map.of()).get(action);
        if (to == null) {
            throw DomainException.conflict("a " + type + " case that is " + from + " cannot be "
                    + describe(action) + (allowed(type, from).isEmpty() ? "; it is closed"
                    : "; possible now: " + allowed(type, from)));
        }
        return to;
    }

    /** The actions possible from {@code from}, in declaration order. */
    public static Set<CaseAction> allowed(CaseType type, CaseStatus from) {
        Map<CaseAction, CaseStatus> m = TABLE.get(type).get(from);
        return m == null ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(m.keySet()));
    }

    /** Every state a type can be in, for documentation and tests. */
    public static Set<CaseStatus> states(CaseType type) {
        Set<CaseStatus> s = EnumSet.noneOf(CaseStatus.class);
        TABLE.get(type).forEach((from, steps) -> {
            s.add(from);
            s.addAll(steps.values());
        });
        return s;
    }

    private static String describe(CaseAction a) {
        return switch (a) {
            case ACKNOWLEDGE -> "acknowledged";
            case START_REVIEW -> "put under review";
            case ACCEPT -> "accepted for execution";
            case REFUSE -> "refused";
            case RESPOND -> "responded to";
            case SCHEDULE -> "scheduled";
            case COMPLETE -> "completed";
            case WITHDRAW -> "withdrawn";
        };
    }

    // Terminal states never appear as a 'from': a closed case has no steps.
    static {
        for (Map<CaseStatus, Map<CaseAction, CaseStatus>> byState : TABLE.values()) {
            for (CaseStatus closed : EnumSet.of(RESPONDED, COMPLETED, REFUSED, WITHDRAWN)) {
                if (byState.containsKey(closed)) {
                    throw new IllegalStateException(closed + " must be terminal");
                }
            }
        }
    }
}
