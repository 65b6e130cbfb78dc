package org.nigehbaan.register.internal;

import java.time.LocalDate;
import org.nigehbaan.register.DutyStatus;
import org.nigehbaan.register.DutyType;

/** A duty as stored. */
public record DutyRow(long id, long registrantId, DutyType type, LocalDate dueOn, DutyStatus status) {
}
