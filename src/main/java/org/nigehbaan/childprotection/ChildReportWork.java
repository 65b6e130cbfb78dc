package org.nigehbaan.childprotection;

import java.util.List;

/**
 * What waits for child-protection officers (the home page): counts over open reports and the most urgent reports
 * awaiting triage, earliest deadline first. No description, no suspect.
 *
 * @param awaitingTriage     reports not triaged yet
 * @param overdue            of those, past their deadline
 * @param dueSoon            of those, inside their grade's warning window and not yet past the deadline
 * @param escalated          open reports escalated to the supervisor after a breach
 * @param withRegisterAlerts open reports with a suspect matching a registrant
 * @param mostUrgent         reports awaiting triage, earliest deadline first
 */
public record ChildReportWork(long awaitingTriage, long overdue, long dueSoon, long escalated,
                              long withRegisterAlerts, List<ReportSummary> mostUrgent) {

    public ChildReportWork {
        mostUrgent = List.copyOf(mostUrgent);
    }
}
