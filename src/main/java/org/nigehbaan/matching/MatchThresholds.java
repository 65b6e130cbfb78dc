package org.nigehbaan.matching;

/**
 * The recommended decision thresholds, measured on the shared evaluation data (see docs/matching.md).
 * The screening module adopts these as its defaults.
 *
 * @param refer a score at or above this is referred to an officer
 * @param stop  a score at or above this is a certain hit: an equal CNIC/document, or a strong name with an
 *              exactly equal full date of birth and no conflict
 */
public record MatchThresholds(double refer, double stop) {

    /** Default REFER threshold. */
    public static final double REFER = 0.80;
    /** Default STOP threshold: reachable only with an equal identifier or a full-date DOB agreement. */
    public static final double STOP = 0.97;

    public static final MatchThresholds DEFAULT = new MatchThresholds(REFER, STOP);

    public MatchThresholds {
        if (!(refer > 0 && refer < stop && stop <= 1)) {
            throw new IllegalArgumentException("need 0 < refer < stop <= 1, got " + refer + ", " + stop);
        }
    }
}
