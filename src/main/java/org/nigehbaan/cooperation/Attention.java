package org.nigehbaan.cooperation;

/** How urgently a case needs its officer, from its earliest running clock; the work list sorts by it. */
public enum Attention {
    BREACHED, DUE_SOON, ON_TRACK, CLOSED
}
