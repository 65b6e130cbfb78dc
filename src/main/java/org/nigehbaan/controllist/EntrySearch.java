package org.nigehbaan.controllist;

/**
 * Filters for listing entries; all optional. {@code q} matches names (any part), CNIC, passport number,
 * external id or case reference. {@code awaitingDecision} lists proposals and pending changes.
 */
public record EntrySearch(EntryStatus status, ListType list, Ground ground, String q, boolean awaitingDecision) {

    public static EntrySearch all() {
        return new EntrySearch(null, null, null, null, false);
    }
}
