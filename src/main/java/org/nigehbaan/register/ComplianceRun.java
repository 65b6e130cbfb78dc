package org.nigehbaan.register;

import java.time.LocalDate;

/**
 * What one run of the daily compliance job did.
 *
 * @param day            the day it ran for (register zone)
 * @param periodsEnded   registrants whose notification period had ended, now ENDED
 * @param breachesRaised duties found missed, now BREACHED with a MISSED breach each
 * @param reviewsDue     indefinite periods due for review (open review duties up to today)
 */
public record ComplianceRun(LocalDate day, int periodsEnded, int breachesRaised, long reviewsDue) {
}
