package org.nigehbaan.matching.comparators;

import java.util.ArrayList;
import java.util.List;

import org.nigehbaan.matching.normalizers.NameNormalizer;
import org.nigehbaan.matching.normalizers.NameToken;
import org.nigehbaan.matching.normalizers.NormalizedName;

/**
 * Compares two normalised names, order-free: parts are paired greedily, best similarity first (a part may
 * also pair with two neighbouring parts of the other name joined, so Abdul Rehman meets Abdulrehman), then
 * <pre>
 *   score = Σ sim·(wq+wl) / ( Σ (wq+wl) + Σ penalty·w over unpaired parts )
 * </pre>
 * where w is a part's weight (common parts such as Muhammad or Khan weigh less, titles nothing when unpaired).
 * Extra parts on one side only — a missing middle name, a father's name written into the full name — cost
 * little ({@link #EXTRA_QUERY}, {@link #EXTRA_LISTED}); unpaired parts on both sides are different names in
 * the same place and cost fully ({@link #CONFLICT}). Pairs out of written order cost {@link #ORDER_PENALTY}.
 */
public final class NameComparator {

    static final double EXTRA_QUERY = 0.5;
    static final double EXTRA_LISTED = 0.45;
    static final double CONFLICT = 1.0;
    static final double ORDER_PENALTY = 0.93;
    /** A common part that is unpaired still costs this much: a missing Khan is not nothing. */
    static final double MISSING_FLOOR = 0.7;
    /** Joined neighbours must be at least this similar to the part they stand for. */
    static final double JOIN_MIN = 0.9;

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
        if (n == 0 || m == 0 || n > 30 || m > 30) {
            return NameComparison.NONE;
        }
        // Candidate pairs: single parts, and two neighbours joined against one part (either side).
        int cap = n * m + n + m;
        double[] sim = new double[cap];
        int[] qi = new int[cap];
        int[] qlen = new int[cap];
        int[] lj = new int[cap];
        int[] llen = new int[cap];
        int c = 0;
        for (int i = 0; i < n; i++) {
            boolean lastAndTruncated = truncated && i == n - 1;
            for (int j = 0; j < m; j++) {
                double s = TokenComparator.similarity(q.get(i), l.get(j), lastAndTruncated);
                if (s > 0) {
                    sim[c] = s;
                    qi[c] = i;
                    qlen[c] = 1;
                    lj[c] = j;
                    llen[c++] = 1;
                }
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            int len = q.get(i).text().length() + q.get(i + 1).text().length();
            for (int j = 0; j < m; j++) {
                if (Math.abs(l.get(j).text().length() - len) <= 2) {
                    NameToken joined = NameNormalizer.token(q.get(i).text() + q.get(i + 1).text(), q.get(i).abjad());
                    double s = TokenComparator.similarity(joined, l.get(j), false);
                    if (s >= JOIN_MIN && c < cap) {
                        sim[c] = s;
                        qi[c] = i;
                        qlen[c] = 2;
                        lj[c] = j;
                        llen[c++] = 1;
                    }
                }
            }
        }
        for (int j = 0; j + 1 < m; j++) {
            int len = l.get(j).text().length() + l.get(j + 1).text().length();
            for (int i = 0; i < n; i++) {
                if (Math.abs(q.get(i).text().length() - len) <= 2) {
                    NameToken joined = NameNormalizer.token(l.get(j).text() + l.get(j + 1).text(), l.get(j).abjad());
                    double s = TokenComparator.similarity(q.get(i), joined, false);
                    if (s >= JOIN_MIN && c < cap) {
                        sim[c] = s;
                        qi[c] = i;
                        qlen[c] = 1;
                        lj[c] = j;
                        llen[c++] = 2;
                    }
                }
            }
        }
        boolean[] usedQ = new boolean[n];
        boolean[] usedL = new boolean[m];
        int[] pairQ = new int[Math.min(n, m)];
        int[] pairL = new int[pairQ.length];
        int pairs = 0;
        double num = 0;
        double den = 0;
        List<NameComparison.Pair> explained = explain ? new ArrayList<>() : null;
        while (true) {
            int best = -1;
            double bestSim = 0;
            for (int k = 0; k < c; k++) {
                // A joined pair wins a tie: it accounts for more of both names.
                double s = sim[k] + (qlen[k] + llen[k] > 2 ? 1e-6 : 0);
                if (s > bestSim && free(usedQ, qi[k], qlen[k]) && free(usedL, lj[k], llen[k])) {
                    bestSim = s;
                    best = k;
                }
            }
            if (best < 0) {
                break;
            }
            int i = qi[best];
            int j = lj[best];
            double s = sim[best];
            double wq = qlen[best] == 1 ? q.get(i).weight() : Math.max(q.get(i).weight(), q.get(i + 1).weight());
            double wl = llen[best] == 1 ? l.get(j).weight() : Math.max(l.get(j).weight(), l.get(j + 1).weight());
            mark(usedQ, i, qlen[best]);
            mark(usedL, j, llen[best]);
            num += s * (wq + wl);
            den += wq + wl;
            if (pairs < pairQ.length) {
                pairQ[pairs] = i;
                pairL[pairs] = j;
            }
            pairs++;
            if (explain) {
                String qt = qlen[best] == 1 ? q.get(i).display() : q.get(i).display() + " " + q.get(i + 1).display();
                String lt = llen[best] == 1 ? l.get(j).display() : l.get(j).display() + " " + l.get(j + 1).display();
                TokenComparator.Kind kind = qlen[best] + llen[best] > 2 ? TokenComparator.Kind.VARIANT
                        : TokenComparator.kind(q.get(i), l.get(j), truncated && i == n - 1);
                explained.add(new NameComparison.Pair(qt, lt, s, kind));
            }
        }
        double extraQ = 0;
        double extraL = 0;
        List<NameToken> unmatchedQ = explain ? new ArrayList<>() : List.of();
        List<NameToken> unmatchedL = explain ? new ArrayList<>() : List.of();
        for (int i = 0; i < n; i++) {
            if (!usedQ[i]) {
                extraQ += missingWeight(q.get(i));
                if (explain) {
                    unmatchedQ.add(q.get(i));
                }
            }
        }
        for (int j = 0; j < m; j++) {
            if (!usedL[j]) {
                extraL += missingWeight(l.get(j));
                if (explain) {
                    unmatchedL.add(l.get(j));
                }
            }
        }
        if (den == 0) {
            return new NameComparison(0, explain ? explained : List.of(), unmatchedQ, unmatchedL);
        }
        double missing;
        if (extraQ > 0 && extraL > 0) {
            missing = CONFLICT * (extraQ + extraL);
        } else {
            // An MRZ drops trailing parts that do not fit: the listed name's extra parts cost less still.
            missing = EXTRA_QUERY * extraQ + (truncated ? EXTRA_LISTED / 2 : EXTRA_LISTED) * extraL;
        }
        double score = num / (den + missing);
        if (outOfOrder(pairQ, pairL, Math.min(pairs, pairQ.length))) {
            score *= ORDER_PENALTY;
        }
        return new NameComparison(score, explain ? explained : List.of(), unmatchedQ, unmatchedL);
    }

    private static boolean free(boolean[] used, int from, int len) {
        for (int k = from; k < from + len; k++) {
            if (used[k]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] used, int from, int len) {
        for (int k = from; k < from + len; k++) {
            used[k] = true;
        }
    }

    private static double missingWeight(NameToken t) {
        return t.role() == NameToken.Role.TITLE ? 0 : Math.max(MISSING_FLOOR, t.weight());
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
