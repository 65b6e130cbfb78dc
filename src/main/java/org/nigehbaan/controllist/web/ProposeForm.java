package org.nigehbaan.controllist.web;

import java.util.Arrays;
import java.util.List;
import org.nigehbaan.controllist.ProposeEntry;
import org.nigehbaan.identity.PersonInput;

/** The propose-an-entry form; its field names are the API's, so errors point at the right inputs. */
public class ProposeForm {

    /** The person part of the form. */
    public static class PersonForm {
        private String fullName = "";
        private String aliases = "";
        private String nameInUrdu = "";
        private String fatherName = "";
        private String dateOfBirth = "";
        private String gender = "";
        private String nationality = "PAK";
        private String cnic = "";
        private String passportNumbers = "";

        public String getFullName() { return fullName; }
        public void setFullName(String v) { fullName = v; }
        public String getAliases() { return aliases; }
        public void setAliases(String v) { aliases = v; }
        public String getNameInUrdu() { return nameInUrdu; }
        public void setNameInUrdu(String v) { nameInUrdu = v; }
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
        public String getPassportNumbers() { return passportNumbers; }
        public void setPassportNumbers(String v) { passportNumbers = v; }
    }

    private String list = "PCL";
    private String ground = "";
    private PersonForm person = new PersonForm();
    private String legalBasis = "";
    private String referringAgency = "";
    private String reason = "";
    private String effectiveFrom = "";
    private String expiresOn = "";
    private String caseReference = "";
    private String noticeServedOn = "";
    private boolean urgentSecurity;
    private boolean duplicatesChecked;

    static final String[] FIELDS = {"list", "ground", "person.fullName", "person.aliases", "person.nameInUrdu",
            "person.fatherName", "person.dateOfBirth", "person.gender", "person.nationality", "person.cnic",
            "person.passportNumbers", "legalBasis", "referringAgency", "reason", "effectiveFrom", "expiresOn",
            "caseReference", "noticeServedOn", "urgentSecurity", "duplicatesChecked"};

    ProposeEntry toCommand() {
        PersonInput p = new PersonInput(person.fullName, lines(person.aliases), blank(person.nameInUrdu),
                blank(person.fatherName), blank(person.dateOfBirth), blank(person.gender), blank(person.nationality),
                blank(person.cnic), lines(person.passportNumbers));
        return new ProposeEntry(list, ground, p, legalBasis, referringAgency, reason, blank(effectiveFrom),
                blank(expiresOn), blank(caseReference), blank(noticeServedOn), urgentSecurity, null);
    }

    private static List<String> lines(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split("[\\r\\n;]+")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String getList() { return list; }
    public void setList(String v) { list = v; }
    public String getGround() { return ground; }
    public void setGround(String v) { ground = v; }
    public PersonForm getPerson() { return person; }
    public void setPerson(PersonForm v) { person = v; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String v) { legalBasis = v; }
    public String getReferringAgency() { return referringAgency; }
    public void setReferringAgency(String v) { referringAgency = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public String getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(String v) { effectiveFrom = v; }
    public String getExpiresOn() { return expiresOn; }
    public void setExpiresOn(String v) { expiresOn = v; }
    public String getCaseReference() { return caseReference; }
    public void setCaseReference(String v) { caseReference = v; }
    public String getNoticeServedOn() { return noticeServedOn; }
    public void setNoticeServedOn(String v) { noticeServedOn = v; }
    public boolean isUrgentSecurity() { return urgentSecurity; }
    public void setUrgentSecurity(boolean v) { urgentSecurity = v; }
    /** The officer saw the possible duplicates and proposes the person all the same. */
    public boolean isDuplicatesChecked() { return duplicatesChecked; }
    public void setDuplicatesChecked(boolean v) { duplicatesChecked = v; }
}
