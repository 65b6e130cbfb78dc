package org.nigehbaan.childprotection;

import java.time.Instant;

/** A report awaiting triage entered its grade's warning window before the deadline. No personal data. */
public record ChildReportDeadlineApproaching(String reference, Grade grade, Instant dueBy, Instant warnedAt) {
}
