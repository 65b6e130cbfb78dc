package org.nigehbaan.childprotection;

import java.time.Instant;

/** What a platform may read back about its own report: where it stands, nothing of the officers' work. */
public record StatusView(String reference, String sourceReportId, ReportStatus status, Instant receivedAt) {
}
