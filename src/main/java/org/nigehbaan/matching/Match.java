package org.nigehbaan.matching;

import java.util.List;

/**
 * A listed identity the traveller may be.
 *
 * @param id          the listed identity's id
 * @param score       in [0,1]; compare with {@link MatchThresholds}
 * @param matchedName the listed name that matched best, as the list writes it
 * @param queryName   the traveller's name it was compared with
 * @param facts       machine-readable facts for the decision policy
 * @param reasons     the explanation, most important first
 */
public record Match(String id, double score, String matchedName, String queryName, MatchFacts facts,
                    List<Reason> reasons) {

    public Match {
        reasons = List.copyOf(reasons);
    }
}
