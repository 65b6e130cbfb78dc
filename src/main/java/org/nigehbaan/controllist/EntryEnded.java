package org.nigehbaan.controllist;

/**
 * An entry stopped being screenable: it expired, was removed, or was replaced. The screening index drops it.
 * (Queries never rely on this event alone: an entry past its expiry instant is not active, whatever has run.)
 */
public record EntryEnded(long entryId, EntryStatus status) {
}
