package org.nigehbaan.childprotection;

/** The victim's age as the reporter knows it. */
public enum VictimAgeBand {
    UNDER_13,
    AGE_13_15,
    AGE_16_17,
    UNKNOWN
}
