package org.nigehbaan.controllist;

/** The two control lists. */
public enum ListType {
    /** Passport Control List (Passports Act 1974, Passports Rules 2021 r.22): blocks issuance and is checked at exit. */
    PCL,
    /** Exit Control List (Exit from Pakistan (Control) Ordinance 1981, ECL Rules 2010): checked at exit. */
    ECL
}
