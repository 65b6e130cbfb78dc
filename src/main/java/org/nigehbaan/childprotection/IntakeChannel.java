package org.nigehbaan.childprotection;

/** How a report came in. */
public enum IntakeChannel {
    /** The public form at /report, no account. */
    PUBLIC_FORM,
    /** A platform's or hotline's service account (PLATFORM_REPORTER), one report a request. */
    PLATFORM_API,
    /** An officer taking a helpline call (1799). */
    HELPLINE,
    /** A hotline's backlog in JSON Lines. */
    BULK
}
