package org.nigehbaan.childprotection;

import java.time.Instant;

/**
 * A report passed its deadline untriaged and was escalated to the supervisor. No personal data.
 *
 * @param escalatedTo the supervisor (a username, or the duty role configured)
 */
public record ChildReportEscalated(String reference, Grade grade, Instant dueBy, String escalatedTo,
                                   Instant escalatedAt) {
}
