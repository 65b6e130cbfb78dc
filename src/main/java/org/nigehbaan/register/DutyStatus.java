package org.nigehbaan.register;

/** The state of a duty. */
public enum DutyStatus {
    /** Not yet met; overdue once its due date has passed. */
    OPEN,
    /** Met (possibly late: then a LATE breach records it). */
    MET,
    /** Its due date passed without it being met: a MISSED breach was raised. Meeting it later closes it as MET. */
    BREACHED,
    /** No longer owed (the period ended, the record was removed, a new duty replaced it). */
    CANCELLED
}
