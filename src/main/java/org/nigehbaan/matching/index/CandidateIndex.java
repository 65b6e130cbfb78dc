package org.nigehbaan.matching.index;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.matching.comparators.QueryPlan;
import org.nigehbaan.matching.normalizers.NameToken;
import org.nigehbaan.matching.normalizers.NormalizedName;
import org.nigehbaan.matching.normalizers.Skeletons;

/**
 * The candidate-generation stage: an inverted index from consonant skeletons of name parts to the listed
 * names that contain them, plus exact maps for document numbers, CNICs and full dates of birth.
 *
 * <p>Posting lists: one per skeleton ("single"), one per skeleton for names that have only that one part
 * ("solo"), and one per pair of <em>common</em> skeletons (each with at least {@link #COMMON} names), so
 * that a name made of common parts — Muhammad Ali Khan — is found through the short list of names that
 * hold two of them rather than the hundreds of thousands that hold one. When a skeleton becomes common its
 * pair lists are back-filled from its single list.
 *
 * <p>A query is planned first ({@link QueryPlan}): the minimal sets of the traveller's parts a listed name
 * must share to reach the threshold. Each set costs one look-up: the single list of its rarest uncommon
 * part (which also finds the names where the other parts are misspelt), else the shortest pair list of its
 * common parts, else the solo list. The caller then compares each candidate.
 *
 * <p>Concurrency: one writer at a time (the caller serialises writes); readers take no lock. Name records
 * are published through volatile array references and each posting list's volatile size. Removed names
 * stay in the postings as tombstones until {@link #deadFraction()} tells the owner to rebuild.
 */
public final class CandidateIndex {

    /** A skeleton with at least this many names is common: its pairs with other common skeletons are indexed. */
    static final int COMMON = 1024;

    /** One indexed name: which identity, which of its names. */
    public record NameRef(IndexedIdentity owner, int nameIndex) {
        public NormalizedName name() {
            return owner.name(nameIndex);
        }
    }

    private final Map<String, Integer> keyIds = new ConcurrentHashMap<>();
    /** Skeletons with one letter deleted → the key ids they come from: neighbours one edit apart. */
    private final Map<String, int[]> deletions = new ConcurrentHashMap<>();
    /** Lists this short are read for neighbouring and particle-stem keys too (misspelt or Abdul-less parts). */
    static final int VARIANT_LIST_MAX = 1024;
    /** Key prefixes of the extra lists: loose (other romanisation systems) keys and given-name equivalents. */
    private static final String LOOSE = "^";
    private static final String EQUIVALENT = "=";
    private static final String[] NO_KEYS = new String[0];
    /** At most this many names per query come from neighbouring and stem keys. */
    static final int VARIANT_BUDGET = 4000;
    private volatile IntPostings[] singles = new IntPostings[1024];
    private volatile IntPostings[] solos = new IntPostings[1024];
    private volatile boolean[] common = new boolean[1024];
    private final PairTable pairs = new PairTable();
    /** Values are an {@link IndexedIdentity} or, for a number shared by several, an array of them. */
    private final Map<String, Object> byDocument = new ConcurrentHashMap<>();
    private final Map<String, Object> byCnic = new ConcurrentHashMap<>();
    private final Map<PartialDate, IndexedIdentity[]> byFullDob = new ConcurrentHashMap<>();
    private volatile IndexedIdentity[] owners = new IndexedIdentity[1024];
    private volatile byte[] nameIndexes = new byte[1024];
    /** Per name: the owner's year of birth, 0 when unknown, -1 when the owner has several. */
    private volatile short[] birthYears = new short[1024];
    /** Per name: one bit per part skeleton (hashed to 64), to reject most names without reading them. */
    private volatile long[] signatures = new long[1024];
    private volatile int nameCount;
    private int deadNames;

    private static final ThreadLocal<IntCounter> SEEN = ThreadLocal.withInitial(IntCounter::new);

    /** Writer only. */
    public void add(IndexedIdentity e) {
        for (int i = 0; i < e.nameCount() && i < 127; i++) {
            int id = nameCount;
            if (id == owners.length) {
                owners = Arrays.copyOf(owners, id * 2);
                nameIndexes = Arrays.copyOf(nameIndexes, id * 2);
                birthYears = Arrays.copyOf(birthYears, id * 2);
                signatures = Arrays.copyOf(signatures, id * 2);
            }
            signatures[id] = signature(e.parts(i), null);
            owners[id] = e;
            nameIndexes[id] = (byte) i;
            birthYears[id] = birthYear(e);
            nameCount = id + 1;
            int[] keys = keysOf(e.name(i), true);
            for (int k : keys) {
                IntPostings p = single(k);
                p.add(id);
                if (p.size() == COMMON) {
                    becomeCommon(k);
                }
            }
            if (keys.length == 1) {
                solo(keys[0]).add(id);
            }
            for (NameToken t : e.parts(i)) {
                if (t.role() != NameToken.Role.NAME) {
                    continue;
                }
                if (!t.stem().equals(t.folded())) {
                    single(keyId("~" + Skeletons.skeleton(t.stem()))).add(id);
                }
                if (hasLooseKey(t)) {
                    single(keyId(LOOSE + t.loose())).add(id);
                }
                for (String eq : t.weight() >= 1f ? t.equivalents() : NO_KEYS) {
                    single(keyId(EQUIVALENT + eq)).add(id);
                }
            }
            boolean[] c = common;
            boolean allCommon = keys.length >= 2;
            for (int a = 0; a < keys.length; a++) {
                allCommon &= c[keys[a]];
                for (int b = a + 1; b < keys.length; b++) {
                    if (c[keys[a]] && c[keys[b]]) {
                        pairs.add(PairTable.key(keys[a], keys[b]), id);
                    }
                }
            }
            long exact = exactSetKey(keys);
            if (allCommon && exact != 0) {
                pairs.add(exact, id);
            }
        }
        for (String d : e.documents()) {
            if (d != null) {
                byDocument.merge(d, e, CandidateIndex::concat);
            }
        }
        if (e.identity().cnic() != null) {
            byCnic.merge(e.identity().cnic().digits(), e, CandidateIndex::concat);
        }
        for (PartialDate d : e.identity().datesOfBirth()) {
            if (d.isComplete()) {
                byFullDob.merge(d, new IndexedIdentity[] {e}, CandidateIndex::concat);
            }
        }
    }

    /** Writer only. Tombstones the identity's names; the exact maps drop it at once. */
    public void remove(IndexedIdentity e) {
        e.markRemoved();
        deadNames += e.nameCount();
        for (String d : e.documents()) {
            if (d != null) {
                byDocument.computeIfPresent(d, (k, v) -> withoutOne(v, e));
            }
        }
        if (e.identity().cnic() != null) {
            byCnic.computeIfPresent(e.identity().cnic().digits(), (k, v) -> withoutOne(v, e));
        }
        for (PartialDate d : e.identity().datesOfBirth()) {
            if (d.isComplete()) {
                byFullDob.computeIfPresent(d, (k, v) -> without(v, e));
            }
        }
    }

    /** Share of indexed names that are tombstones. */
    public double deadFraction() {
        int n = nameCount;
        return n == 0 ? 0 : (double) deadNames / n;
    }

    public int nameCount() {
        return nameCount;
    }

    public IndexedIdentity owner(int id) {
        return owners[id];
    }

    public int nameIndex(int id) {
        return nameIndexes[id];
    }

    /** The indexed name with this id. */
    public NameRef name(int id) {
        return new NameRef(owners[id], nameIndexes[id]);
    }

    public IndexedIdentity[] byDocument(String normalisedDocument) {
        return asArray(byDocument.get(normalisedDocument));
    }

    public IndexedIdentity[] byCnic(String digits) {
        return asArray(byCnic.get(digits));
    }

    private static IndexedIdentity[] asArray(Object v) {
        return v == null ? new IndexedIdentity[0] : v instanceof IndexedIdentity one ? new IndexedIdentity[] {one}
                : (IndexedIdentity[]) v;
    }

    private static Object concat(Object a, Object b) {
        IndexedIdentity[] x = asArray(a);
        IndexedIdentity[] y = asArray(b);
        IndexedIdentity[] r = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return r;
    }

    private static Object withoutOne(Object v, IndexedIdentity e) {
        IndexedIdentity[] r = without(asArray(v), e);
        return r == null ? null : r.length == 1 ? r[0] : r;
    }

    /** Identities born on exactly this (full) date. */
    public IndexedIdentity[] byFullDateOfBirth(PartialDate d) {
        IndexedIdentity[] r = d == null || !d.isComplete() ? null : byFullDob.get(d);
        return r == null ? new IndexedIdentity[0] : r;
    }

    private static short birthYear(IndexedIdentity e) {
        int year = 0;
        for (PartialDate d : e.identity().datesOfBirth()) {
            if (year != 0 && year != d.year()) {
                return -1;
            }
            year = d.year();
        }
        return (short) year;
    }

    /**
     * Calls {@code sink} once per candidate name id (live or removed: the caller checks) that may score at
     * least {@code threshold} against the query name.
     */
    public void candidates(NormalizedName query, double threshold, IntConsumer sink) {
        candidates(query, threshold, threshold, 0, false, sink);
    }

    /**
     * As {@link #candidates(NormalizedName, double, IntConsumer)} for a traveller born in {@code birthYear}
     * (0: unknown): a name must reach {@code threshold} if its owner was born in that year (an agreeing date
     * lifts the score), {@code strictThreshold} otherwise; owners born more than a year apart are skipped
     * (a conflicting date lowers a score below any threshold that matters).
     */
    public void candidates(NormalizedName query, double threshold, double strictThreshold, int birthYear,
                           boolean truncated, IntConsumer sink) {
        QueryPlan plan = QueryPlan.of(query, threshold);
        // Initials and an MRZ-truncated last part are not planned for but may pair with listed parts, so a
        // one-part set cannot be looked up among one-part names only.
        boolean wildcards = truncated;
        for (NameToken t : query.parts()) {
            wildcards |= t.isInitial();
        }
        List<NameToken> parts = plan.parts();
        int n = parts.size();
        int[] ids = new int[n];
        int[] sizes = new int[n];
        boolean[] c = common;
        IntPostings[] s = singles;
        for (int i = 0; i < n; i++) {
            Integer k = keyIds.get(parts.get(i).skeleton());
            ids[i] = k == null || k >= c.length || k >= s.length ? -1 : k; // -1: unknown, or too new to read yet
            sizes[i] = k == null ? 0 : single(k, false).size();
        }
        IntCounter seen = SEEN.get();
        seen.clear();
        int[] sizeOut = new int[1];
        short[] years = birthYears;
        boolean exactOnly = n >= 2 && plan.onlyTheExactSetQualifies(threshold) && !missingPart((1 << n) - 1, ids)
                && allCommon(ids, c) && exactSetKey(ids) != 0;
        for (int mask : plan.subsets()) {
            if (missingPart(mask, ids)) {
                continue; // a part no listed name has: no name holds this whole set
            }
            // A set that reaches only the lower threshold needs an owner born in the traveller's year.
            boolean sameYearOnly = birthYear != 0 && QueryPlan.scoreOf(parts, mask) < strictThreshold;
            int rarest = -1;
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0 && !c[ids[i]] && (rarest < 0 || sizes[i] < sizes[rarest])) {
                    rarest = i;
                }
            }
            IntPostings list;
            if (exactOnly) {
                list = pairs.get(exactSetKey(ids));
            } else if (rarest >= 0) {
                list = s[ids[rarest]];
            } else if (Integer.bitCount(mask) == 1 && !wildcards && QueryPlan.scoreOf(parts, mask, true) < threshold) {
                list = solo(Integer.numberOfTrailingZeros(mask), ids);
            } else if (Integer.bitCount(mask) == 1) {
                list = s[ids[Integer.numberOfTrailingZeros(mask)]];
            } else {
                list = shortestPair(mask, ids);
            }
            if (list == null) {
                continue;
            }
            deliver(list, birthYear, sameYearOnly, years, seen, sizeOut, sink);
        }
        // Misspelt parts (one letter off in the skeleton) and parts with or without their particle
        // (Rafiuddin/Rafiullah, Abdul Sattar/Sattar): the short lists of those keys, within a budget.
        // With two or more parts, such a name must also hold one of the other parts exactly.
        int[] budget = {VARIANT_BUDGET};
        for (NameToken part : parts) {
            Integer self = keyIds.get(part.skeleton());
            long othersSig = signature(parts.toArray(new NameToken[0]), part);
            long[] sigs = signatures;
            IntConsumer filtered = n < 2 ? sink : id -> {
                if ((id >= sigs.length || (sigs[id] & othersSig) != 0) && holdsAnotherPart(id, parts, part)) {
                    sink.accept(id);
                }
            };
            neighbours(part.skeleton(), k -> {
                if (self == null || k != self) {
                    budget[0] -= deliverShort(k, birthYear, years, seen, sizeOut, budget[0], filtered);
                }
            });
            if (!part.stem().equals(part.folded())) {
                Integer k = keyIds.get("~" + Skeletons.skeleton(part.stem()));
                if (k != null) {
                    budget[0] -= deliverShort(k, birthYear, years, seen, sizeOut, budget[0], filtered);
                }
                k = keyIds.get(Skeletons.skeleton(part.stem()));
                if (k != null) {
                    budget[0] -= deliverShort(k, birthYear, years, seen, sizeOut, budget[0], filtered);
                }
            } else {
                Integer k = keyIds.get("~" + part.skeleton());
                if (k != null) {
                    budget[0] -= deliverShort(k, birthYear, years, seen, sizeOut, budget[0], filtered);
                }
            }
            // Other romanisation systems' spellings (German/Herman) and given-name equivalents (Liz/Elizabeth):
            // listed parts with this loose key under it, or under their skeleton when that is the key itself.
            if (part.loose().length() >= 2) {
                Integer k = keyIds.get(LOOSE + part.loose());
                if (k != null) {
                    budget[0] -= deliverShort(k, birthYear, years, seen, sizeOut, budget[0], filtered);
                }
                if (hasLooseKey(part) && (k = keyIds.get(part.loose())) != null && (self == null || k.intValue() != self)) {
                    budget[0] -= deliverShort(k, birthYear, years, seen, sizeOut, budget[0], filtered);
                }
            }
            for (String eq : part.equivalents()) {
                Integer k = keyIds.get(EQUIVALENT + eq);
                if (k != null) {
                    budget[0] -= deliverShort(k, birthYear, years, seen, sizeOut, budget[0], filtered);
                }
            }
        }
    }

    /**
     * Parts whose loose key differs from their skeleton are also listed under the loose key, unless they are
     * common (Khan as hn): such lists would be too long to read ({@link #VARIANT_LIST_MAX}) and cost memory.
     */
    private static boolean hasLooseKey(NameToken t) {
        return t.loose().length() >= 2 && !t.loose().equals(t.skeleton()) && t.weight() >= 1f;
    }

    /**
     * How promising a candidate name is for a query, cheaply: parts it shares with the query (by hashed skeleton)
     * count 8 each, parts it has beyond them cost 1 each (they are penalised in the comparison). Higher first.
     */
    public int promise(int id, long querySignature) {
        long[] sigs = signatures;
        if (id >= sigs.length) {
            return 0;
        }
        long sig = sigs[id];
        int shared = Long.bitCount(sig & querySignature);
        int extra = Math.min(7, Long.bitCount(sig & ~querySignature));
        return shared * 8 + 7 - extra;
    }

    /** The signature of a query name, for {@link #promise}. */
    public static long signature(NormalizedName name) {
        return signature(name.parts(), null);
    }

    private static long signature(NameToken[] parts, NameToken except) {
        long sig = 0;
        for (NameToken t : parts) {
            if (t != except) {
                sig |= 1L << (t.skeleton().hashCode() & 63);
            }
        }
        return sig;
    }

    private boolean holdsAnotherPart(int id, List<NameToken> parts, NameToken except) {
        IndexedIdentity owner = owners[id];
        for (NameToken t : owner.parts(nameIndexes[id])) {
            for (NameToken p : parts) {
                if (p != except && p.skeleton().equals(t.skeleton())) {
                    return true;
                }
            }
        }
        return false;
    }

    private int deliverShort(int k, int birthYear, short[] years, IntCounter seen, int[] sizeOut, int budget,
                             IntConsumer sink) {
        IntPostings[] s = singles;
        IntPostings p = k < s.length ? s[k] : null;
        if (p == null || p.size() > VARIANT_LIST_MAX || p.size() > budget) {
            return 0;
        }
        deliver(p, birthYear, false, years, seen, sizeOut, sink);
        return p.size();
    }

    private static void deliver(IntPostings list, int birthYear, boolean sameYearOnly, short[] years, IntCounter seen,
                                int[] sizeOut, IntConsumer sink) {
        int[] data = list.snapshot(sizeOut);
        int size = sizeOut[0];
        for (int j = 0; j < size; j++) {
            int id = data[j];
            if (birthYear != 0 && id < years.length) {
                int y = years[id];
                if (y > 0 && (sameYearOnly ? y != birthYear : Math.abs(y - birthYear) > 1) || y == 0 && sameYearOnly) {
                    continue;
                }
            }
            if (seen.add(id, 1) == 1) {
                sink.accept(id);
            }
        }
    }

    private IntPostings solo(int part, int[] ids) {
        IntPostings[] s = solos;
        return ids[part] < s.length ? s[ids[part]] : null;
    }

    private IntPostings shortestPair(int mask, int[] ids) {
        IntPostings best = null;
        for (int a = 0; a < ids.length; a++) {
            for (int b = a + 1; b < ids.length; b++) {
                if ((mask & (1 << a)) != 0 && (mask & (1 << b)) != 0) {
                    IntPostings p = pairs.get(PairTable.key(ids[a], ids[b]));
                    if (p == null) {
                        return null; // no name holds both
                    }
                    if (best == null || p.size() < best.size()) {
                        best = p;
                    }
                }
            }
        }
        return best;
    }

    private static boolean allCommon(int[] ids, boolean[] c) {
        for (int id : ids) {
            if (id < 0 || id >= c.length || !c[id]) {
                return false;
            }
        }
        return true;
    }

    private static boolean missingPart(int mask, int[] ids) {
        for (int i = 0; i < ids.length; i++) {
            if ((mask & (1 << i)) != 0 && ids[i] < 0) {
                return true;
            }
        }
        return false;
    }

    /** The distinct key ids of a name's ordinary parts (the same parts {@link QueryPlan} plans for). */
    private int[] keysOf(NormalizedName name, boolean create) {
        List<NameToken> tokens = java.util.Arrays.asList(name.parts());
        int[] keys = new int[tokens.size()];
        int n = 0;
        boolean onlyTitles = tokens.stream().noneMatch(t -> t.role() == NameToken.Role.NAME);
        for (NameToken t : tokens) {
            if ((t.role() != NameToken.Role.NAME && !onlyTitles) || t.isInitial() || t.skeleton().length() < 2) {
                continue;
            }
            int k = create ? keyId(t.skeleton()) : keyIds.getOrDefault(t.skeleton(), -1);
            boolean dup = false;
            for (int x = 0; x < n; x++) {
                dup |= keys[x] == k;
            }
            if (!dup && k > 0) {
                keys[n++] = k;
            }
        }
        return Arrays.copyOf(keys, n);
    }

    /**
     * The key of a name made of exactly these common parts (2 to 4 of them, ids below 2^15), or 0. Such names
     * have a list of their own: a traveller called only by common parts (Muhammad Hassan) can qualify only
     * against them, and there are far fewer of them than of names holding both parts among others.
     */
    static long exactSetKey(int[] keys) {
        if (keys.length < 2 || keys.length > 4) {
            return 0;
        }
        int[] sorted = keys.clone();
        Arrays.sort(sorted);
        long key = Long.MIN_VALUE;
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] <= 0 || sorted[i] >= 1 << 15) {
                return 0;
            }
            key |= (long) sorted[i] << (15 * i);
        }
        return key;
    }

    /** Writer only: the id of a key, registering a new one (and its one-letter deletions). */
    private int keyId(String key) {
        Integer k = keyIds.get(key);
        if (k != null) {
            return k;
        }
        int id = keyIds.size() + 1;
        single(id); // arrays sized before readers can find the id
        keyIds.put(key, id);
        if (key.length() >= 3 && Character.isLetter(key.charAt(0)) || key.length() >= 3 && key.charAt(0) == '@') {
            for (int i = 0; i < key.length(); i++) {
                String d = key.substring(0, i) + key.substring(i + 1);
                deletions.merge(d, new int[] {id}, (a, b) -> {
                    int[] r = Arrays.copyOf(a, a.length + 1);
                    r[a.length] = b[0];
                    return r;
                });
            }
        }
        return id;
    }

    /** Known keys one edit (insertion, deletion, substitution) from {@code key}, itself excluded. */
    private void neighbours(String key, java.util.function.IntConsumer sink) {
        if (key.length() < 3) {
            return;
        }
        int[] longer = deletions.get(key); // keys with one letter more
        if (longer != null) {
            for (int k : longer) {
                sink.accept(k);
            }
        }
        for (int i = 0; i < key.length(); i++) {
            String d = key.substring(0, i) + key.substring(i + 1);
            Integer shorter = keyIds.get(d); // keys with one letter less
            if (shorter != null) {
                sink.accept(shorter);
            }
            int[] substituted = deletions.get(d); // keys with one letter different
            if (substituted != null) {
                for (int k : substituted) {
                    sink.accept(k);
                }
            }
        }
    }

    /** Writer only: back-fills the pair and exact-set lists of a skeleton that has just become common. */
    private void becomeCommon(int k) {
        boolean[] c = common;
        int[] sizeOut = new int[1];
        int[] data = singles[k].snapshot(sizeOut);
        for (int j = 0; j < sizeOut[0]; j++) {
            int id = data[j];
            int[] keys = keysOf(owners[id].name(nameIndexes[id]), false);
            boolean allCommon = keys.length >= 2;
            for (int other : keys) {
                if (other != k && other > 0 && other < c.length && c[other]) {
                    pairs.add(PairTable.key(k, other), id);
                }
                allCommon &= other == k || other > 0 && other < c.length && c[other];
            }
            long exact = exactSetKey(keys);
            if (allCommon && exact != 0) {
                pairs.add(exact, id);
            }
        }
        c[k] = true; // readers that still see false use the single list: slower, never wrong
    }

    private IntPostings single(int k) {
        return single(k, true);
    }

    private IntPostings single(int k, boolean create) {
        IntPostings[] s = singles;
        if (k >= s.length) {
            if (!create) {
                return EMPTY;
            }
            int len = Math.max(s.length * 2, k + 1);
            singles = s = Arrays.copyOf(s, len);
            solos = Arrays.copyOf(solos, len);
            common = Arrays.copyOf(common, len);
        }
        IntPostings p = s[k];
        if (p == null) {
            if (!create) {
                return EMPTY;
            }
            p = new IntPostings();
            s[k] = p;
        }
        return p;
    }

    private IntPostings solo(int k) {
        IntPostings[] s = solos;
        IntPostings p = s[k];
        if (p == null) {
            p = new IntPostings();
            s[k] = p;
        }
        return p;
    }

    private static final IntPostings EMPTY = new IntPostings();

    private static IndexedIdentity[] concat(IndexedIdentity[] a, IndexedIdentity[] b) {
        IndexedIdentity[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static IndexedIdentity[] without(IndexedIdentity[] a, IndexedIdentity e) {
        IndexedIdentity[] r = Arrays.stream(a).filter(x -> x != e).toArray(IndexedIdentity[]::new);
        return r.length == 0 ? null : r;
    }
}
