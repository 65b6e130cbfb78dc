package org.nigehbaan.cooperation.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.nigehbaan.common.Figure;
import org.nigehbaan.cooperation.CaseClock;
import org.nigehbaan.cooperation.CaseStatus;
import org.nigehbaan.cooperation.CaseType;
import org.nigehbaan.cooperation.CooperationFigures;
import org.nigehbaan.cooperation.Direction;

/**
 * Cooperation's figures from case dates alone, for a period {@code [from, to]}:
 * <ul>
 *   <li>opened: received in the period; closed: closed in the period, by final state;</li>
 *   <li>median days from receipt to acknowledgement, over acknowledgements in the period; and to the answer
 *       (a response, a completed return, a refused record request), over answers in the period;</li>
 *   <li>deadlines met: per clock, over due dates in the period; a clock still running past its due date
 *       counts as missed, one stopped by withdrawal or refusal does not count, one not yet due waits.</li>
 * </ul>
 * Each row is counted in a {@link Tally} (the raw numbers, which never leave the module) and published through
 * {@link Figure} (small counts suppressed).
 */
public final class FiguresCalculator {

    private FiguresCalculator() {
    }

    public static CooperationFigures figures(List<CaseDates> cases, LocalDate from, LocalDate to, LocalDate today) {
        List<CooperationFigures.Row> rows = new ArrayList<>();
        for (CaseType type : CaseType.values()) {
            for (Direction direction : new Direction[] {Direction.OUTGOING, Direction.INCOMING}) {
                rows.add(tally(cases, c -> c.type() == type && c.direction() == direction, from, to, today)
                        .figures(type, direction));
            }
        }
        Map<YearMonth, long[]> months = new TreeMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.put(m, new long[2]);
        }
        for (CaseDates c : cases) {
            if (in(c.receivedOn(), from, to)) {
                months.get(YearMonth.from(c.receivedOn()))[0]++;
            }
            if (c.status().isClosed() && in(c.closedOn(), from, to)) {
                months.get(YearMonth.from(c.closedOn()))[1]++;
            }
        }
        return new CooperationFigures(rows, tally(cases, c -> true, from, to, today).figures(null, null),
                months.entrySet().stream().map(e -> new CooperationFigures.MonthRow(e.getKey(),
                        Figure.count(e.getValue()[0]), Figure.count(e.getValue()[1]))).toList());
    }

    /** The raw counts and durations behind one row. */
    static final class Tally {
        long opened;
        long closed;
        final Map<CaseStatus, Long> outcomes = new EnumMap<>(CaseStatus.class);
        final List<Long> toAcknowledge = new ArrayList<>();
        final List<Long> toRespond = new ArrayList<>();
        /** Per clock: {@code [met, missed]}. */
        final Map<CaseClock, long[]> deadlines = new EnumMap<>(CaseClock.class);

        Tally() {
            for (CaseClock k : CaseClock.values()) {
                deadlines.put(k, new long[2]);
            }
        }

        CooperationFigures.Row figures(CaseType type, Direction direction) {
            Map<CaseStatus, Figure> byOutcome = new EnumMap<>(CaseStatus.class);
            for (CaseStatus s : CaseStatus.values()) {
                if (s.isClosed()) {
                    byOutcome.put(s, Figure.count(outcomes.getOrDefault(s, 0L)));
                }
            }
            Map<CaseClock, CooperationFigures.Deadlines> perClock = new EnumMap<>(CaseClock.class);
            long met = 0;
            long missed = 0;
            for (Map.Entry<CaseClock, long[]> e : deadlines.entrySet()) {
                long[] mm = e.getValue();
                perClock.put(e.getKey(), new CooperationFigures.Deadlines(Figure.count(mm[0]), Figure.count(mm[1]),
                        Figure.share(mm[0], mm[0] + mm[1])));
                met += mm[0];
                missed += mm[1];
            }
            return new CooperationFigures.Row(type, direction, Figure.count(opened), Figure.count(closed), byOutcome,
                    Figure.count(met), Figure.count(missed), Figure.share(met, met + missed), perClock,
                    Figure.median(toAcknowledge.stream().mapToLong(Long::longValue).toArray()),
                    Figure.median(toRespond.stream().mapToLong(Long::longValue).toArray()));
        }
    }

    static Tally tally(List<CaseDates> all, Predicate<CaseDates> which, LocalDate from, LocalDate to, LocalDate today) {
        Tally t = new Tally();
        for (CaseDates c : all) {
            if (!which.test(c)) {
                continue;
            }
            if (in(c.receivedOn(), from, to)) {
                t.opened++;
            }
            if (c.status().isClosed() && in(c.closedOn(), from, to)) {
                t.closed++;
                t.outcomes.merge(c.status(), 1L, Long::sum);
            }
            if (in(c.acknowledgedOn(), from, to)) {
                t.toAcknowledge.add(ChronoUnit.DAYS.between(c.receivedOn(), c.acknowledgedOn()));
            }
            LocalDate answered = answeredOn(c);
            if (in(answered, from, to)) {
                t.toRespond.add(ChronoUnit.DAYS.between(c.receivedOn(), answered));
            }
            count(t.deadlines.get(CaseClock.ACKNOWLEDGE), c.ackDueOn(), c.acknowledgedOn(), c, from, to, today);
            count(t.deadlines.get(CaseClock.DECIDE), c.decideDueOn(), c.decidedOn(), c, from, to, today);
            count(t.deadlines.get(CaseClock.RESPOND), c.respondDueOn(), answered, c, from, to, today);
        }
        return t;
    }

    private static void count(long[] metMissed, LocalDate due, LocalDate done, CaseDates c, LocalDate from,
                              LocalDate to, LocalDate today) {
        if (!in(due, from, to)) {
            return;
        }
        if (done != null) {
            metMissed[done.isAfter(due) ? 1 : 0]++;
        } else if (!c.status().isClosed() && today.isAfter(due)) {
            metMissed[1]++;
        }
    }

    static LocalDate answeredOn(CaseDates c) {
        boolean answered = c.status() == CaseStatus.RESPONDED || c.status() == CaseStatus.COMPLETED
                || c.status() == CaseStatus.REFUSED && c.type() == CaseType.CRIMINAL_RECORD;
        return answered ? c.closedOn() : null;
    }

    private static boolean in(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }
}
