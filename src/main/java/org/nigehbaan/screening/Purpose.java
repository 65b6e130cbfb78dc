package org.nigehbaan.screening;

/** Why a traveller is screened; each purpose checks the lists {@link ScreeningPolicy} gives it. */
public enum Purpose {
    /** Leaving Pakistan: PCL and ECL, and whether a registered sex offender notified the journey. */
    EXIT,
    /** Arriving: recorded and checked against PCL and ECL. */
    ENTRY,
    /** A passport application or renewal: the PCL blocks issuance. */
    PASSPORT_ISSUANCE
}
