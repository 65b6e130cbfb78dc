package org.nigehbaan.cooperation.internal;

import java.time.LocalDate;
import org.nigehbaan.cooperation.CaseStatus;
import org.nigehbaan.cooperation.CaseType;
import org.nigehbaan.cooperation.Direction;

/** A case's type, direction, state and clock dates: what the programme figures are computed from. */
public record CaseDates(CaseType type, Direction direction, CaseStatus status, LocalDate receivedOn,
                        LocalDate ackDueOn, LocalDate acknowledgedOn, LocalDate decideDueOn, LocalDate decidedOn,
                        LocalDate respondDueOn, LocalDate closedOn) {
}
