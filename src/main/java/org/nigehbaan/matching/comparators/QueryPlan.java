package org.nigehbaan.matching.comparators;

import java.util.ArrayList;
import java.util.List;

import org.nigehbaan.matching.normalizers.NameNormalizer;
import org.nigehbaan.matching.normalizers.NameToken;
import org.nigehbaan.matching.normalizers.NormalizedName;

/**
 * Which parts of a traveller's name a listed name must share (by equal skeleton) to possibly reach a name
 * score: the minimal subsets S of the traveller's parts such that a listed name made of exactly S would score
 * at least the threshold under {@link NameComparator}'s formula. "Muhammad Hassan Qureshi" at 0.8 needs
 * {Qureshi, Muhammad} or {Qureshi, Hassan}: Muhammad Hassan alone cannot get there, so names with only those
 * two common parts are never candidates. The index turns each subset into one posting-list look-up.
 */
public final class QueryPlan {

    /** At most this many parts are planned for (the heaviest); 2^12 subsets are still cheap. */
    static final int MAX_PARTS = 12;

    private final List<NameToken> parts;
    private final List<Integer> subsets;

    private QueryPlan(List<NameToken> parts, List<Integer> subsets) {
        this.parts = parts;
        this.subsets = subsets;
    }

    /** The parts planned for (distinct skeletons, ordinary name parts only), in the order the masks use. */
    public List<NameToken> parts() {
        return parts;
    }

    /** Minimal feasible subsets as bit masks over {@link #parts()}. */
    public List<Integer> subsets() {
        return subsets;
    }

    public static QueryPlan of(NormalizedName q, double threshold) {
        List<NameToken> parts = new ArrayList<>();
        for (NameToken t : q.tokens()) {
            if (t.role() == NameToken.Role.NAME && t.skeleton().length() >= 2
                    && parts.stream().noneMatch(p -> p.skeleton().equals(t.skeleton()))) {
                parts.add(t);
            }
        }
        if (parts.isEmpty()) {
            for (NameToken t : q.tokens()) {
                if (t.skeleton().length() >= 2 && parts.stream().noneMatch(p -> p.skeleton().equals(t.skeleton()))) {
                    parts.add(t); // a name of titles only
                }
            }
        }
        if (parts.size() > MAX_PARTS) {
            parts.sort((a, b) -> Float.compare(b.weight(), a.weight()));
            parts = new ArrayList<>(parts.subList(0, MAX_PARTS));
        }
        int n = parts.size();
        List<Integer> feasible = new ArrayList<>();
        // Ascending size, so a superset of a feasible subset is skipped as not minimal.
        for (int size = 1; size <= n; size++) {
            for (int mask = 1; mask < 1 << n; mask++) {
                if (Integer.bitCount(mask) != size || containsSubset(feasible, mask)) {
                    continue;
                }
                if (scoreOf(parts, mask) >= threshold) {
                    feasible.add(mask);
                }
            }
        }
        return new QueryPlan(parts, feasible);
    }

    private static boolean containsSubset(List<Integer> feasible, int mask) {
        for (int f : feasible) {
            if ((f & mask) == f) {
                return true;
            }
        }
        return false;
    }

    /** The score of a listed name made of exactly the parts in {@code mask}, paired perfectly. */
    public static double scoreOf(List<NameToken> parts, int mask) {
        return scoreOf(parts, mask, false);
    }

    /**
     * As {@link #scoreOf(List, int)}, for a listed name that also has one common part the traveller's lacks
     * ({@code listedExtra}): the cheapest superset there is.
     */
    public static double scoreOf(List<NameToken> parts, int mask, boolean listedExtra) {
        double num = 0;
        double rest = 0;
        int pairs = 0;
        int rare = 0;
        for (int i = 0; i < parts.size(); i++) {
            double w = parts.get(i).weight();
            if ((mask & (1 << i)) != 0) {
                num += 2 * w;
                pairs++;
                rare += w > NameNormalizer.COMMON_WEIGHT + 1e-6 ? 1 : 0;
            } else {
                rest += Math.max(NameComparator.MISSING_FLOOR, w);
            }
        }
        double extra = listedExtra ? NameComparator.extraListed(rare) * NameComparator.MISSING_FLOOR : 0;
        double penalty = pairs >= 2 ? (rest > 0 && extra > 0 ? NameComparator.CONFLICT * (rest + NameComparator.MISSING_FLOOR)
                : NameComparator.extraQuery(rare) * rest + extra) : NameComparator.CONFLICT * (rest + (listedExtra ? NameComparator.MISSING_FLOOR : 0));
        return NameComparator.commonOnlyFactor(pairs, rare, rest > 0 || listedExtra) * num / (num + penalty);
    }

    /** True when every planned part is common and only a listed name made of exactly these parts can qualify. */
    public boolean onlyTheExactSetQualifies(double threshold) {
        int all = (1 << parts.size()) - 1;
        return parts.size() >= 2 && parts.size() <= 4 && subsets.size() == 1 && subsets.get(0) == all
                && parts.stream().allMatch(p -> p.weight() <= NameNormalizer.COMMON_WEIGHT + 1e-6)
                && scoreOf(parts, all, true) < threshold;
    }
}
