package org.nigehbaan.cooperation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.nigehbaan.identity.PersonInput;

/**
 * A case as its reader may see it. Case officers see everything; the UK liaison sees the always-shared part
 * (reference, type, direction, status, authorities, dates, clocks, the steps of the timeline) and only the
 * field groups shared with the UK; what is not shared is absent (null, and left out of the JSON).
 */
public record CaseView(long id, String reference, CaseType type, Direction direction, CaseStatus status,
                       String requestingAuthority, String requestedAuthority, String externalReference,
                       LocalDate receivedOn, Attention attention, LocalDate nextDueOn, List<ClockView> clocks,
                       boolean sharedWithUk, Set<SharedField> sharedFields,
                       String summary, List<PersonInput> subjects, String offence,
                       Extradition extradition, CriminalRecord criminalRecord,
                       @JsonProperty("return") Return returnDetails,
                       List<CaseAction> allowedActions, List<TimelineEntry> timeline,
                       Instant createdAt, String createdBy) {

    /** The s.194 arrangement and its assurances. */
    public record Extradition(String arrangementReference, String arrangementBasis, LocalDate arrangementAgreedOn,
                              List<Assurance> assurances) {
    }

    /** The purpose, and once replied the convictions found (empty: no trace). */
    public record CriminalRecord(String purpose, List<Conviction> convictions) {
    }

    public record Return(Boolean removedForIllegalMigration, TravelDocument travelDocument,
                         NationalityVerification nationalityVerification, LocalDate returnDate,
                         LocalDate noticeGivenOn, LocalDate returnedOn) {
    }

    /** A subject's name for headings; null when subjects are not shared. */
    public String firstSubjectName() {
        return subjects == null || subjects.isEmpty() ? null : subjects.get(0).fullName();
    }
}
