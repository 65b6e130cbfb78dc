package org.nigehbaan.register;

/** The duties a registrant (or, for a review, the managing officer) must meet by a date. */
public enum DutyType {
    /** First notification of name, address and details, within 3 days of duties starting. */
    INITIAL_NOTIFICATION,
    /** Re-notification (UK: each year; SORNA: in-person verification every 12, 6 or 3 months). */
    PERIODIC_NOTIFICATION,
    /** A change of name or address, within 3 days of the change. */
    CHANGE_NOTIFICATION,
    /** Foreign travel, notified ahead of departure. */
    TRAVEL_NOTIFICATION,
    /** The officer's review of an indefinite period; never a registrant's breach. */
    INDEFINITE_REVIEW;

    /** True for duties the registrant owes; a review is the officer's work. */
    public boolean owedByRegistrant() {
        return this != INDEFINITE_REVIEW;
    }
}
