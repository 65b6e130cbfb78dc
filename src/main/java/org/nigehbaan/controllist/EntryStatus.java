package org.nigehbaan.controllist;

/**
 * The lifecycle of a control-list entry: PROPOSED → ACTIVE → EXPIRED | REMOVED; PROPOSED → REJECTED. Every
 * transition records who, when and why.
 */
public enum EntryStatus {
    /** Proposed by an officer; not screened until an approver who did not propose it approves. */
    PROPOSED,
    /** Approved (or imported as already approved); screened until it expires or is removed. */
    ACTIVE,
    /** Its term ended. Treated as such from its expiry instant, whether or not the nightly job has run. */
    EXPIRED,
    /** Taken off the list by an approver's decision. */
    REMOVED,
    /** The proposal was refused. */
    REJECTED;

    public boolean isFinal() {
        return this == EXPIRED || this == REMOVED || this == REJECTED;
    }
}
