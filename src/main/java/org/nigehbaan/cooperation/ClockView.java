package org.nigehbaan.cooperation;

import java.time.LocalDate;

/**
 * One clock of a case as it stands today.
 *
 * @param clock    which clock
 * @param dueOn    the last day the step is in time
 * @param doneOn   the day the step was taken, or null
 * @param state    running (on track, due soon, breached) or stopped (met, missed, stopped)
 * @param daysLeft for a running clock, days until due (negative: days overdue); otherwise null
 */
public record ClockView(CaseClock clock, LocalDate dueOn, LocalDate doneOn, ClockState state, Long daysLeft) {
}
