package org.nigehbaan.cooperation;

/** Where a case stands. Which states a type passes through is in {@code internal.CaseLifecycle}. */
public enum CaseStatus {
    /** The request has arrived at (or, outgoing, been sent to) the requested authority; the acknowledge clock runs. */
    RECEIVED,
    /** Receipt confirmed to the requesting side; the decide clock runs (criminal records: the reply clock). */
    ACKNOWLEDGED,
    /** Being examined: legal grounds, dual criminality, for returns the nationality verification. */
    UNDER_REVIEW,
    /** Accepted and being carried out; the execute clock runs. */
    EXECUTING,
    /** A return with a date, notice given and a valid travel document; due on the return date. */
    SCHEDULED,
    /** Answered: evidence sent, person surrendered, records supplied. Closed. */
    RESPONDED,
    /** A return carried out. Closed. */
    COMPLETED,
    /** Refused with reasons. Closed. */
    REFUSED,
    /** Withdrawn by the requesting side. Closed. */
    WITHDRAWN;

    public boolean isClosed() {
        return this == RESPONDED || this == COMPLETED || this == REFUSED || this == WITHDRAWN;
    }
}
