package org.nigehbaan.matching.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

import org.nigehbaan.matching.normalizers.NameToken;
import org.nigehbaan.matching.normalizers.NormalizedName;

/**
 * The candidate-generation stage: an inverted index from consonant skeletons of name parts to the listed
 * names that contain them, plus exact maps for document numbers and CNICs.
 *
 * <p>Candidates for a query name are the listed names that share a skeleton with at least two of its parts
 * (one, for a one-part name), plus every name under a rare skeleton (a posting list of at most
 * {@link #RARE} names, so a misspelt second part does not hide a rare first one). The caller then drops
 * candidates whose cheap upper bound ({@code NameComparator.upperBound}) cannot reach its threshold.
 * Identities are also found by an exactly equal full date of birth, document number or CNIC. Skeletons shared by very
 * many names (Muhammad, Khan) never generate candidates alone: they only confirm candidates found through
 * rarer parts, or, when a name is made only of common parts, their posting lists are intersected.
 *
 * <p>Concurrency: one writer at a time (the caller serialises writes); readers take no lock. Name records are
 * published through a volatile array reference and each posting list's volatile size. Removed names stay in
 * the postings as tombstones until {@link #deadFraction()} asks the owner to rebuild.
 */
public final class CandidateIndex {

    /** Posting lists this short contribute all their names as candidates (one shared part is enough). */
    static final int RARE = 2000;
    /** Posting lists longer than this never generate candidates by themselves. */
    static final int COMMON = 40_000;

    /** One indexed name: which identity, which of its names. */
    public record NameRef(IndexedIdentity owner, int nameIndex) {
        public NormalizedName name() {
            return owner.name(nameIndex);
        }
    }

    private final Map<String, IntPostings> postings = new ConcurrentHashMap<>();
    private final Map<String, IndexedIdentity[]> byDocument = new ConcurrentHashMap<>();
    private final Map<String, IndexedIdentity[]> byCnic = new ConcurrentHashMap<>();
    private final Map<org.nigehbaan.identity.PartialDate, IndexedIdentity[]> byFullDob = new ConcurrentHashMap<>();
    private volatile NameRef[] names = new NameRef[1024];
    private volatile int nameCount;
    private int deadNames;

    private static final ThreadLocal<QueryBuffers> BUFFERS = ThreadLocal.withInitial(QueryBuffers::new);

    /** Writer only. */
    public void add(IndexedIdentity e) {
        for (int i = 0; i < e.nameCount(); i++) {
            int id = nameCount;
            NameRef[] arr = names;
            if (id == arr.length) {
                arr = Arrays.copyOf(arr, arr.length * 2);
                names = arr;
            }
            arr[id] = new NameRef(e, i);
            NormalizedName n = e.name(i);
            List<NameToken> tokens = n.tokens();
            for (int t = 0; t < tokens.size(); t++) {
                String key = tokens.get(t).skeleton();
                // Initials and one-letter skeletons would only make huge posting lists nobody reads.
                if (key.length() < 2 || tokens.get(t).isInitial() || firstIndexOfKey(tokens, key) != t) {
                    continue;
                }
                postings.computeIfAbsent(key, k -> new IntPostings()).add(id);
            }
            nameCount = id + 1; // publishes the record before any reader can find its id
            // The posting-list sizes are published after the record: a reader finding the id sees the record.
        }
        for (String d : e.documents()) {
            if (d != null) {
                byDocument.merge(d, new IndexedIdentity[] {e}, CandidateIndex::concat);
            }
        }
        String cnic = e.identity().cnic() == null ? null : e.identity().cnic().digits();
        if (cnic != null) {
            byCnic.merge(cnic, new IndexedIdentity[] {e}, CandidateIndex::concat);
        }
        for (org.nigehbaan.identity.PartialDate d : e.identity().datesOfBirth()) {
            if (d.isComplete()) {
                byFullDob.merge(d, new IndexedIdentity[] {e}, CandidateIndex::concat);
            }
        }
    }

    /** Writer only. Tombstones the identity's names; exact maps drop it at once. */
    public void remove(IndexedIdentity e) {
        e.markRemoved();
        deadNames += e.nameCount();
        for (String d : e.documents()) {
            if (d != null) {
                byDocument.computeIfPresent(d, (k, v) -> without(v, e));
            }
        }
        if (e.identity().cnic() != null) {
            byCnic.computeIfPresent(e.identity().cnic().digits(), (k, v) -> without(v, e));
        }
        for (org.nigehbaan.identity.PartialDate d : e.identity().datesOfBirth()) {
            if (d.isComplete()) {
                byFullDob.computeIfPresent(d, (k, v) -> without(v, e));
            }
        }
    }

    /** Identities born on exactly this (full) date. */
    public IndexedIdentity[] byFullDateOfBirth(org.nigehbaan.identity.PartialDate d) {
        IndexedIdentity[] r = d == null || !d.isComplete() ? null : byFullDob.get(d);
        return r == null ? new IndexedIdentity[0] : r;
    }

    /** Share of indexed names that are tombstones. */
    public double deadFraction() {
        int n = nameCount;
        return n == 0 ? 0 : (double) deadNames / n;
    }

    public int nameCount() {
        return nameCount;
    }

    public IndexedIdentity[] byDocument(String normalisedDocument) {
        IndexedIdentity[] r = byDocument.get(normalisedDocument);
        return r == null ? new IndexedIdentity[0] : r;
    }

    public IndexedIdentity[] byCnic(String digits) {
        IndexedIdentity[] r = byCnic.get(digits);
        return r == null ? new IndexedIdentity[0] : r;
    }

    public NameRef name(int id) {
        return names[id];
    }

    /**
     * Calls {@code sink} once per candidate name id for the query name (live or not: the caller checks).
     * Allocation-free apart from the per-thread buffers.
     */
    public void candidates(NormalizedName query, IntConsumer sink) {
        QueryBuffers buf = BUFFERS.get();
        List<NameToken> tokens = query.tokens();
        int k = 0;
        buf.reset(tokens.size() + 8);
        for (int t = 0; t < tokens.size(); t++) {
            NameToken tok = tokens.get(t);
            if (tok.role() != NameToken.Role.NAME || tok.skeleton().isEmpty() || firstIndexOfKey(tokens, tok.skeleton()) != t) {
                continue;
            }
            buf.addKey(tok.skeleton(), postings.get(tok.skeleton()));
            k++;
        }
        if (k == 0) {
            // Only titles or initials: use whatever parts there are.
            for (NameToken tok : tokens) {
                if (!tok.skeleton().isEmpty()) {
                    buf.addKey(tok.skeleton(), postings.get(tok.skeleton()));
                    k++;
                }
            }
        }
        // Two neighbouring parts may be one part in the list (Ziaul Haq / Ziaulhaq).
        int joinedFrom = buf.keyCount;
        for (int t = 0; t + 1 < tokens.size(); t++) {
            String joined = org.nigehbaan.matching.normalizers.Skeletons.skeleton(tokens.get(t).text() + tokens.get(t + 1).text());
            IntPostings p = postings.get(joined);
            if (p != null) {
                buf.addKey(joined, p);
            }
        }
        int need = k >= 2 ? 2 : 1;
        buf.sortBySize();
        IntCounter counter = buf.counter;
        int[] sizeOut = buf.sizeOut;
        boolean anySelective = false;
        for (int i = 0; i < buf.keyCount; i++) {
            IntPostings p = buf.keys[i];
            if (p == null) {
                continue;
            }
            int size = p.size();
            if (size > COMMON) {
                continue;
            }
            anySelective = true;
            int[] data = p.snapshot(sizeOut);
            int n = sizeOut[0];
            boolean rare = n <= RARE;
            // A joined key stands for two parts at once.
            int weight = buf.order[i] >= joinedFrom ? 2 : 1;
            for (int j = 0; j < n; j++) {
                int c = counter.add(data[j], rare ? need : weight);
                if (c >= need && c - (rare ? need : weight) < need) {
                    sink.accept(data[j]);
                }
            }
        }
        if (need == 1 && anySelective) {
            return;
        }
        // Common keys: confirm what the selective keys found, or intersect when nothing was selective.
        List<IntPostings> common = new ArrayList<>(2);
        for (int i = 0; i < buf.keyCount; i++) {
            IntPostings p = buf.keys[i];
            if (p != null && p.size() > COMMON) {
                common.add(p);
            }
        }
        if (common.isEmpty()) {
            return;
        }
        if (!anySelective) {
            if (common.size() == 1) {
                // A one-key common name ("Muhammad"): scoring hundreds of thousands of names is no screening.
                // Take the ones whose whole name is this one part, by scanning with the cheapest test.
                int[] data = common.get(0).snapshot(sizeOut);
                int n = sizeOut[0];
                for (int j = 0; j < n; j++) {
                    NameRef r = names[data[j]];
                    if (r != null && r.name().size() <= 2) {
                        sink.accept(data[j]);
                    }
                }
                return;
            }
            intersect(common.get(0), common.get(1), sizeOut, sink);
            return;
        }
        String[] commonKeys = new String[buf.keyCount];
        int nc = 0;
        for (int i = 0; i < buf.keyCount; i++) {
            if (buf.keys[i] != null && buf.keys[i].size() > COMMON) {
                commonKeys[nc++] = buf.names[i];
            }
        }
        final int ncFinal = nc;
        counter.forEach((id, c) -> {
            if (c >= need) {
                return;
            }
            NameRef r = names[id];
            int extra = 0;
            for (NameToken t : r.name().tokens()) {
                for (int x = 0; x < ncFinal; x++) {
                    if (commonKeys[x].equals(t.skeleton())) {
                        extra++;
                    }
                }
            }
            if (c + extra >= need) {
                sink.accept(id);
            }
        });
    }

    private static void intersect(IntPostings a, IntPostings b, int[] sizeOut, IntConsumer sink) {
        int[] x = a.snapshot(sizeOut);
        int nx = sizeOut[0];
        int[] y = b.snapshot(sizeOut);
        int ny = sizeOut[0];
        int i = 0;
        int j = 0;
        while (i < nx && j < ny) {
            int u = x[i];
            int v = y[j];
            if (u == v) {
                sink.accept(u);
                i++;
                j++;
            } else if (u < v) {
                i++;
            } else {
                j++;
            }
        }
    }

    private static int firstIndexOfKey(List<NameToken> tokens, String key) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).skeleton().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static IndexedIdentity[] concat(IndexedIdentity[] a, IndexedIdentity[] b) {
        IndexedIdentity[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static IndexedIdentity[] without(IndexedIdentity[] a, IndexedIdentity e) {
        IndexedIdentity[] r = Arrays.stream(a).filter(x -> x != e).toArray(IndexedIdentity[]::new);
        return r.length == 0 ? null : r;
    }

    /** Everything live, for a rebuild. */
    public List<IndexedIdentity> liveIdentities(Collection<IndexedIdentity> all) {
        return all.stream().filter(e -> !e.isRemoved()).toList();
    }

    /** Per-thread scratch space, so the hot path allocates nothing. */
    private static final class QueryBuffers {
        IntPostings[] keys = new IntPostings[16];
        String[] names = new String[16];
        int[] order = new int[16];
        int keyCount;
        final int[] sizeOut = new int[1];
        final IntCounter counter = new IntCounter();

        void reset(int capacity) {
            if (keys.length < capacity * 2) {
                keys = new IntPostings[capacity * 2];
                names = new String[capacity * 2];
                order = new int[capacity * 2];
            }
            keyCount = 0;
            counter.clear();
        }

        void addKey(String name, IntPostings p) {
            if (keyCount == keys.length) {
                keys = Arrays.copyOf(keys, keyCount * 2);
                names = Arrays.copyOf(names, keyCount * 2);
                order = Arrays.copyOf(order, keyCount * 2);
            }
            order[keyCount] = keyCount;
            names[keyCount] = name;
            keys[keyCount++] = p;
        }

        void sortBySize() {
            for (int i = 1; i < keyCount; i++) {
                for (int j = i; j > 0 && size(keys[j]) < size(keys[j - 1]); j--) {
                    swap(j, j - 1);
                }
            }
        }

        private static int size(IntPostings p) {
            return p == null ? Integer.MAX_VALUE : p.size();
        }

        private void swap(int a, int b) {
            IntPostings k = keys[a];
            keys[a] = keys[b];
            keys[b] = k;
            String n = names[a];
            names[a] = names[b];
            names[b] = n;
            int o = order[a];
            order[a] = order[b];
            order[b] = o;
        }
    }
}
