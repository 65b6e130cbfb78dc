package org.nigehbaan.register;

/** Whether a departure is covered by the registrant's travel notifications. */
public enum TravelCoverage {
    /** A travel notification covers the day (and destination, when one was given). */
    COVERED,
    /** The registrant is subject to notification and nothing notified covers this departure: refer. */
    NOT_NOTIFIED,
    /** No such registrant, or not (or no longer) subject to notification: the register has nothing to say. */
    NOT_SUBJECT_TO_NOTIFICATION
}
