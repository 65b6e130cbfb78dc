package org.nigehbaan.cooperation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A step in a case's history. The UK liaison sees the step, its dates and side, not the officer or the note.
 *
 * @param action      CREATED, a {@link CaseAction}, or a recorded fact (ARRANGEMENT_RECORDED, SHARING_CHANGED, ...)
 * @param effectiveOn the day the step counts from for the clocks
 */
public record TimelineEntry(Instant at, LocalDate effectiveOn, String action, CaseStatus fromStatus,
                            CaseStatus toStatus, Side side, String actor, String note) {
}
