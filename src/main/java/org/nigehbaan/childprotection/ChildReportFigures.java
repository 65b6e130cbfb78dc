package org.nigehbaan.childprotection;

import java.util.Map;
import org.nigehbaan.common.ReportingPeriod;

/**
 * The module's figures for a period, for the delivery unit: raw counts, no personal data (the programme module
 * applies its own "&lt;5" rule).
 *
 * @param received              reports received in the period
 * @param receivedByGrade       of those, by their grade now
 * @param receivedByChannel     of those, by how they came in
 * @param triagedWithinDeadline reports triaged in the period before their deadline
 * @param triagedAfterDeadline  reports triaged in the period after their deadline
 * @param overdueAwaitingTriage reports still awaiting triage whose deadline passed before the period's end (or now)
 * @param open                  reports received by the period's end and not closed by then
 * @param bundlesFormed         bundles that came to hold two or more reports in the period
 * @param registerAlerts        alerts raised in the period because a suspect matched a registrant
 */
public record ChildReportFigures(ReportingPeriod period, long received, Map<Grade, Long> receivedByGrade,
                                 Map<IntakeChannel, Long> receivedByChannel, long triagedWithinDeadline,
                                 long triagedAfterDeadline, long overdueAwaitingTriage, long open,
                                 long bundlesFormed, long registerAlerts) {

    /** Triaged late plus still waiting past the deadline. */
    public long breached() {
        return triagedAfterDeadline + overdueAwaitingTriage;
    }
}
