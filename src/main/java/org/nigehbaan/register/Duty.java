package org.nigehbaan.register;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A duty with its due date, as the work list shows it.
 *
 * @param registrantName the registrant's full name (the work list is the officer's own caseload)
 * @param overdue        open and past its due date
 */
public record Duty(long id, long registrantId, String registrantName, String district, DutyType type,
                   LocalDate dueOn, DutyStatus status, boolean overdue, Instant closedAt) {
}
