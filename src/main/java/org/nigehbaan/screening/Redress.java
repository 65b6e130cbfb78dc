package org.nigehbaan.screening;

import java.time.Instant;

/**
 * A namesake redress record, as supervisors and auditors see it.
 *
 * @param hitKey       the listing ({@code CL-<entryId>} or {@code SOR-<registrantId>})
 * @param traveller    the traveller's full name as screened
 * @param reviewNote   what the reviewing officer checked
 */
public record Redress(long id, RedressStatus status, String screeningId, String hitKey, Long entryId,
                      String traveller, String travellerDateOfBirth, long reviewId, String reviewNote,
                      String openedBy, Instant openedAt, String confirmedBy, Instant confirmedAt, String confirmNote,
                      String revokedBy, Instant revokedAt, String revokeReason, Instant endedAt, String endReason) {
}
