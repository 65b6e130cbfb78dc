package org.nigehbaan.cooperation.web;

import java.util.ArrayList;
import java.util.List;
import org.nigehbaan.cooperation.CaseCommands;
import org.nigehbaan.cooperation.CaseType;
import org.nigehbaan.cooperation.NewCase;
import org.nigehbaan.cooperation.TravelDocumentInput;
import org.nigehbaan.identity.PersonInput;

/** The HTML forms' fields; only these bind, and each turns into the command the API takes. */
final class CooperationForms {

    private CooperationForms() {
    }

    /** A new case of one type; the page shows the type's own fields only. */
    static final class NewCaseForm {
        private String type = "";
        private String direction = "INCOMING";
        private String requestingAuthority = "";
        private String requestedAuthority = "";
        private String externalReference = "";
        private String receivedOn = "";
        private String summary = "";
        private String fullName = "";
        private String fatherName = "";
        private String dateOfBirth = "";
        private String gender = "";
        private String nationality = "";
        private String cnic = "";
        private String passportNumber = "";
        private String offence = "";
        private String purpose = "";
        private boolean removedForIllegalMigration;
        private String travelDocumentKind = "";
        private String travelDocumentNumber = "";
        private String travelDocumentCountry = "";
        private String travelDocumentExpiresOn = "";
        private boolean sharedWithUk;
        private List<String> sharedFields = new ArrayList<>();

        NewCase toCommand() {
            CaseType t = null;
            try {
                t = CaseType.parse(type);
            } catch (RuntimeException e) {
                // the service reports the bad type against its field
            }
            List<PersonInput> subjects = new ArrayList<>();
            boolean onePerson = t == CaseType.EXTRADITION || t == CaseType.CRIMINAL_RECORD || t == CaseType.RETURN;
            if (onePerson || !blank(fullName) || !blank(cnic) || !blank(passportNumber)) {
                subjects.add(new PersonInput(fullName, List.of(), null, blankToNull(fatherName),
                        blankToNull(dateOfBirth), blankToNull(gender), blankToNull(nationality), blankToNull(cnic),
                        blank(passportNumber) ? List.of() : List.of(passportNumber)));
            }
            NewCase.ReturnInput ret = null;
            if (t == CaseType.RETURN) {
                boolean anyDocument = !blank(travelDocumentNumber) || !blank(travelDocumentExpiresOn)
                        || !blank(travelDocumentCountry);
                ret = new NewCase.ReturnInput(removedForIllegalMigration, anyDocument ? new TravelDocumentInput(
                        travelDocumentKind, travelDocumentNumber, travelDocumentCountry, travelDocumentExpiresOn) : null);
            }
            return new NewCase(type, direction, blankToNull(requestingAuthority), blankToNull(requestedAuthority),
                    blankToNull(externalReference), blankToNull(receivedOn), blankToNull(summary), subjects,
                    blankToNull(offence), t == CaseType.CRIMINAL_RECORD ? new NewCase.CriminalRecordInput(purpose) : null,
                    ret, sharedWithUk, sharedWithUk ? sharedFields : null);
        }

        public String getType() { return type; }
        public void setType(String v) { type = v; }
        public String getDirection() { return direction; }
        public void setDirection(String v) { direction = v; }
        public String getRequestingAuthority() { return requestingAuthority; }
        public void setRequestingAuthority(String v) { requestingAuthority = v; }
        public String getRequestedAuthority() { return requestedAuthority; }
        public void setRequestedAuthority(String v) { requestedAuthority = v; }
        public String getExternalReference() { return externalReference; }
        public void setExternalReference(String v) { externalReference = v; }
        public String getReceivedOn() { return receivedOn; }
        public void setReceivedOn(String v) { receivedOn = v; }
        public String getSummary() { return summary; }
        public void setSummary(String v) { summary = v; }
        public String getFullName() { return fullName; }
        public void setFullName(String v) { fullName = v; }
        public String getFatherName() { return fatherName; }
        public void setFatherName(String v) { fatherName = v; }
        public String getDateOfBirth() { return dateOfBirth; }
        public void setDateOfBirth(String v) { dateOfBirth = v; }
        public String getGender() { return gender; }
        public void setGender(String v) { gender = v; }
        public String getNationality() { return nationality; }
        public void setNationality(String v) { nationality = v; }
        public String getCnic() { return cnic; }
        public void setCnic(String v) { cnic = v; }
        public String getPassportNumber() { return passportNumber; }
        public void setPassportNumber(String v) { passportNumber = v; }
        public String getOffence() { return offence; }
        public void setOffence(String v) { offence = v; }
        public String getPurpose() { return purpose; }
        public void setPurpose(String v) { purpose = v; }
        public boolean isRemovedForIllegalMigration() { return removedForIllegalMigration; }
        public void setRemovedForIllegalMigration(boolean v) { removedForIllegalMigration = v; }
        public String getTravelDocumentKind() { return travelDocumentKind; }
        public void setTravelDocumentKind(String v) { travelDocumentKind = v; }
        public String getTravelDocumentNumber() { return travelDocumentNumber; }
        public void setTravelDocumentNumber(String v) { travelDocumentNumber = v; }
        public String getTravelDocumentCountry() { return travelDocumentCountry; }
        public void setTravelDocumentCountry(String v) { travelDocumentCountry = v; }
        public String getTravelDocumentExpiresOn() { return travelDocumentExpiresOn; }
        public void setTravelDocumentExpiresOn(String v) { travelDocumentExpiresOn = v; }
        public boolean isSharedWithUk() { return sharedWithUk; }
        public void setSharedWithUk(boolean v) { sharedWithUk = v; }
        public List<String> getSharedFields() { return sharedFields; }
        public void setSharedFields(List<String> v) { sharedFields = v == null ? new ArrayList<>() : v; }
    }

    /** A conviction row of a criminal record reply; blank rows are ignored. */
    static final class ConvictionRow {
        private String offence = "";
        private String date = "";
        private String court = "";
        private String sentence = "";

        boolean isBlank() {
            return blank(offence) && blank(date) && blank(court) && blank(sentence);
        }

        public String getOffence() { return offence; }
        public void setOffence(String v) { offence = v; }
        public String getDate() { return date; }
        public void setDate(String v) { date = v; }
        public String getCourt() { return court; }
        public void setCourt(String v) { court = v; }
        public String getSentence() { return sentence; }
        public void setSentence(String v) { sentence = v; }
    }

    /** The response; for a criminal record, the conviction rows. */
    static final class RespondForm {
        static final int ROWS = 3;
        private String note = "";
        private String on = "";
        private boolean recordReply;
        private List<ConvictionRow> convictions = rows(ROWS, ConvictionRow::new);

        /** A criminal record reply sends its rows (none filled: no trace); other responses send none. */
        CaseCommands.Respond toCommand() {
            List<CaseCommands.ConvictionInput> found = null;
            if (recordReply) {
                found = convictions.stream().filter(r -> !r.isBlank())
                        .map(r -> new CaseCommands.ConvictionInput(r.getOffence(), r.getDate(), r.getCourt(),
                                r.getSentence())).toList();
            }
            return new CaseCommands.Respond(blankToNull(note), blankToNull(on), found);
        }

        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
        public String getOn() { return on; }
        public void setOn(String v) { on = v; }
        public boolean isRecordReply() { return recordReply; }
        public void setRecordReply(boolean v) { recordReply = v; }
        public List<ConvictionRow> getConvictions() { return convictions; }
        public void setConvictions(List<ConvictionRow> v) { convictions = v == null ? new ArrayList<>() : v; }
    }

    static final class AssuranceRow {
        private String kind = "";
        private String text = "";
        private String givenBy = "";
        private String givenOn = "";

        boolean isBlank() {
            return blank(kind) && blank(text) && blank(givenBy) && blank(givenOn);
        }

        public String getKind() { return kind; }
        public void setKind(String v) { kind = v; }
        public String getText() { return text; }
        public void setText(String v) { text = v; }
        public String getGivenBy() { return givenBy; }
        public void setGivenBy(String v) { givenBy = v; }
        public String getGivenOn() { return givenOn; }
        public void setGivenOn(String v) { givenOn = v; }
    }

    /** An extradition arrangement with up to three assurances. */
    static final class ArrangementForm {
        static final int ROWS = 3;
        private String reference = "";
        private String basis = "";
        private String agreedOn = "";
        private List<AssuranceRow> assurances = rows(ROWS, AssuranceRow::new);

        CaseCommands.Arrangement toCommand() {
            return new CaseCommands.Arrangement(blankToNull(reference), blankToNull(basis), blankToNull(agreedOn),
                    assurances.stream().filter(r -> !r.isBlank()).map(r -> new CaseCommands.AssuranceInput(
                            r.getKind(), r.getText(), blankToNull(r.getGivenBy()), blankToNull(r.getGivenOn())))
                            .toList());
        }

        public String getReference() { return reference; }
        public void setReference(String v) { reference = v; }
        public String getBasis() { return basis; }
        public void setBasis(String v) { basis = v; }
        public String getAgreedOn() { return agreedOn; }
        public void setAgreedOn(String v) { agreedOn = v; }
        public List<AssuranceRow> getAssurances() { return assurances; }
        public void setAssurances(List<AssuranceRow> v) { assurances = v == null ? new ArrayList<>() : v; }
    }

    private static <T> List<T> rows(int n, java.util.function.Supplier<T> row) {
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(row.get());
        }
        return out;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
