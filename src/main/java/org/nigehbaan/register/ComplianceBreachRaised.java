package org.nigehbaan.register;

import java.time.LocalDate;

/**
 * A registrant breached a duty (missed it, met it late, or left the country without notifying the journey).
 * Carries no personal data.
 *
 * @param registrantId the registrant
 * @param breachId     the breach's number
 * @param kind         missed, late or an unnotified departure
 * @param dutyType     the duty breached
 * @param dueOn        when it was due
 * @param district     the managing district, for routing the alert
 */
public record ComplianceBreachRaised(RegistrantId registrantId, long breachId, BreachKind kind, DutyType dutyType,
                                     LocalDate dueOn, String district) {
}
