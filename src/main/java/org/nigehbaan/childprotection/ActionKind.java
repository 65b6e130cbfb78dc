package org.nigehbaan.childprotection;

/** What an officer did about a report; some close it, and those need the report triaged first. */
public enum ActionKind {
    /** A note on the file. */
    NOTE(false),
    /** Spoke to the person who reported it. */
    CONTACTED_REPORTER(false),
    /** Asked the platform to preserve or disclose account data. */
    REQUESTED_PLATFORM_DATA(false),
    /** Asked the platform to take the material or account down. */
    REQUESTED_TAKEDOWN(false),
    /** Passed to the police for investigation (an FIR may follow). */
    REFERRED_TO_POLICE(true),
    /** An FIR was registered under PECA 2016 or the PPC. */
    FIR_REGISTERED(true),
    /** Passed to child-protection services to safeguard the child. */
    REFERRED_TO_SAFEGUARDING(true),
    /** Nothing further can or needs to be done (the note says why). */
    NO_FURTHER_ACTION(true),
    /** Opens a closed report again. */
    REOPENED(false);

    private final boolean closes;

    ActionKind(boolean closes) {
        this.closes = closes;
    }

    public boolean closes() {
        return closes;
    }
}
