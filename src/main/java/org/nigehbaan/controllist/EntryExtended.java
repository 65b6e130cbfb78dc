package org.nigehbaan.controllist;

import java.time.Instant;

/** An approved extension moved an active entry's end. */
public record EntryExtended(long entryId, Instant expiresAt) {
}
