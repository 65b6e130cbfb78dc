package org.nigehbaan.childprotection;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nigehbaan.common.Figure;
import org.nigehbaan.common.ReportingPeriod;

/**
 * The module's figures for a period: raw counts, no personal data. They stay inside the service and its tests;
 * every surface (the API, the figures page, the programme) shows {@link #published()}, where counts under five
 * read "&lt;5".
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

    /** The figures as every surface shows them: each count a {@link Figure}, under five suppressed. */
    public Published published() {
        Map<Grade, Figure> byGrade = new LinkedHashMap<>();
        for (Grade g : Grade.values()) {
            byGrade.put(g, Figure.count(receivedByGrade.getOrDefault(g, 0L)));
        }
        Map<IntakeChannel, Figure> byChannel = new LinkedHashMap<>();
        for (IntakeChannel c : IntakeChannel.values()) {
            byChannel.put(c, Figure.count(receivedByChannel.getOrDefault(c, 0L)));
        }
        long triaged = triagedWithinDeadline + triagedAfterDeadline;
        return new Published(period, Figure.count(received), byGrade, byChannel, Figure.count(triagedWithinDeadline),
                Figure.count(triagedAfterDeadline), Figure.share(triagedWithinDeadline, triaged),
                Figure.count(overdueAwaitingTriage), Figure.count(breached()), Figure.count(open),
                Figure.count(bundlesFormed), Figure.count(registerAlerts));
    }

    /**
     * The published figures (fields as above; every grade and channel listed, so an absent row cannot reveal a
     * zero).
     *
     * @param triagedWithinDeadlineShare of the reports triaged in the period, the share triaged before the deadline
     * @param breached                   triaged late plus still waiting past the deadline
     */
    public record Published(ReportingPeriod period, Figure received, Map<Grade, Figure> receivedByGrade,
                            Map<IntakeChannel, Figure> receivedByChannel, Figure triagedWithinDeadline,
                            Figure triagedAfterDeadline, Figure triagedWithinDeadlineShare,
                            Figure overdueAwaitingTriage, Figure breached, Figure open, Figure bundlesFormed,
                            Figure registerAlerts) {
    }
}
