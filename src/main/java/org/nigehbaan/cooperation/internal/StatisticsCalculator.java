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
import org.nigehbaan.cooperation.CooperationStatistics;
import org.nigehbaan.cooperation.CooperationStatistics.DeadlineFigures;
import org.nigehbaan.cooperation.CooperationStatistics.Row;
import org.nigehbaan.cooperation.Direction;

/**
 * The delivery unit's figures from case dates alone, for a period {@code [from, to]}:
 * <ul>
 *   <li>opened: received in the period; closed: closed in the period, by final state;</li>
 *   <li>median days from receipt to acknowledgement, over acknowledgements in the period; and to the answer
 *       (a response, a completed return, a refused record request), over answers in the period;</li>
 *   <li>deadlines met: per clock, over due dates in the period; a clock still running past its due date
 *       counts as missed, one stopped by withdrawal or refusal does not count, one not yet due waits.</li>
 * </ul>
 * One {@link Tally} per row serves both shapes: the statistics endpoint's ({@link CooperationStatistics}) and the
 * programme's ({@link CooperationFigures}, small counts suppressed).
 */
public final class StatisticsCalculator {

    private StatisticsCalculator() {
    }

    public static CooperationStatistics compute(List<CaseDates> cases, LocalDate from, LocalDate to, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        for (CaseType type : CaseType.values()) {
            for (Direction direction : new Direction[] {Direction.OUTGOING, Direction.INCOMING}) {
                rows.add(tally(cases, c -> c.type() == type && c.direction() == direction, from, to, today)
                        .statistics(type, direction));
            }
        }
        return new CooperationStatistics(from, to, today, rows,
                tally(cases, c -> true, from, to, today).statistics(null, null));
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
        final Map<CaseClock, long[]> deadlines = new EnumMap<>(CaseClock.class);

        Tally() {
            for (CaseClock k : CaseClock.values()) {
                deadlines.put(k, new long[2]);
            }
        }

        Row statistics(CaseType type, Direction direction) {
            Map<CaseClock, DeadlineFigures> figures = new EnumMap<>(CaseClock.class);
            deadlines.forEach((k, mm) -> figures.put(k, new DeadlineFigures(mm[0], mm[1],
                    mm[0] + mm[1] == 0 ? null : (double) mm[0] / (mm[0] + mm[1]))));
            return new Row(type, direction, opened, closed, outcomes, median(toAcknowledge), median(toRespond), figures);
        }

        CooperationFigures.Row figures(CaseType type, Direction direction) {
            long met = 0;
            long missed = 0;
            for (long[] mm : deadlines.values()) {
                met += mm[0];
                missed += mm[1];
            }
            return new CooperationFigures.Row(type, direction, Figure.count(opened), Figure.count(closed),
                    Figure.count(met), Figure.count(missed), Figure.share(met, met + missed),
                    Figure.median(toAcknowledge.stream().mapToLong(Long::longValue).toArray()),
                    Figure.median(toRespond.stream().mapToLong(Long::longValue).toArray()));
        }
    }

    private static Tally tally(List<CaseDates> all, Predicate<CaseDates> which, LocalDate from, LocalDate to,
                               LocalDate today) {
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

    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> s = values.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? (double) s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
    }

    private static boolean in(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }
}
