package org.nigehbaan.controllist;

/**
 * A bulk import created or updated active entries, all marked with {@code importId}; one event for the whole
 * import (a million rows must not mean a million events). The screening index loads them by import id.
 */
public record EntriesImported(long importId, int imported, int updated) {
}
