package org.nigehbaan.matching.comparators;

import java.util.List;

import org.nigehbaan.matching.normalizers.NameToken;

/**
 * The result of comparing two names: the score and which parts were paired how.
 *
 * @param score     in [0,1]
 * @param pairs     the aligned parts, traveller's first
 * @param unmatchedQuery parts of the traveller's name with no counterpart
 * @param unmatchedListed parts of the listed name with no counterpart
 */
public record NameComparison(double score, List<Pair> pairs, List<NameToken> unmatchedQuery,
                             List<NameToken> unmatchedListed) {

    /**
     * Two aligned parts (either may be two parts joined, e.g. ABDUL REHMAN ~ ABDULREHMAN).
     */
    public record Pair(String queryText, String listedText, double similarity, TokenComparator.Kind kind) {
    }

    public static final NameComparison NONE = new NameComparison(0, List.of(), List.of(), List.of());
}
