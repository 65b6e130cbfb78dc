package org.nigehbaan.register;

/** How a registrant failed a duty. */
public enum BreachKind {
    /** The due date passed and nothing was notified (found by the daily compliance job). */
    MISSED,
    /** Notified, but after the due date or travel deadline. */
    LATE,
    /** Seen leaving the country without a travel notification covering the journey. */
    UNNOTIFIED_DEPARTURE
}
