package org.nigehbaan.screening;

import java.util.List;

/**
 * The answer to a batch (CSV or PAXLST): one result per traveller that could be screened, and the problems
 * with the rest or with the file. Serializable: the manifest page keeps the last result in the officer's session,
 * which Tomcat may persist.
 */
public record BatchResult(List<Item> results, List<Problem> errors, long tookMicros)
        implements java.io.Serializable {

    /**
     * One traveller's outcome; {@code ref} is the CSV's ref, or for PAXLST the position and document number.
     * A traveller whose details could not be screened is a REFER with no screening id and the {@code problem}
     * named: an officer checks them by hand, never silence.
     */
    public record Item(String ref, String name, String id, Decision decision, List<Hit> hits, String problem)
            implements java.io.Serializable {

        public Item(String ref, String name, String id, Decision decision, List<Hit> hits) {
            this(ref, name, id, decision, hits, null);
        }

        static Item unscreened(String ref, String name, String problem) {
            return new Item(ref, name, null, Decision.REFER, List.of(), problem);
        }
    }

    /** A row or segment that could not be screened, and why. */
    public record Problem(String ref, String segment, String message) implements java.io.Serializable {
    }
}
