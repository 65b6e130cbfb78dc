package org.nigehbaan.register;

import java.time.LocalDate;

/**
 * What a command on a registrant returns: enough to confirm the change without disclosing the record.
 *
 * @param id         the registrant
 * @param status     ACTIVE, ENDED or REMOVED
 * @param riskLevel  1 to 3
 * @param district   the managing district
 * @param endsOn     the last day of the notification period, null when indefinite
 * @param reviewOn   the review date of an indefinite period, or null
 * @param nextDuty   the earliest open duty, or null
 * @param nextDueOn  its due date, or null
 * @param pendingChange a removal or discharge waiting for a second register officer, or null
 */
public record RegistrantSummary(long id, RegistrantStatus status, int riskLevel, String district, LocalDate endsOn,
                                LocalDate reviewOn, DutyType nextDuty, LocalDate nextDueOn,
                                RegisterChange pendingChange) {
}
