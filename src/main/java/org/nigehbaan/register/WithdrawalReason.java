package org.nigehbaan.register;

/** Why a registrant's identity left the set of people subject to notification. */
public enum WithdrawalReason {
    /** The notification period ran out. */
    NOTIFICATION_PERIOD_ENDED,
    /** An indefinite period was discharged on review. */
    DISCHARGED_ON_REVIEW,
    /** The record was removed: conviction quashed, entered in error, the person died. */
    RECORD_REMOVED
}
