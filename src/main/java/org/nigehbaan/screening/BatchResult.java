package org.nigehbaan.screening;

import java.util.List;

/**
 * The answer to a batch (CSV or PAXLST): one result per traveller that could be screened, and the problems
 * with the rest or with the file.
 */
public record BatchResult(List<Item> results, List<Problem> errors, long tookMicros) {

    /** One traveller's outcome; {@code ref} is the CSV's ref, or for PAXLST the position and document number. */
    public record Item(String ref, String id, Decision decision, List<Hit> hits) {
    }

    /** A row or segment that could not be screened, and why. */
    public record Problem(String ref, String segment, String message) {
    }
}
