package org.nigehbaan.childprotection;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A report as a child-protection officer sees it: everything, including the description and the suspects
 * (personal data), its bundle, its alerts and what was done. Every view is audited.
 */
public record ReportView(String reference, IntakeChannel channel, String reporter, String sourceReportId,
                         IncidentType incidentType, Instant incidentAt, String platform, VictimAgeBand victimAgeBand,
                         Urgent urgent, String description, String reporterContact, Grade grade, String gradedBy,
                         Instant dueBy, String deadline, ReportStatus status, Instant receivedAt, Instant triagedAt,
                         String triagedBy, Map<String, Boolean> answers, Instant escalatedAt, String escalatedTo,
                         List<SuspectView> suspects, List<String> urls, List<FileView> files,
                         List<Addition> additions, List<ActionView> actions, Bundle bundle, List<Alert> alerts) {

    public record Urgent(boolean imminentDanger, boolean sextortion, boolean liveAbuse, boolean grooming) {
    }

    /**
     * @param ukIndicators why the suspect may be in the UK (a +44 phone, a .uk e-mail, country GBR, a UK
     *                     postcode); not empty = an officer may open a cooperation case with the UK
     */
    public record SuspectView(int position, List<String> names, List<String> accounts, List<String> emails,
                              List<String> phones, String dateOfBirth, String cnic, List<String> passportNumbers,
                              String country, String address, List<String> ukIndicators) {
    }

    public record FileView(String fileName, Long size, String md5, String sha1, String sha256, String pdq) {
    }

    public record Addition(Instant addedAt, String text) {
    }

    public record ActionView(Instant at, String actor, String action, String note, Grade grade, Instant dueBy) {
    }

    /**
     * The reports linked to this one, directly or through others.
     *
     * @param size    how many reports the bundle holds (this one included)
     * @param reports the others, at most {@link #MAX_LISTED}, each with what it shares with this report
     */
    public record Bundle(Long id, int size, List<BundledReport> reports) {
        public static final int MAX_LISTED = 100;
    }

    /**
     * @param sharedWithThis the link kinds this report shares directly with the one viewed (SHA256, PDQ, ACCOUNT,
     *                       PHONE, EMAIL, URL...); empty when linked only through other reports
     */
    public record BundledReport(String reference, Grade grade, ReportStatus status, Instant receivedAt,
                                List<String> sharedWithThis) {
    }

    /** A suspect matched a registrant of the sex offender register. */
    public record Alert(int suspectPosition, long registrantId, double score, List<String> reasons,
                        Instant raisedAt) {
    }

    public boolean hasUkSuspect() {
        return suspects.stream().anyMatch(s -> !s.ukIndicators().isEmpty());
    }
}
