package org.nigehbaan.childprotection;

import java.time.Instant;

/** A report came in (once per report, not for a repeated {@code sourceReportId}). No personal data. */
public record ChildReportReceived(String reference, IntakeChannel channel, Grade grade, Instant dueBy,
                                  Instant receivedAt) {
}
