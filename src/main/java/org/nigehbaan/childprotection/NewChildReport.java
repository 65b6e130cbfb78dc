package org.nigehbaan.childprotection;

import java.util.List;

/**
 * A report as a client sends it (API.md, "Reports of children's online harassment"); every field is validated
 * by the service and each problem reported against its field. Evidence is hashes and metadata only.
 *
 * @param sourceReportId the reporter's own id: the same id from the same reporter again gives the same report
 * @param incidentType   one of {@link IncidentType}
 * @param incidentAt     when it happened: an ISO instant ({@code 2026-01-31T10:15:30Z}) or date, never in the future
 * @param platform       where it happened (the platform's name)
 * @param victimAgeBand  one of {@link VictimAgeBand}; UNKNOWN when left out
 * @param urgent         the reporter's urgent indicators, which set the default grade
 * @param description    what happened, in the reporter's words (personal data: only officers see it)
 * @param suspects       the persons or accounts reported
 * @param urls           where the material or the conduct is
 * @param files          the material, as hashes: MD5, SHA-1, SHA-256 (required) and PDQ, with file name and size
 * @param reporterContact how to reach the person reporting (public form and helpline), if they give it
 */
public record NewChildReport(String sourceReportId, String incidentType, String incidentAt, String platform,
                             String victimAgeBand, Urgent urgent, String description, List<Suspect> suspects,
                             List<String> urls, List<FileHashes> files, String reporterContact) {

    /** The four indicators that make a report urgent (DOMAIN.md); null counts as false. */
    public record Urgent(Boolean imminentDanger, Boolean sextortion, Boolean liveAbuse, Boolean grooming) {
    }

    /**
     * A suspect: a person and their accounts. A suspect with a name is matched against the register.
     *
     * @param country ISO alpha-3 of where the suspect is believed to be ({@code GBR} makes a UK suspect)
     * @param address where the suspect lives, as known
     */
    public record Suspect(List<String> names, List<String> accounts, List<String> emails, List<String> phones,
                          String dateOfBirth, String cnic, List<String> passportNumbers, String country,
                          String address) {
    }

    /** One file, as hashes: {@code sha256} is required; {@code pdq} is 64 hex digits (256 bits). */
    public record FileHashes(String fileName, Long size, String md5, String sha1, String sha256, String pdq) {
    }
}
