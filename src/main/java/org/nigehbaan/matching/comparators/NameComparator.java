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
    /**
     * Extra parts cost less when two or more rare parts agree on both sides (Usama bin Laden for Usama bin
     * Muhammad bin Awad bin Ladin, Hassan al-Turki's listed name with his father's and grandfather's names):
     * two rare parts together are seldom a namesake, and the parts a list adds (patronymic, grandfather, second
     * surname) are what travel documents leave out. Common parts alone keep the full cost (Ivan Ivanov).
     */
    static final double EXTRA_QUERY_RARE = 0.4;
    static final double EXTRA_LISTED_RARE = 0.3;

    /** What an extra part of the traveller's name costs when {@code rarePairs} rare parts agree. */
    static double extraQuery(int rarePairs) {
        return rarePairs >= 2 ? EXTRA_QUERY_RARE : EXTRA_QUERY;
    }

    /** What an extra part of the listed name costs when {@code rarePairs} rare parts agree. */
    static double extraListed(int rarePairs) {
        return rarePairs >= 2 ? EXTRA_LISTED_RARE : EXTRA_LISTED;
    }
    static final double CONFLICT = 1.0;
    static final double ORDER_PENALTY = 0.93;
    /**
     * When every part the names share is a common one (Muhammad, Ali, Khan) and either has a part the other
     * lacks, the agreement says little: Mohammad Ali Khan is not referred against every listed Muhammad Khan.
     */
    static final double COMMON_ONLY_FACTOR = 0.9;
    /** A name that shares a single common part and nothing else (Muhammad; Muhammad Malik with Malik a title). */
    static final double SINGLE_COMMON_FACTOR = 0.6;
    /** Names that agree only in titles or initials. */
    static final double NO_NAME_FACTOR = 0.5;
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
        List<NameToken> q = java.util.Arrays.asList(qn.parts());
        List<NameToken> l = java.util.Arrays.asList(ln.parts());
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
                    NameToken joined = NameNormalizer.join(q.get(i), q.get(i + 1));
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
                    NameToken joined = NameNormalizer.join(l.get(j), l.get(j + 1));
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
        int namePairs = 0;
        int rarePairs = 0;
        int rareOnBothSides = 0;
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
            if (q.get(i).role() == NameToken.Role.NAME && l.get(j).role() == NameToken.Role.NAME) {
                namePairs++;
                if (wq + wl > 2 * NameNormalizer.COMMON_WEIGHT + 1e-6) {
                    rarePairs++;
                }
                if (Math.min(wq, wl) > NameNormalizer.COMMON_WEIGHT + 1e-6) {
                    rareOnBothSides++;
                }
            }
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
        if (extraQ > 0 && extraL > 0 || namePairs < 2) {
            // Different parts in the same place, or a single shared part ("Hammad Siddiqui" / "Hammad"):
            // the extras are evidence against, not omissions.
            missing = CONFLICT * (extraQ + extraL);
        } else {
            // An MRZ drops trailing parts that do not fit: the listed name's extra parts cost less still.
            double listed = extraListed(rareOnBothSides);
            missing = extraQuery(rareOnBothSides) * extraQ + (truncated ? listed / 2 : listed) * extraL;
        }
        double score = num / (den + missing);
        score *= commonOnlyFactor(namePairs, rarePairs, extraQ > 0 || extraL > 0);
        // An MRZ writes the primary identifier first, lists either way: its order says nothing.
        if (!truncated && outOfOrder(pairQ, pairL, Math.min(pairs, pairQ.length))) {
            score *= ORDER_PENALTY;
        }
        return new NameComparison(score, explain ? explained : List.of(), unmatchedQ, unmatchedL);
    }

    /**
     * A cheap upper bound of {@link #score}: pairs parts with equal skeletons, assumes every other part could
     * pair at the best non-skeleton similarity, and charges only what must stay unpaired. The candidate stage
     * uses it to skip names that cannot reach a threshold without comparing them in full.
     */
    public static double upperBound(NormalizedName qn, NormalizedName ln) {
        List<NameToken> q = java.util.Arrays.asList(qn.parts());
        List<NameToken> l = java.util.Arrays.asList(ln.parts());
        int n = q.size();
        int m = l.size();
        if (n == 0 || m == 0) {
            return 0;
        }
        if (n > 31 || m > 31) {
            return 1;
        }
        int usedQ = 0;
        double paired = 0;
        int pairs = 0;
        int boundNamePairs = 0;
        int boundRarePairs = 0;
        double[] leftL = new double[m];
        int nl = 0;
        int usedL = 0;
        for (int j = 0; j < m; j++) {
            NameToken lt = l.get(j);
            String key = lt.skeleton();
            int hit = -1;
            for (int i = 0; i < n; i++) {
                if ((usedQ & (1 << i)) == 0 && q.get(i).skeleton().equals(key)) {
                    hit = i;
                    break;
                }
            }
            if (hit >= 0) {
                usedQ |= 1 << hit;
                usedL |= 1 << j;
                paired += q.get(hit).weight() + lt.weight();
                pairs++;
                if (lt.role() == NameToken.Role.NAME) {
                    boundNamePairs++;
                    if (q.get(hit).weight() + lt.weight() > 2 * NameNormalizer.COMMON_WEIGHT + 1e-6) {
                        boundRarePairs++;
                    }
                }
            } else {
                leftL[nl++] = lt.role() == NameToken.Role.TITLE ? -lt.weight() : lt.weight();
            }
        }
        double[] leftQ = new double[n];
        int nq = 0;
        for (int i = 0; i < n; i++) {
            if ((usedQ & (1 << i)) == 0) {
                NameToken qt = q.get(i);
                leftQ[nq++] = qt.role() == NameToken.Role.TITLE ? -qt.weight() : qt.weight();
            }
        }
        if (nq > 0 && nl > 0 && nq != nl && (joinable(q, usedQ, l, usedL) || joinable(l, usedL, q, usedQ))) {
            return 1; // joined or split parts may pair two for one: no cheap bound
        }
        // Parts left over can still pair as typos or variants only if they begin alike (or cross scripts).
        int t = 0;
        int pairedL = usedL;
        double typoPaired = 0;
        double[] restQ = new double[n];
        int rq = 0;
        for (int i = 0; i < n; i++) {
            if ((usedQ & (1 << i)) != 0) {
                continue;
            }
            NameToken qt = q.get(i);
            int partner = -1;
            for (int j = 0; j < m && partner < 0; j++) {
                if ((pairedL & (1 << j)) == 0 && mayPair(qt, l.get(j))) {
                    partner = j;
                }
            }
            if (partner >= 0) {
                pairedL |= 1 << partner;
                typoPaired += qt.weight() + l.get(partner).weight();
                t++;
            } else {
                restQ[rq++] = qt.role() == NameToken.Role.TITLE ? -1 : qt.weight();
            }
        }
        nq = rq;
        leftQ = restQ;
        nl = 0;
        for (int j = 0; j < m; j++) {
            if ((pairedL & (1 << j)) == 0) {
                leftL[nl++] = l.get(j).role() == NameToken.Role.TITLE ? -1 : l.get(j).weight();
            }
        }
        double extraQ = 0;
        for (int k = 0; k < nq; k++) {
            extraQ += leftQ[k] < 0 ? 0 : Math.max(MISSING_FLOOR, leftQ[k]);
        }
        double extraL = 0;
        for (int k = 0; k < nl; k++) {
            extraL += leftL[k] < 0 ? 0 : Math.max(MISSING_FLOOR, leftL[k]);
        }
        double missing = pairs + t < 2 || extraQ > 0 && extraL > 0 ? CONFLICT * (extraQ + extraL)
                : extraQuery(boundRarePairs + t) * extraQ + extraListed(boundRarePairs + t) / 2 * extraL;
        double num = paired + 0.95 * typoPaired;
        double den = paired + typoPaired + missing;
        double factor = t > 0 ? 1 : commonOnlyFactor(boundNamePairs, boundRarePairs, extraQ > 0 || extraL > 0);
        return den == 0 ? 0 : factor * num / den;
    }

    /** Whether two parts with different skeletons could still be similar (see {@link TokenComparator}). */
    private static boolean mayPair(NameToken a, NameToken b) {
        return a.abjad() || b.abjad() || TokenComparator.mayAgreeOtherwise(a, b) || a.text().charAt(0) == b.text().charAt(0)
                || TokenComparator.initialClass(a.folded().charAt(0)) == TokenComparator.initialClass(b.folded().charAt(0))
                || TokenComparator.silentInitialH(a.folded(), b.folded()) || TokenComparator.silentInitialH(b.folded(), a.folded())
                || !a.stem().equals(a.folded()) || !b.stem().equals(b.folded()) || a.text().length() > 5 && b.text().length() > 5
                && (a.text().startsWith("al") || b.text().startsWith("al") || a.text().startsWith("el")
                || b.text().startsWith("el"));
    }

    private static boolean joinable(List<NameToken> a, int usedA, List<NameToken> b, int usedB) {
        for (int i = 0; i + 1 < a.size(); i++) {
            if ((usedA & (3 << i)) != 0) {
                continue;
            }
            int len = a.get(i).text().length() + a.get(i + 1).text().length();
            for (int j = 0; j < b.size(); j++) {
                if ((usedB & (1 << j)) == 0 && Math.abs(b.get(j).text().length() - len) <= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How much a match made only of common parts is worth (1 when a rarer part is shared too). */
    static double commonOnlyFactor(int namePairs, int rarePairs, boolean extras) {
        if (namePairs == 0) {
            return NO_NAME_FACTOR; // only titles or initials agree: "Muhammad Rana" is not "M. Malik"
        }
        if (rarePairs > 0) {
            return 1;
        }
        if (namePairs == 1) {
            return SINGLE_COMMON_FACTOR;
        }
        return extras ? COMMON_ONLY_FACTOR : 1;
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
