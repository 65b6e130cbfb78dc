package org.nigehbaan.matching;

import java.util.List;

import org.nigehbaan.matching.comparators.NameComparator;
import org.nigehbaan.matching.comparators.NameComparison;
import org.nigehbaan.matching.normalizers.NameNormalizer;
import org.nigehbaan.matching.normalizers.NormalizedName;
import org.nigehbaan.matching.scoring.Explainer;

/** Two names alone, through the same normalise → compare stages as the engine. Thread-safe, stateless. */
public final class NameSimilarity {

    private NameSimilarity() {
    }

    /** The name score in [0,1] (order-free; the second name is treated as the listed one). */
    public static double score(String travellerName, String listedName) {
        return NameComparator.score(NameNormalizer.normalize(travellerName), NameNormalizer.normalize(listedName), false);
    }

    /** The score and the part-by-part explanation. */
    public static NameScore compare(String travellerName, String listedName) {
        NormalizedName q = NameNormalizer.normalize(travellerName);
        NormalizedName l = NameNormalizer.normalize(listedName);
        NameComparison c = NameComparator.compare(q, l, false);
        MatchFacts f = new MatchFacts(false, false, false, c.score(), false, DobAgreement.UNKNOWN, false, false, -1);
        List<Reason> reasons = Explainer.explain(f, c, listedName, null, null, null, null, null, null);
        return new NameScore(c.score(), reasons);
    }

    /** A name score and why. */
    public record NameScore(double score, List<Reason> reasons) {
    }
}
