package org.nigehbaan.childprotection.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nigehbaan.childprotection.NewChildReport;
import org.nigehbaan.identity.FieldViolation;

/**
 * The report form, as the public form and the helpline form post it: one suspect, lists one item a line. Only the
 * fields named in {@link #FIELDS} are bound.
 */
public class ReportForm {

    static final String[] FIELDS = {"sourceReportId", "incidentType", "incidentAt", "platform", "victimAgeBand",
            "imminentDanger", "sextortion", "liveAbuse", "grooming", "description", "suspectName", "suspectAccounts",
            "suspectPhones", "suspectEmails", "suspectCountry", "suspectAddress", "urls", "reporterContact"};

    private String sourceReportId;
    private String incidentType;
    private String incidentAt;
    private String platform;
    private String victimAgeBand;
    private boolean imminentDanger;
    private boolean sextortion;
    private boolean liveAbuse;
    private boolean grooming;
    private String description;
    private String suspectName;
    private String suspectAccounts;
    private String suspectPhones;
    private String suspectEmails;
    private String suspectCountry;
    private String suspectAddress;
    private String urls;
    private String reporterContact;

    NewChildReport toInput() {
        List<NewChildReport.Suspect> suspects = new ArrayList<>();
        List<String> names = lines(suspectName);
        List<String> accounts = lines(suspectAccounts);
        List<String> phones = lines(suspectPhones);
        List<String> emails = lines(suspectEmails);
        if (!names.isEmpty() || !accounts.isEmpty() || !phones.isEmpty() || !emails.isEmpty()
                || !blank(suspectCountry) || !blank(suspectAddress)) {
            suspects.add(new NewChildReport.Suspect(names, accounts, emails, phones, null, null, List.of(),
                    suspectCountry, suspectAddress));
        }
        return new NewChildReport(sourceReportId, incidentType, incidentAt, platform, victimAgeBand,
                new NewChildReport.Urgent(imminentDanger, sextortion, liveAbuse, grooming), description, suspects,
                lines(urls), List.of(), reporterContact);
    }

    /** The service's field paths as this form's field ids, so each error links to its field. */
    static List<FieldViolation> onForm(List<FieldViolation> errors) {
        return errors.stream().map(e -> new FieldViolation(formField(e.field()), e.message())).toList();
    }

    static String formField(String path) {
        if (path.startsWith("suspects[0].names")) {
            return "suspectName";
        }
        if (path.startsWith("suspects[0].accounts")) {
            return "suspectAccounts";
        }
        if (path.startsWith("suspects[0].phones")) {
            return "suspectPhones";
        }
        if (path.startsWith("suspects[0].emails")) {
            return "suspectEmails";
        }
        if (path.startsWith("suspects[0].country")) {
            return "suspectCountry";
        }
        if (path.startsWith("suspects[0].address")) {
            return "suspectAddress";
        }
        if (path.startsWith("urls")) {
            return "urls";
        }
        return Arrays.asList(FIELDS).contains(path) ? path : "description";
    }

    /** Empties a text field (the one media was found in). */
    void clear(String field) {
        switch (field) {
            case "suspectName" -> suspectName = null;
            case "suspectAccounts" -> suspectAccounts = null;
            case "suspectPhones" -> suspectPhones = null;
            case "suspectEmails" -> suspectEmails = null;
            case "suspectAddress" -> suspectAddress = null;
            case "urls" -> urls = null;
            case "platform" -> platform = null;
            case "reporterContact" -> reporterContact = null;
            default -> description = null;
        }
    }

    private static List<String> lines(String s) {
        if (s == null) {
            return List.of();
        }
        return Arrays.stream(s.split("[\\r\\n]+")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getSourceReportId() { return sourceReportId; }
    public void setSourceReportId(String v) { sourceReportId = v; }
    public String getIncidentType() { return incidentType; }
    public void setIncidentType(String v) { incidentType = v; }
    public String getIncidentAt() { return incidentAt; }
    public void setIncidentAt(String v) { incidentAt = v; }
    public String getPlatform() { return platform; }
    public void setPlatform(String v) { platform = v; }
    public String getVictimAgeBand() { return victimAgeBand; }
    public void setVictimAgeBand(String v) { victimAgeBand = v; }
    public boolean isImminentDanger() { return imminentDanger; }
    public void setImminentDanger(boolean v) { imminentDanger = v; }
    public boolean isSextortion() { return sextortion; }
    public void setSextortion(boolean v) { sextortion = v; }
    public boolean isLiveAbuse() { return liveAbuse; }
    public void setLiveAbuse(boolean v) { liveAbuse = v; }
    public boolean isGrooming() { return grooming; }
    public void setGrooming(boolean v) { grooming = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getSuspectName() { return suspectName; }
    public void setSuspectName(String v) { suspectName = v; }
    public String getSuspectAccounts() { return suspectAccounts; }
    public void setSuspectAccounts(String v) { suspectAccounts = v; }
    public String getSuspectPhones() { return suspectPhones; }
    public void setSuspectPhones(String v) { suspectPhones = v; }
    public String getSuspectEmails() { return suspectEmails; }
    public void setSuspectEmails(String v) { suspectEmails = v; }
    public String getSuspectCountry() { return suspectCountry; }
    public void setSuspectCountry(String v) { suspectCountry = v; }
    public String getSuspectAddress() { return suspectAddress; }
    public void setSuspectAddress(String v) { suspectAddress = v; }
    public String getUrls() { return urls; }
    public void setUrls(String v) { urls = v; }
    public String getReporterContact() { return reporterContact; }
    public void setReporterContact(String v) { reporterContact = v; }
}
