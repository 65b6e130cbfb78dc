package org.nigehbaan.cooperation;

import java.time.YearMonth;
import java.util.List;
import org.nigehbaan.common.Figure;

/**
 * Cooperation's programme figures for a period, computed by the same rules as {@link CooperationStatistics}
 * (docs/cooperation.md, docs/programme.md). No personal data.
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
     * @param deadlinesMet             due dates in the period met, over every clock
     * @param deadlinesMissed          due dates in the period missed (late, or still running past them)
     * @param deadlinesMetShare        met / (met + missed)
     * @param medianDaysToAcknowledge  over acknowledgements in the period
     * @param medianDaysToRespond      over answers in the period
     */
    public record Row(CaseType type, Direction direction, Figure opened, Figure closed, Figure deadlinesMet,
                      Figure deadlinesMissed, Figure deadlinesMetShare, Figure medianDaysToAcknowledge,
                      Figure medianDaysToRespond) {
    }

    public record MonthRow(YearMonth month, Figure opened, Figure closed) {
    }
}
