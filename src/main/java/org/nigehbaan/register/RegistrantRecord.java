package org.nigehbaan.register;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.nigehbaan.identity.PersonInput;

/**
 * A registrant's whole record, as an officer with a recorded purpose sees it.
 *
 * @param id             the registrant's number
 * @param status         ACTIVE, ENDED or REMOVED
 * @param statusReason   why it last changed, when it did
 * @param person         the identity
 * @param photoRef       photograph reference
 * @param biometricRefs  biometric references
 * @param riskLevel      1 to 3
 * @param riskReason     why
 * @param station        managing station
 * @param district       its district
 * @param releasedOn     release from custody, if any
 * @param terms          the notification period and clocks the policy decided
 * @param convictions    every conviction, oldest first
 * @param addresses      address history, current first
 * @param duties         duties, open ones first by due date
 * @param notifications  what the registrant notified, newest first
 * @param travel         journeys notified, newest departure first
 * @param breaches       breaches, newest first
 * @param pclProposals   requests to place the registrant on the PCL
 * @param registeredAt   when entered on the register
 * @param registeredBy   by whom
 */
public record RegistrantRecord(long id, RegistrantStatus status, String statusReason, PersonInput person,
                               String photoRef, List<String> biometricRefs, int riskLevel, String riskReason,
                               String station, String district, LocalDate releasedOn, Terms terms,
                               List<Conviction> convictions, List<Address> addresses, List<Duty> duties,
                               List<Notification> notifications, List<Travel> travel, List<Breach> breaches,
                               List<PclProposal> pclProposals, Instant registeredAt, String registeredBy) {

    /**
     * The notification period and clocks.
     *
     * @param policy                 UK_SOA_2003 or US_SORNA
     * @param tier                   the SORNA tier, or null
     * @param indefinite             true when indefinite
     * @param obligationsStart       the day duties started (conviction, or release when later)
     * @param startsOn               the first day of the period
     * @param endsOn                 its last day, null when indefinite
     * @param reviewOn               when it may be reviewed, or null
     * @param reNotificationEvery    ISO-8601 period between re-notifications
     * @param travelNoticeDays       days ahead foreign travel must be notified
     * @param travelShortNoticeHours hours ahead when the journey was not known earlier, or null
     * @param basis                  the rows of the policy that applied
     */
    public record Terms(String policy, Integer tier, boolean indefinite, LocalDate obligationsStart,
                        LocalDate startsOn, LocalDate endsOn, LocalDate reviewOn, String reNotificationEvery,
                        int travelNoticeDays, Integer travelShortNoticeHours, String basis) {
    }

    /**
     * A conviction and the period it carries.
     *
     * @param offence            the catalogue code, {@code PPC 376}
     * @param citation           as cited, with subsection, {@code PPC 376(1)}
     * @param notificationPeriod ISO-8601 period, or INDEFINITE
     * @param periodEndsOn       the period's last day, or null
     * @param rule               the policy row that applied
     */
    public record Conviction(long id, String offence, String citation, String offenceTitle, String court,
                             LocalDate convictedOn, Disposal disposal, Integer sentenceLength,
                             SentenceUnit sentenceUnit, int ageAtConviction, String notificationPeriod,
                             LocalDate periodEndsOn, String rule) {
    }

    /** An address, with the days it held; {@code current} when {@code to} is null. */
    public record Address(long id, String kind, String line1, String line2, String city, String district,
                          String postcode, LocalDate from, LocalDate to, boolean current) {
    }

    /** A notification received. */
    public record Notification(long id, NotificationType type, LocalDate receivedOn, LocalDate changedOn,
                               boolean late, String summary, Instant recordedAt, String recordedBy) {
    }

    /** A journey notified; {@code deadline} the latest moment it could have been notified on time. */
    public record Travel(long id, LocalDateTime receivedAt, LocalDate departureDate, LocalTime departureTime,
                         LocalDate returnDate, List<String> destinations, String itinerary, String carrier,
                         String firstNightAddress, LocalDate knownSince, LocalDateTime deadline, boolean late) {
    }

    /** A request to place the registrant on the PCL. */
    public record PclProposal(long id, String legalBasis, String reason, String proposedBy, Instant proposedAt) {
    }
}
