package org.nigehbaan.cooperation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Programme figures for the delivery unit: counts, medians and deadlines, no personal data.
 *
 * @param from   first day of the period (inclusive)
 * @param to     last day of the period (inclusive)
 * @param asOf   the day the running clocks were judged on
 * @param rows   one per case type and direction, all twelve, zeros included
 * @param totals the same over all types and directions
 */
public record CooperationStatistics(LocalDate from, LocalDate to, LocalDate asOf, List<Row> rows, Row totals) {

    /**
     * @param type                    null in the totals
     * @param direction               null in the totals
     * @param opened                  cases received in the period
     * @param closed                  cases closed in the period
     * @param outcomes                closed cases by final state
     * @param medianDaysToAcknowledge over cases acknowledged in the period, receipt to acknowledgement; null if none
     * @param medianDaysToRespond     over cases answered in the period (responded, completed; refused record
     *                                requests), receipt to answer; null if none
     * @param deadlines               per clock, due dates falling in the period: met, missed (late or still
     *                                breached)
     */
    public record Row(CaseType type, Direction direction, long opened, long closed, Map<CaseStatus, Long> outcomes,
                      Double medianDaysToAcknowledge, Double medianDaysToRespond,
                      Map<CaseClock, DeadlineFigures> deadlines) {
    }

    /** @param metShare met / (met + missed), null when neither */
    public record DeadlineFigures(long met, long missed, Double metShare) {
    }
}
