package org.nigehbaan.cooperation;

/** The clocks a case runs (policy in {@link CooperationPolicy}). */
public enum CaseClock {
    /** From receipt to acknowledgement: 7 days. */
    ACKNOWLEDGE,
    /** From receipt to the decision (accept, refuse, schedule a return): 30 days. Not for criminal records. */
    DECIDE,
    /**
     * To the response: 90 days from the decision; criminal records 10 working days from receipt; returns due on
     * the scheduled return date.
     */
    RESPOND
}
