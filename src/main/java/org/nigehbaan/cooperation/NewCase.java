package org.nigehbaan.cooperation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.nigehbaan.identity.PersonInput;

/**
 * A new case as the client sends it; every field is validated by {@link CooperationService#open}, and each
 * problem reported against its field.
 *
 * @param type                MUTUAL_LEGAL_ASSISTANCE, EXTRADITION, CRIMINAL_RECORD, RETURN, ILLICIT_FINANCE, NARCOTICS
 * @param direction           OUTGOING (Pakistan asks) or INCOMING (the UK asks)
 * @param requestingAuthority who asks; defaults by direction to the central authority
 * @param requestedAuthority  who is asked; defaults likewise (criminal records: ACRO)
 * @param externalReference   the other side's reference, if any
 * @param receivedOn          the day the requested authority received the request (default today, never future)
 * @param summary             what is asked, in a few lines
 * @param subjects            the persons concerned: exactly one for extradition, criminal record and return cases
 * @param offence             the offence; required for extradition
 * @param criminalRecord      criminal record requests: the purpose
 * @param returnDetails       returns: whether the person is removed for illegal migration, and the travel document
 * @param sharedWithUk        whether the UK liaison sees the case (default false)
 * @param sharedFields        which field groups it sees: SUBJECTS, SUMMARY, DETAILS, THREAD
 */
public record NewCase(String type, String direction, String requestingAuthority, String requestedAuthority,
                      String externalReference, String receivedOn, String summary, List<PersonInput> subjects,
                      String offence, CriminalRecordInput criminalRecord,
                      @JsonProperty("return") ReturnInput returnDetails,
                      Boolean sharedWithUk, List<String> sharedFields) {

    /** @param purpose why the record is requested (criminal proceedings, ...) */
    public record CriminalRecordInput(String purpose) {
    }

    /**
     * @param removedForIllegalMigration true when the person is removed for involvement in illegal migration:
     *                                   completing the return then proposes a PCL entry
     * @param travelDocument             the document the person will travel on, if already known
     */
    public record ReturnInput(Boolean removedForIllegalMigration, TravelDocumentInput travelDocument) {
    }
}
