package org.nigehbaan.controllist;

import java.util.List;

/**
 * The outcome of a bulk import (API.md): valid rows land, invalid rows are reported by line, and re-importing
 * the same file changes nothing.
 *
 * @param importId        the import's id, recorded on every entry it created or updated
 * @param imported        new entries created
 * @param updated         existing entries (same external_id) whose data changed
 * @param unchanged       rows identical to what is already stored
 * @param rejected        the bad rows, by line number (the header is line 1); at most
 *                        {@link #MAX_REPORTED_REJECTIONS} are listed
 * @param rejectedCount   how many rows were rejected in all
 */
public record ImportResult(long importId, int imported, int updated, int unchanged, List<RejectedLine> rejected,
                           int rejectedCount) {

    public static final int MAX_REPORTED_REJECTIONS = 10_000;

    /** A refused row and every reason it was refused. */
    public record RejectedLine(long line, List<String> errors) {
    }
}
