package org.nigehbaan.childprotection;

import java.time.Instant;

/**
 * A report in the work queue: no description and no suspects, only what orders the work.
 *
 * @param deadline ON_TRACK, DUE_SOON (inside the warning window), OVERDUE (untriaged past its deadline), or MET
 *                 (triaged in time) / MISSED (triaged late)
 */
public record ReportSummary(String reference, IntakeChannel channel, IncidentType incidentType, Grade grade,
                            ReportStatus status, Instant receivedAt, Instant dueBy, String deadline,
                            boolean escalated, Long bundleId, int bundleSize, int alerts) {
}
