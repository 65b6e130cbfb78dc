package org.nigehbaan.matching;

/** How a traveller's date of birth agrees with a listed person's (the best over the listed dates). */
public enum DobAgreement {
    /** The same day, or the same year/month at the same precision. */
    EXACT,
    /** One side is partial (year or year-month) and every known part agrees: not a mismatch. */
    PARTIAL_COMPATIBLE,
    /** Year one off with the rest agreeing, or day and month swapped: a likely clerical error. */
    NEAR,
    /** Both known and incompatible: strongly lowers the score. */
    CONFLICT,
    /** One side has no date of birth. */
    UNKNOWN
}
