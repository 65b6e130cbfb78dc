package org.nigehbaan.cooperation;

import java.time.LocalDate;
import org.nigehbaan.identity.PersonInput;

/**
 * A RETURN case was completed: the person arrived back on {@code returnDate}. Published inside the completing
 * transaction for every completed return; the control-list module proposes a 5-year PCL entry
 * (DEPORTED_ILLEGAL_MIGRATION) from it when {@code removedForIllegalMigration} is true.
 *
 * <p>The first seven components are a contract with the listener: keep their order and types; add new ones
 * only at the end.
 *
 * @param caseId                     the case's id
 * @param caseReference              its reference ({@code RET-IN-2026-00017})
 * @param subject                    the returned person, normalised, as the API carries one
 * @param returnDate                 the day the person was returned (the PCL entry's effective date)
 * @param removedForIllegalMigration whether the removal was for involvement in illegal migration
 * @param requestingAuthority        who asked for the return (UK Home Office, ...)
 * @param completedBy                the username of the officer who recorded the completion
 * @param externalReference          the requesting side's own reference, or null
 * @param nationalityReference       the nationality verification's reference (NADRA), or null
 * @param direction                  INCOMING (the UK returns a person to Pakistan) or OUTGOING
 */
public record ReturnCompleted(long caseId, String caseReference, PersonInput subject, LocalDate returnDate,
                              boolean removedForIllegalMigration, String requestingAuthority, String completedBy,
                              String externalReference, String nationalityReference, Direction direction) {
}
