package org.nigehbaan.matching.comparators;

import java.util.ArrayList;
import java.util.List;

import org.nigehbaan.matching.normalizers.NameNormalizer;
import org.nigehbaan.matching.normalizers.NameToken;
import org.nigehbaan.matching.normalizers.NormalizedName;

/**
 * Compares two normalised names, order-free: parts are paired greedily by similarity (a part may also pair
 * with two neighbouring parts joined, so Abdul Rehman meets Abdulrehman), then
 * <pre>
 *   score = Σ sim·(wq+wl) / ( Σ (wq+wl) + MISSING_QUERY·Σ unpaired wq + MISSING_LISTED·Σ unpaired wl )
 * </pre>
 * where w is a part's weight (common parts such as Muhammad or Khan weigh less, titles nothing when
 * unpaired). Missing middle names thus lower the score a little, a different name a lot. Pairs out of
 * written order cost {@link #ORDER_PENALTY} (names are reordered freely, but less often than not).
 */
public final class NameComparator {

    static final double MISSING_QUERY = 0.8;
    static final double MISSING_LISTED = 0.6;
    static final double ORDER_PENALTY = 0.97;

    private NameComparator() {
    }

    /** The score alone, for the hot path. */
    public static double score(NormalizedName q, NormalizedName l, boolean truncated) {
        return compare(q, l, truncated, false).score();
    }

    public static NameComparison compare(NormalizedName q, NormalizedName l, boolean truncated) {
        return compare(q, l, truncated, true);
    }

    private static NameComparison compare(NormalizedName qn, NormalizedName ln, boolean truncated, boolean explain) {
        List<NameToken> q = qn.tokens();
        List<NameToken> l = ln.tokens();
        int n = q.size();
        int m = l.size();
        if (n == 0 || m == 0 || n > 24 || m > 24) {
            return NameComparison.NONE;
        }
        double[] sim = new double[n * m];
        for (int i = 0; i < n; i++) {
            boolean lastAndTruncated = truncated && i == n - 1;
            for (int j = 0; j < m; j++) {
                sim[i * m + j] = TokenComparator.similarity(q.get(i), l.get(j), lastAndTruncated);
            }
        }
        boolean[] usedQ = new boolean[n];
        boolean[] usedL = new boolean[m];
        int[] pairQ = new int[Math.min(n, m) + 4];
        int[] pairL = new int[pairQ.length];
        double num = 0;
        double den = 0;
        int pairs = 0;
        List<NameComparison.Pair> explained = explain ? new ArrayList<>() : null;
        while (true) {
            int best = -1;
            double bestSim = 0;
            for (int k = 0; k < sim.length; k++) {
                if (sim[k] > bestSim && !usedQ[k / m] && !usedL[k % m]) {
                    bestSim = sim[k];
                    best = k;
                }
            }
            if (best < 0) {
                break;
            }
            int i = best / m;
            int j = best % m;
            usedQ[i] = true;
            usedL[j] = true;
            double w = q.get(i).weight() + l.get(j).weight();
            num += bestSim * w;
            den += w;
            if (pairs < pairQ.length) {
                pairQ[pairs] = i;
                pairL[pairs] = j;
            }
            pairs++;
            if (explain) {
                explained.add(new NameComparison.Pair(q.get(i).display(), l.get(j).display(), bestSim,
                        TokenComparator.kind(q.get(i), l.get(j), i == n - 1 && truncated)));
            }
        }
        // Split or joined parts: two unpaired neighbours on one side against one part on the other.
        if (pairs < Math.max(n, m)) {
            double[] joined = joinNeighbours(q, usedQ, l, usedL, explain ? explained : null, false);
            num += joined[0];
            den += joined[1];
            joined = joinNeighbours(l, usedL, q, usedQ, explain ? explained : null, true);
            num += joined[0];
            den += joined[1];
        }
        double missing = 0;
        List<NameToken> unmatchedQ = explain ? new ArrayList<>() : List.of();
        List<NameToken> unmatchedL = explain ? new ArrayList<>() : List.of();
        for (int i = 0; i < n; i++) {
            if (!usedQ[i]) {
                missing += MISSING_QUERY * missingWeight(q.get(i));
                if (explain) {
                    unmatchedQ.add(q.get(i));
                }
            }
        }
        for (int j = 0; j < m; j++) {
            if (!usedL[j]) {
                // An MRZ drops trailing parts that do not fit: do not hold the listed name's extra parts against it.
                missing += (truncated ? MISSING_LISTED / 2 : MISSING_LISTED) * missingWeight(l.get(j));
                if (explain) {
                    unmatchedL.add(l.get(j));
                }
            }
        }
        if (den == 0) {
            return new NameComparison(0, explain ? explained : List.of(), unmatchedQ, unmatchedL);
        }
        double score = num / (den + missing);
        if (outOfOrder(pairQ, pairL, Math.min(pairs, pairQ.length))) {
            score *= ORDER_PENALTY;
        }
        return new NameComparison(score, explain ? explained : List.of(), unmatchedQ, unmatchedL);
    }

    private static double missingWeight(NameToken t) {
        return t.role() == NameToken.Role.TITLE ? 0 : t.weight();
    }

    /**
     * Tries each pair of unpaired neighbours on side {@code a} joined against each unpaired part of side
     * {@code b}; pairs them when the joined form is as good as a variant. Returns {num, den} contributions.
     */
    private static double[] joinNeighbours(List<NameToken> a, boolean[] usedA, List<NameToken> b, boolean[] usedB,
                                           List<NameComparison.Pair> explained, boolean aIsListed) {
        double num = 0;
        double den = 0;
        for (int i = 0; i + 1 < a.size(); i++) {
            if (usedA[i] || usedA[i + 1]) {
                continue;
            }
            NameToken x = a.get(i);
            NameToken y = a.get(i + 1);
            NameToken joined = null;
            for (int j = 0; j < b.size(); j++) {
                if (usedB[j] || b.get(j).text().length() < x.text().length() + y.text().length() - 2) {
                    continue;
                }
                if (joined == null) {
                    joined = NameNormalizer.token(x.text() + y.text(), x.abjad());
                }
                NameToken other = b.get(j);
                double s = aIsListed ? TokenComparator.similarity(other, joined, false)
                        : TokenComparator.similarity(joined, other, false);
                if (s >= 0.9) {
                    usedA[i] = true;
                    usedA[i + 1] = true;
                    usedB[j] = true;
                    double w = Math.max(x.weight(), y.weight()) + other.weight();
                    num += s * w;
                    den += w;
                    if (explained != null) {
                        String joinedText = x.display() + " " + y.display();
                        explained.add(aIsListed
                                ? new NameComparison.Pair(other.display(), joinedText, s, TokenComparator.Kind.VARIANT)
                                : new NameComparison.Pair(joinedText, other.display(), s, TokenComparator.Kind.VARIANT));
                    }
                    break;
                }
            }
        }
        return new double[] {num, den};
    }

    private static boolean outOfOrder(int[] pairQ, int[] pairL, int pairs) {
        for (int a = 0; a < pairs; a++) {
            for (int b = a + 1; b < pairs; b++) {
                if ((pairQ[a] < pairQ[b]) != (pairL[a] < pairL[b])) {
                    return true;
                }
            }
        }
        return false;
    }
}
