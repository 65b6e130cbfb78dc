package org.nigehbaan.childprotection;

import java.time.Instant;

/**
 * What a reporter gets back at once.
 *
 * @param reference the report's reference, to quote and to add information with later
 * @param grade     the grade the default rules gave it
 * @param dueBy     by when an officer must have triaged it
 * @param created   false when the same reporter had already sent this {@code sourceReportId}
 */
public record Submitted(String reference, Grade grade, Instant dueBy, boolean created) {
}
