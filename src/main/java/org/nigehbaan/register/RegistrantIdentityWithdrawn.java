package org.nigehbaan.register;

import java.time.Instant;

/**
 * A registrant is no longer subject to notification: a screening index should drop
 * {@link RegistrantId#indexKey()}. Published in the transaction of the change (the daily job ending a period,
 * a review discharging an indefinite one, an officer removing the record).
 *
 * @param registrantId the registrant
 * @param reason       why
 * @param withdrawnAt  when
 */
public record RegistrantIdentityWithdrawn(RegistrantId registrantId, WithdrawalReason reason, Instant withdrawnAt) {
}
