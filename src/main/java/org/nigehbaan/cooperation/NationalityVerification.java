package org.nigehbaan.cooperation;

import java.time.LocalDate;

/**
 * Where a returnee's nationality verification stands.
 *
 * @param status     pending until an outcome is recorded
 * @param reference  the verifying body's reference
 * @param verifiedBy who verified (NADRA by default)
 * @param verifiedOn when
 */
public record NationalityVerification(NationalityStatus status, String reference, String verifiedBy,
                                      LocalDate verifiedOn) {
}
