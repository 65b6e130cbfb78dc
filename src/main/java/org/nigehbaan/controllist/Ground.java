package org.nigehbaan.controllist;

/**
 * Why a person is listed. Each ground belongs to one list; its term (how long a listing lasts, how it may be
 * extended, whether it may be used at all) is set by {@link ControlListPolicy}.
 */
public enum Ground {
    /** Deported or expelled for involvement in illegal migration: PCL for 5 years from the deportation date. */
    DEPORTED_ILLEGAL_MIGRATION(ListType.PCL),
    /** Convicted sex offender: "under study"; refused while its policy switch is off (the default). */
    SEX_OFFENDER(ListType.PCL),
    /** Forged, tampered or fraudulently obtained passports, impersonation. */
    PASSPORT_MISUSE(ListType.PCL),
    /** A court's direction to withhold or impound a passport. */
    COURT_DIRECTION(ListType.PCL),
    /** Activities against the state, on a security agency's reference. */
    ANTI_STATE_ACTIVITY(ListType.PCL),

    /** Terrorism: an ECL order on this ground does not lapse. */
    TERRORISM(ListType.ECL),
    /** Referred by a court: does not lapse. */
    COURT_REFERRAL(ListType.ECL),
    /** Narcotics: does not lapse. */
    NARCOTICS(ListType.ECL),
    /** A Ponzi scheme: does not lapse. */
    PONZI_SCHEME(ListType.ECL),
    /** Corruption, on NAB's or FIA's reference: lapses after 120 days. */
    CORRUPTION(ListType.ECL),
    /** Money laundering, tax or other financial crime: lapses after 120 days. */
    FINANCIAL_CRIME(ListType.ECL),
    /** Human trafficking and smuggling of migrants: lapses after 120 days. */
    HUMAN_TRAFFICKING(ListType.ECL),
    /** Any other criminal investigation the Federal Government orders on: lapses after 120 days. */
    CRIMINAL_INVESTIGATION(ListType.ECL);

    private final ListType list;

    Ground(ListType list) {
        this.list = list;
    }

    public ListType list() {
        return list;
    }
}
