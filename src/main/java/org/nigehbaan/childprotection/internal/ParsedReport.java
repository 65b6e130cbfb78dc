package org.nigehbaan.childprotection.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.nigehbaan.childprotection.IncidentType;
import org.nigehbaan.childprotection.VictimAgeBand;
import org.nigehbaan.identity.Cnic;
import org.nigehbaan.identity.Country;
import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.identity.PassportNumber;

/** A report once every field is valid: typed, normalised, with the keys it may share with other reports. */
public record ParsedReport(String sourceReportId, IncidentType incidentType, Instant incidentAt, String platform,
                           VictimAgeBand victimAgeBand, boolean imminentDanger, boolean sextortion, boolean liveAbuse,
                           boolean grooming, String description, String reporterContact, List<Suspect> suspects,
                           List<String> urls, List<File> files, Set<Link> links) {

    /**
     * @param emails       normalised (lower case)
     * @param phones       normalised ({@code +92...})
     * @param ukIndicators why the suspect may be in the UK; empty when nothing says so
     */
    public record Suspect(List<String> names, List<String> accounts, List<String> emails, List<String> phones,
                          PartialDate dateOfBirth, Cnic cnic, List<PassportNumber> passportNumbers, Country country,
                          String address, List<String> ukIndicators) {
    }

    public record File(String fileName, Long size, String md5, String sha1, String sha256, String pdq) {
    }

    /** A key the report may share with others: kind (see {@link LinkKeys}) and normalised value. */
    public record Link(String kind, String value) {
    }
}
