package org.nigehbaan.register;

import java.time.Instant;
import java.time.LocalDate;
import org.nigehbaan.identity.Person;

/**
 * A register officer asks for an active registrant to be placed on the Passport Control List under the
 * {@code SEX_OFFENDER} ground. The control-list module creates the proposal (and refuses it while that
 * ground's policy switch is off); the register only records that it was asked.
 *
 * @param registrantId     the registrant
 * @param proposalId       the register's number for this request, unique, for idempotent handling
 * @param person           the identity to list
 * @param legalBasis       the legal basis the officer cites
 * @param reason           the officer's reasons
 * @param proposedBy       the officer's username
 * @param referringAgency  the officer's agency (NPB, a provincial police force)
 * @param notifiableUntil  the last day of the notification period, null when indefinite: a listing should
 *                         not outlast it
 * @param proposedAt       when
 */
public record RegistrantProposedForPcl(RegistrantId registrantId, long proposalId, Person person, String legalBasis,
                                       String reason, String proposedBy, String referringAgency,
                                       LocalDate notifiableUntil, Instant proposedAt) {
}
