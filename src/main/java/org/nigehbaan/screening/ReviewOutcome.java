package org.nigehbaan.screening;

/** An officer's conclusion about one hit. */
public enum ReviewOutcome {
    /** The traveller is the listed person: the next screening of the same traveller against it is a STOP. */
    CONFIRMED,
    /** A namesake: the hit is set aside for this screening, and a redress record is opened; once a border
     *  supervisor other than the reviewer confirms it, the same traveller (same document or CNIC, or same name
     *  and full date of birth) is not referred again for that listing. */
    NOT_THIS_PERSON
}
