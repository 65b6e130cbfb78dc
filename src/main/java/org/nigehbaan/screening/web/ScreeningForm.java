package org.nigehbaan.screening.web;

import java.util.List;
import org.nigehbaan.identity.PersonInput;
import org.nigehbaan.screening.ScreeningRequest;

/** The counter form: typed fields or a scanned MRZ. */
public class ScreeningForm implements java.io.Serializable {

    static final String[] FIELDS = {"purpose", "location", "fullName", "dateOfBirth", "gender", "nationality", "cnic",
            "passportNumber", "mrz"};

    private String purpose = "EXIT";
    private String location = "";
    private String fullName = "";
    private String dateOfBirth = "";
    private String gender = "";
    private String nationality = "";
    private String cnic = "";
    private String passportNumber = "";
    private String mrz = "";

    ScreeningRequest toRequest() {
        if (mrz != null && !mrz.isBlank()) {
            return new ScreeningRequest(purpose, location, null, mrz);
        }
        return new ScreeningRequest(purpose, location, new PersonInput(fullName, List.of(), null, null, blank(dateOfBirth),
                blank(gender), blank(nationality), blank(cnic), passportNumber == null || passportNumber.isBlank()
                ? List.of() : List.of(passportNumber)), null);
    }

    /** A fresh form for the next traveller, at the same counter and for the same purpose. */
    ScreeningForm next() {
        ScreeningForm f = new ScreeningForm();
        f.purpose = purpose;
        f.location = location;
        return f;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public String getLocation() { return location; }
    public void setLocation(String v) { location = v; }
    public String getFullName() { return fullName; }
    public void setFullName(String v) { fullName = v; }
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
    public String getMrz() { return mrz; }
    public void setMrz(String v) { mrz = v; }
}
