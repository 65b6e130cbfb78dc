package org.nigehbaan.register;

/** Where a registrant stands. */
public enum RegistrantStatus {
    /** Subject to notification: duties run, the identity is published to screening. */
    ACTIVE,
    /** The notification period is over, or an indefinite period was discharged on review; the record stays. */
    ENDED,
    /** The record was withdrawn (conviction quashed, entered in error, death); nothing runs or is disclosed. */
    REMOVED
}
