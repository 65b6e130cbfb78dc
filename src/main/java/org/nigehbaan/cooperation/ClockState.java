package org.nigehbaan.cooperation;

/** How a clock stands on a given day. */
public enum ClockState {
    /** Running, more than the warning window left. */
    ON_TRACK,
    /** Running, due within the warning window (or today). */
    DUE_SOON,
    /** Running and past its due date. */
    BREACHED,
    /** Stopped in time. */
    MET,
    /** Stopped, but after its due date. */
    MISSED,
    /** The case closed (withdrawn, refused) before this clock's step was needed. */
    STOPPED;

    public boolean isRunning() {
        return this == ON_TRACK || this == DUE_SOON || this == BREACHED;
    }
}
