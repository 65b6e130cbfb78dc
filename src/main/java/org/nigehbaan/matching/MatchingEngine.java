package org.nigehbaan.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import org.nigehbaan.identity.Country;
import org.nigehbaan.matching.comparators.DateOfBirthComparator;
import org.nigehbaan.matching.comparators.NameComparator;
import org.nigehbaan.matching.comparators.NameComparison;
import org.nigehbaan.matching.index.CandidateIndex;
import org.nigehbaan.matching.index.IndexedIdentity;
import org.nigehbaan.matching.normalizers.IdentifierNormalizer;
import org.nigehbaan.matching.normalizers.NameNormalizer;
import org.nigehbaan.matching.normalizers.NormalizedName;
import org.nigehbaan.matching.scoring.Explainer;
import org.nigehbaan.matching.scoring.ScoreCombiner;

/**
 * The matching engine: a thread-safe, in-memory index of listed identities, queried with a traveller.
 *
 * <pre>{@code
 * MatchingEngine engine = new MatchingEngine();
 * engine.upsert(new ListedIdentity("CL-123", List.of(ListedName.strong("KHAN, Imran")), ...));
 * List<Match> hits = engine.match(Traveller.named("Imran Khan").withDateOfBirth(PartialDate.parse("1984")));
 * if (!hits.isEmpty() && hits.get(0).score() >= MatchThresholds.REFER) ...
 * }</pre>
 *
 * <p>The pipeline per query: normalise each traveller name → candidates from the skeleton index (and exact
 * document/CNIC look-ups) → compare names, dates of birth, gender, nationality, father's name, identifiers →
 * combine into a score → explain the best matches.
 *
 * <p>Concurrency: any number of threads may call {@link #match} while others call {@link #upsert} or
 * {@link #remove}; readers never block (writers serialise among themselves on a lock readers never take).
 * A write is visible to queries that start after it returns. Removed identities leave tombstones in the
 * index; when they pass a quarter of it the index is rebuilt from the live identities (by the writer, while
 * readers keep using the old one), so memory stays bounded.
 *
 * <p>Memory: the engine keeps the {@link ListedIdentity} records it is given and adds about 150 bytes per
 * listed name: 1,000,000 synthetic identities (2.85 M names) held 1.09 GB (654 MB records, 437 MB index),
 * so give the service {@code -Xmx2g} per million identities (see docs/matching.md).
 */
public final class MatchingEngine {

    /** How many matches {@link #match(Traveller)} returns at most. */
    public static final int DEFAULT_LIMIT = 10;
    /** Matches scoring below this are not returned by {@link #match(Traveller)}: the REFER threshold. */
    public static final double DEFAULT_MIN_SCORE = MatchThresholds.REFER;
    /** Listed names scoring below this against every traveller name are not considered further. */
    static final double NAME_FLOOR = 0.45;
    static final double REBUILD_DEAD_FRACTION = 0.25;
    /**
     * At most this many candidate names are compared in full per traveller name: when a name made of common parts
     * (Muhammad Ali Khan) finds more, the most promising are compared first (most parts shared, fewest extra) and
     * the rest dropped. This bounds the slow tail; docs/matching.md measures what the cap costs in matches.
     */
    public static final int COMPARE_CAP = 1500;

    private static final ThreadLocal<IntBuffer> CANDIDATES = ThreadLocal.withInitial(IntBuffer::new);

    private final Map<String, IndexedIdentity> byId = new ConcurrentHashMap<>();
    private final int compareCap;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile CandidateIndex index = new CandidateIndex();

    /** An engine that compares at most {@link #COMPARE_CAP} candidate names per traveller name. */
    public MatchingEngine() {
        this(COMPARE_CAP);
    }

    /**
     * An engine with another cap on the candidate names compared per traveller name; {@code Integer.MAX_VALUE}
     * compares every candidate (benchmarks measure what the cap costs against it).
     */
    public MatchingEngine(int compareCap) {
        if (compareCap < 1) {
            throw new IllegalArgumentException("compareCap must be at least 1, got " + compareCap);
        }
        this.compareCap = compareCap;
    }

    /** Adds the identity, or replaces the one with the same id. */
    public void upsert(ListedIdentity identity) {
        IndexedIdentity e = new IndexedIdentity(identity); // normalise outside the lock
        writeLock.lock();
        try {
            put(e);
            rebuildIfMostlyDead();
        } finally {
            writeLock.unlock();
        }
    }

    /** Adds or replaces many identities; normalises them in parallel first. */
    public void upsertAll(Collection<ListedIdentity> identities) {
        List<IndexedIdentity> prepared = identities.parallelStream().map(IndexedIdentity::new).toList();
        writeLock.lock();
        try {
            for (IndexedIdentity e : prepared) {
                put(e);
            }
            rebuildIfMostlyDead();
        } finally {
            writeLock.unlock();
        }
    }

    /** Removes the identity; returns false when there was none with this id. */
    public boolean remove(String id) {
        writeLock.lock();
        try {
            IndexedIdentity old = byId.remove(id);
            if (old == null) {
                return false;
            }
            index.remove(old);
            rebuildIfMostlyDead();
            return true;
        } finally {
            writeLock.unlock();
        }
    }

    public int size() {
        return byId.size();
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** Up to {@link #DEFAULT_LIMIT} matches scoring at least {@link #DEFAULT_MIN_SCORE}, best first. */
    public List<Match> match(Traveller traveller) {
        return match(traveller, DEFAULT_LIMIT, DEFAULT_MIN_SCORE);
    }

    /**
     * Up to {@code limit} matches scoring at least {@code minScore}, best first, each explained.
     *
     * <p>Every listed identity that scores at least {@code minScore} is found: the candidate stage skips
     * only names whose upper bound cannot reach the name score that {@code minScore} needs (lower when the
     * traveller gives a date of birth, which can raise a score), and finds identities with an equal
     * document, CNIC or full date of birth whatever their names. The lower {@code minScore}, the more names
     * are compared: a search below about 0.6 compares most names that share a part with the traveller's.
     */
    public List<Match> match(Traveller traveller, int limit, double minScore) {
        CandidateIndex idx = index;
        Query q = Query.of(traveller);
        Map<IndexedIdentity, Best> best = new HashMap<>();
        // The name score a candidate needs at best (an equal partial date of birth lifting it); each candidate's
        // own facts then set its bar exactly, before its names are compared in full.
        double planFloor = Math.max(NAME_FLOOR, ScoreCombiner.nameScoreNeeded(minScore,
                traveller.dateOfBirth() == null ? DobAgreement.UNKNOWN : DobAgreement.EXACT, false, false, false));
        for (int n = 0; n < q.names.size(); n++) {
            NormalizedName qn = q.names.get(n);
            if (qn.isEmpty()) {
                continue;
            }
            boolean truncated = q.truncated(n);
            final int qi = n;
            double strictFloor = Math.max(NAME_FLOOR, minScore);
            int birthYear = traveller.dateOfBirth() == null ? 0 : traveller.dateOfBirth().year();
            IntBuffer found = CANDIDATES.get();
            found.clear();
            idx.candidates(qn, planFloor, strictFloor, birthYear, truncated, found::add);
            int[] ids = found.ids;
            int count = found.size;
            if (count > compareCap) {
                count = mostPromising(idx, CandidateIndex.signature(qn), ids, count, compareCap);
            }
            for (int k = 0; k < count; k++) {
                int id = ids[k];
                IndexedIdentity owner = idx.owner(id);
                if (owner.isRemoved()) {
                    continue;
                }
                double needed = Math.max(NAME_FLOOR, nameScoreNeeded(q, owner, minScore));
                if (needed > 1) {
                    continue;
                }
                NormalizedName listed = owner.name(idx.nameIndex(id));
                if (NameComparator.upperBound(qn, listed) < needed) {
                    continue;
                }
                double s = NameComparator.score(qn, listed, truncated);
                if (s >= needed) {
                    Best b = best.get(owner);
                    if (b == null) {
                        best.put(owner, new Best(s, qi, idx.nameIndex(id)));
                    } else {
                        b.offer(s, qi, idx.nameIndex(id), owner);
                    }
                }
            }
        }
        for (String d : q.documents) {
            for (IndexedIdentity e : idx.byDocument(d)) {
                best.computeIfAbsent(e, x -> bestName(q, x));
            }
        }
        if (q.cnic != null) {
            for (IndexedIdentity e : idx.byCnic(q.cnic)) {
                best.computeIfAbsent(e, x -> bestName(q, x));
            }
        }
        // An exactly equal full date of birth lifts a middling name over REFER: compare those names too.
        for (IndexedIdentity e : idx.byFullDateOfBirth(traveller.dateOfBirth())) {
            if (!best.containsKey(e)) {
                Best b = bestName(q, e);
                if (b.score >= NAME_FLOOR) {
                    best.put(e, b);
                }
            }
        }
        List<Scored> scored = new ArrayList<>(best.size());
        for (Map.Entry<IndexedIdentity, Best> en : best.entrySet()) {
            if (en.getKey().isRemoved()) {
                continue;
            }
            Scored s = score(q, en.getKey(), en.getValue());
            if (s.score >= minScore) {
                scored.add(s);
            }
        }
        // Ties (the cap on name-only scores makes many) go to the better name, then the id for a stable order.
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.score).thenComparingDouble(s -> -s.facts.nameScore())
                .thenComparing(s -> s.e.id()));
        List<Match> out = new ArrayList<>(Math.min(limit, scored.size()));
        for (int i = 0; i < scored.size() && i < limit; i++) {
            out.add(explain(q, scored.get(i)));
        }
        return out;
    }

    /** Compares a traveller with one identity, indexed or not: the same score and reasons as {@link #match}. */
    public static Match compare(Traveller traveller, ListedIdentity identity) {
        Query q = Query.of(traveller);
        IndexedIdentity e = new IndexedIdentity(identity);
        return explain(q, score(q, e, bestName(q, e)));
    }

    /**
     * The least name score that can still reach {@code minScore}: without a date of birth the score never
     * rises above the name score; with one, an exactly equal partial date adds at most (1-s)·0.35 (a full
     * exact date is handled by the date-of-birth look-up).
     */
    static double nameScoreNeeded(double minScore, boolean travellerHasDob) {
        return travellerHasDob ? (minScore - 0.35) / 0.65 : minScore;
    }

    /** The name score this identity needs to reach {@code minScore}, from its date of birth, gender, nationality. */
    private static double nameScoreNeeded(Query q, IndexedIdentity e, double minScore) {
        Traveller t = q.traveller;
        ListedIdentity li = e.identity();
        DobAgreement dob = DateOfBirthComparator.compare(t.dateOfBirth(), li.datesOfBirth()).agreement();
        boolean fullExact = dob == DobAgreement.EXACT && t.dateOfBirth().isComplete();
        boolean genderConflict = t.gender() != null && t.gender().conflictsWith(li.gender());
        boolean nationalityConflict = t.nationality() != null && !li.nationalities().isEmpty()
                && !li.nationalities().contains(t.nationality());
        return ScoreCombiner.nameScoreNeeded(minScore, dob, fullExact, genderConflict, nationalityConflict);
    }

    private void put(IndexedIdentity e) {
        IndexedIdentity old = byId.put(e.id(), e);
        if (old != null) {
            index.remove(old);
        }
        index.add(e);
    }

    private void rebuildIfMostlyDead() {
        CandidateIndex idx = index;
        if (idx.nameCount() > 1000 && idx.deadFraction() > REBUILD_DEAD_FRACTION) {
            CandidateIndex fresh = new CandidateIndex();
            for (IndexedIdentity e : byId.values()) {
                fresh.add(e);
            }
            index = fresh;
        }
    }

    private static Best bestName(Query q, IndexedIdentity e) {
        Best b = null;
        for (int n = 0; n < q.names.size(); n++) {
            for (int i = 0; i < e.nameCount(); i++) {
                double s = NameComparator.score(q.names.get(n), e.name(i), q.truncated(n));
                if (b == null) {
                    b = new Best(s, n, i);
                } else {
                    b.offer(s, n, i, e);
                }
            }
        }
        return b;
    }

    private static Scored score(Query q, IndexedIdentity e, Best b) {
        ListedIdentity li = e.identity();
        Traveller t = q.traveller;
        boolean docEqual = false;
        for (String d : q.documents) {
            docEqual |= e.documents().contains(d);
        }
        boolean cnicEqual = q.cnic != null && li.cnic() != null && q.cnic.equals(li.cnic().digits());
        boolean cnicConflict = q.cnic != null && li.cnic() != null && !cnicEqual
                && q.cnic.length() == li.cnic().digits().length();
        DateOfBirthComparator.Result dob = DateOfBirthComparator.compare(t.dateOfBirth(), li.datesOfBirth());
        boolean genderConflict = t.gender() != null && t.gender().conflictsWith(li.gender());
        boolean nationalityConflict = t.nationality() != null && !li.nationalities().isEmpty()
                && !li.nationalities().contains(t.nationality());
        double father = -1;
        if (q.father != null && e.fatherName() != null && !q.father.isEmpty() && !e.fatherName().isEmpty()) {
            father = NameComparator.score(q.father, e.fatherName(), false);
        }
        boolean weak = e.weak(b.listedName);
        MatchFacts f = new MatchFacts(docEqual, cnicEqual, cnicConflict, b.score, weak, dob.agreement(),
                genderConflict, nationalityConflict, father);
        boolean fullDateExact = dob.agreement() == DobAgreement.EXACT && t.dateOfBirth().isComplete();
        return new Scored(e, b, f, ScoreCombiner.combine(f, fullDateExact), dob);
    }

    private static Match explain(Query q, Scored s) {
        NormalizedName qn = q.names.get(s.best.queryName);
        NormalizedName ln = s.e.name(s.best.listedName);
        NameComparison c = NameComparator.compare(qn, ln, q.truncated(s.best.queryName));
        ListedIdentity li = s.e.identity();
        Traveller t = q.traveller;
        String listedName = li.names().get(s.best.listedName).text();
        List<Reason> reasons = Explainer.explain(s.facts, c, listedName, t.dateOfBirth(), s.dob.listed(),
                t.nationality() == null ? null : t.nationality().code(),
                li.nationalities().stream().map(Country::code).collect(Collectors.joining(", ")),
                t.gender() == null ? null : t.gender().name(), li.gender() == null ? null : li.gender().name());
        return new Match(s.e.id(), s.score, listedName, qn.original(), s.facts, reasons);
    }

    /**
     * Moves the {@code cap} most promising of {@code count} candidate ids to the front of {@code ids},
     * best first (a counting sort on {@link CandidateIndex#promise}, stable in index order); returns how many.
     */
    static int mostPromising(CandidateIndex idx, long querySignature, int[] ids, int count, int cap) {
        int[] promise = new int[count];
        int[] buckets = new int[PROMISE_LEVELS + 1];
        for (int k = 0; k < count; k++) {
            int p = Math.min(PROMISE_LEVELS - 1, idx.promise(ids[k], querySignature));
            promise[k] = p;
            buckets[PROMISE_LEVELS - 1 - p + 1]++;
        }
        for (int b = 1; b <= PROMISE_LEVELS; b++) {
            buckets[b] += buckets[b - 1];
        }
        int[] sorted = new int[count];
        for (int k = 0; k < count; k++) {
            sorted[buckets[PROMISE_LEVELS - 1 - promise[k]]++] = ids[k];
        }
        int kept = Math.min(cap, count);
        System.arraycopy(sorted, 0, ids, 0, kept);
        return kept;
    }

    private static final int PROMISE_LEVELS = 8 * 64 + 8;

    /** A growable buffer of candidate ids, one per thread. */
    private static final class IntBuffer {
        int[] ids = new int[4096];
        int size;

        void clear() {
            size = 0;
        }

        void add(int id) {
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }
    }

    /** The traveller, normalised once. */
    private record Query(Traveller traveller, List<NormalizedName> names, NormalizedName father, List<String> documents,
                         String cnic) {

        static Query of(Traveller t) {
            List<NormalizedName> names = t.names().stream().map(NameNormalizer::normalize).toList();
            String father = t.fatherName();
            if (father == null) {
                father = names.stream().map(NormalizedName::fatherName).filter(x -> x != null).findFirst().orElse(null);
            }
            List<String> docs = t.passportNumbers().stream().map(IdentifierNormalizer::document).toList();
            return new Query(t, names, father == null ? null : NameNormalizer.normalize(father), docs,
                    IdentifierNormalizer.cnic(t.cnic()));
        }

        boolean truncated(int nameIndex) {
            return traveller.nameFromMrz() && nameIndex == 0;
        }
    }

    /** The best-scoring (traveller name, listed name) pair for one identity; strong names win ties. */
    private static final class Best {
        double score;
        int queryName;
        int listedName;

        Best(double score, int queryName, int listedName) {
            this.score = score;
            this.queryName = queryName;
            this.listedName = listedName;
        }

        void offer(double s, int q, int l, IndexedIdentity e) {
            if (s > score || s == score && e.weak(listedName) && !e.weak(l)) {
                score = s;
                queryName = q;
                listedName = l;
            }
        }
    }

    private record Scored(IndexedIdentity e, Best best, MatchFacts facts, double score,
                          DateOfBirthComparator.Result dob) {
    }
}
