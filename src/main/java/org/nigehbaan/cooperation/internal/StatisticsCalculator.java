package org.nigehbaan.cooperation.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.nigehbaan.cooperation.CaseClock;
import org.nigehbaan.cooperation.CaseStatus;
import org.nigehbaan.cooperation.CaseType;
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
 */
public final class StatisticsCalculator {

    private StatisticsCalculator() {
    }

    public static CooperationStatistics compute(List<CaseDates> cases, LocalDate from, LocalDate to, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        for (CaseType type : CaseType.values()) {
            for (Direction direction : new Direction[] {Direction.OUTGOING, Direction.INCOMING}) {
                rows.add(row(type, direction, cases, c -> c.type() == type && c.direction() == direction, from, to, today));
            }
        }
        return new CooperationStatistics(from, to, today, rows, row(null, null, cases, c -> true, from, to, today));
    }

    private static Row row(CaseType type, Direction direction, List<CaseDates> all, Predicate<CaseDates> which,
                           LocalDate from, LocalDate to, LocalDate today) {
        long opened = 0;
        long closed = 0;
        Map<CaseStatus, Long> outcomes = new EnumMap<>(CaseStatus.class);
        List<Long> toAcknowledge = new ArrayList<>();
        List<Long> toRespond = new ArrayList<>();
        Map<CaseClock, long[]> deadlines = new EnumMap<>(CaseClock.class);
        for (CaseClock k : CaseClock.values()) {
            deadlines.put(k, new long[2]);
        }
        for (CaseDates c : all) {
            if (!which.test(c)) {
                continue;
            }
            if (in(c.receivedOn(), from, to)) {
                opened++;
            }
            if (c.status().isClosed() && in(c.closedOn(), from, to)) {
                closed++;
                outcomes.merge(c.status(), 1L, Long::sum);
            }
            if (in(c.acknowledgedOn(), from, to)) {
                toAcknowledge.add(ChronoUnit.DAYS.between(c.receivedOn(), c.acknowledgedOn()));
            }
            LocalDate answered = answeredOn(c);
            if (in(answered, from, to)) {
                toRespond.add(ChronoUnit.DAYS.between(c.receivedOn(), answered));
            }
            count(deadlines.get(CaseClock.ACKNOWLEDGE), c.ackDueOn(), c.acknowledgedOn(), c, from, to, today);
            count(deadlines.get(CaseClock.DECIDE), c.decideDueOn(), c.decidedOn(), c, from, to, today);
            count(deadlines.get(CaseClock.RESPOND), c.respondDueOn(), answered, c, from, to, today);
        }
        Map<CaseClock, DeadlineFigures> figures = new EnumMap<>(CaseClock.class);
        deadlines.forEach((k, mm) -> figures.put(k, new DeadlineFigures(mm[0], mm[1],
                mm[0] + mm[1] == 0 ? null : (double) mm[0] / (mm[0] + mm[1]))));
        return new Row(type, direction, opened, closed, outcomes, median(toAcknowledge), median(toRespond), figures);
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
