package org.nigehbaan.controllist;

/** Where a bulk import stands: STAGED → APPROVED | REJECTED. */
public enum ImportStatus {
    /** Its rows are checked and stored aside; nothing is listed or screenable yet. */
    STAGED,
    /** A LIST_APPROVER who did not import it approved it: its entries are ACTIVE and screened. */
    APPROVED,
    /** A LIST_APPROVER refused it; its staged rows were discarded. */
    REJECTED
}
