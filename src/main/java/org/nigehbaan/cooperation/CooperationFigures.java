package org.nigehbaan.cooperation;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.nigehbaan.common.Figure;

/**
 * Cooperation's figures for a period (docs/cooperation.md, docs/programme.md): the programme's and the
 * statistics page's alike. No personal data; counts under 5 are {@code "<5"} ({@link Figure}).
 *
 * @param byTypeAndDirection one per case type and direction, all twelve
 * @param totals             over every type and direction
 * @param byMonth            cases received and closed per calendar month the period touches
 */
public record CooperationFigures(List<Row> byTypeAndDirection, Row totals, List<MonthRow> byMonth) {

    /**
     * @param type                     null in the totals
     * @param direction                null in the totals
     * @param opened                   cases received in the period
     * @param closed                   cases closed in the period
     * @param outcomes                 the cases closed in the period by final state (every closed state)
     * @param deadlinesMet             due dates in the period met, over every clock
     * @param deadlinesMissed          due dates in the period missed (late, or still running past them)
     * @param deadlinesMetShare        met / (met + missed)
     * @param deadlines                the same per clock
     * @param medianDaysToAcknowledge  over acknowledgements in the period
     * @param medianDaysToRespond      over answers in the period
     */
    public record Row(CaseType type, Direction direction, Figure opened, Figure closed, Map<CaseStatus, Figure> outcomes,
                      Figure deadlinesMet, Figure deadlinesMissed, Figure deadlinesMetShare,
                      Map<CaseClock, Deadlines> deadlines, Figure medianDaysToAcknowledge, Figure medianDaysToRespond) {
    }

    /** One clock's due dates in the period: met, missed, and met / (met + missed). */
    public record Deadlines(Figure met, Figure missed, Figure metShare) {
    }

    public record MonthRow(YearMonth month, Figure opened, Figure closed) {
    }
}
