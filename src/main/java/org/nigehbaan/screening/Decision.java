package org.nigehbaan.screening;

/** The outcome an officer acts on. */
public enum Decision {
    /** No listing may be this traveller. */
    CLEAR,
    /** A listing may be this traveller: an officer must review before the traveller proceeds. */
    REFER,
    /** A certain hit on an active listing (equal document or CNIC, strong name and full date of birth, or a
     *  hit an officer confirmed before). */
    STOP;

    public Decision max(Decision other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
