package org.nigehbaan.childprotection.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links reports into bundles: reports that share a key (a SHA-256, SHA-1 or MD5 hash, an account, a phone, an
 * e-mail, a URL) or hold PDQ hashes within Hamming distance 31 of each other belong to one bundle, transitively
 * (union-find). Runs after each intake has committed, for that intake's reports, in batches of {@value #BATCH},
 * each in its own short transaction under a PostgreSQL advisory lock, so one bundler works at a time across
 * instances while intake itself never waits for it. A report it has not reached yet is picked up by the next run
 * ({@link #linkPending}, also every few seconds).
 *
 * <p>Keys are found through {@code child_report_link_key} (key to bundle, written only here); PDQ near matches
 * through an in-memory {@link PdqIndex} of every linked report's PDQ hashes, loaded on first use and caught up
 * from the reports other instances linked since ({@code bundled_seq}).
 */
@Component
public class Bundler {

    static final int BATCH = 1000;
    /** Near matches listed for one report at most (the bundle still holds them all). */
    static final int MAX_PAIRS_PER_REPORT = 50;
    private static final long LOCK_KEY = 0x4e49474843485244L;
    private static final Logger log = LoggerFactory.getLogger(Bundler.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "child-report-bundler");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private PdqIndex index;
    private long indexedSeq = -1;

    Bundler(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Links those of these reports not linked yet; returns how many it linked. */
    public synchronized int link(List<Long> reportIds) {
        return link(reportIds, new StageTimes());
    }

    /** As {@link #link(List)}, timing its stages into {@code times}. */
    public synchronized int link(List<Long> reportIds, StageTimes times) {
        int linked = 0;
        for (int from = 0; from < reportIds.size(); from += BATCH) {
            List<Long> chunk = reportIds.subList(from, Math.min(reportIds.size(), from + BATCH));
            Batch done = tx.execute(s -> linkBatch(chunk, times));
            times.lap("link: commit");
            if (done != null) {
                done.hashes.forEach(h -> index.add(h.reportId, h.hash));
                times.lap("link: index add");
                indexedSeq = Math.max(indexedSeq, done.maxSeq);
                linked += done.count;
            }
        }
        return linked;
    }

    /**
     * Links every report waiting to be linked. Holds the bundler only batch by batch, so that a report submitted
     * meanwhile is linked between two batches of a long backlog rather than after all of it.
     */
    @Scheduled(fixedDelayString = "${nigehbaan.child-reports.bundler-interval:PT10S}",
            initialDelayString = "${nigehbaan.child-reports.bundler-interval:PT10S}")
    public int linkPending() {
        return linkPending(new StageTimes());
    }

    private int linkPending(StageTimes times) {
        int total = 0;
        while (true) {
            List<Long> ids = jdbc.sql("select id from child_report where bundled_seq is null order by id limit ?")
                    .param(BATCH).query(Long.class).list();
            if (ids.isEmpty()) {
                return total;
            }
            int n = link(ids, times);
            if (n == 0) {
                return total; // another instance or run holds them
            }
            total += n;
        }
    }

    /**
     * Links the waiting reports now on the bundler's own thread, for an intake that answers without waiting for it
     * (a bulk backlog). Requests made while a run is queued share it.
     */
    public void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            background.execute(() -> {
                wakeQueued.set(false);
                long started = System.nanoTime();
                StageTimes times = new StageTimes();
                try {
                    int n = linkPending(times);
                    log.info("bundler: linked {} reports in {} ms; {}", n, (System.nanoTime() - started) / 1_000_000,
                            times);
                } catch (RuntimeException e) {
                    log.warn("bundler: run failed ({}); the scheduled run takes the reports up again",
                            e.getClass().getSimpleName());
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** How many PDQ hashes the index holds (for health and tests). */
    public synchronized int indexedHashes() {
        return index == null ? 0 : index.size();
    }

    private record Hash(long reportId, long[] hash) {
    }

    private record Batch(int count, long maxSeq, List<Hash> hashes) {
    }

    private Batch linkBatch(List<Long> candidates, StageTimes times) {
        times.lap("link: begin");
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query(rs -> { });
        catchUp();
        times.lap("link: lock + catch up");
        long[] ids = jdbc.sql("select id from child_report where id = any(?::bigint[]) and bundled_seq is null order by id")
                .param(candidates.stream().mapToLong(Long::longValue).toArray()).query(Long.class).list()
                .stream().mapToLong(Long::longValue).toArray();
        if (ids.length == 0) {
            return new Batch(0, -1, List.of());
        }
        Instant now = clock.instant();
        Map<Long, Integer> node = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            node.put(ids[i], i);
        }
        UnionFind uf = new UnionFind(ids.length);
        Map<Long, Integer> bundleNode = new HashMap<>();

        // Keys: shared with an existing bundle, or with an earlier report of this batch.
        List<ParsedReport.Link> keys = new ArrayList<>();
        List<Integer> keyOwner = new ArrayList<>();
        jdbc.sql("select report_id, kind, value from child_report_link where report_id = any(?::bigint[])").param(ids)
                .query(rs -> {
                    keys.add(new ParsedReport.Link(rs.getString(2), rs.getString(3)));
                    keyOwner.add(node.get(rs.getLong(1)));
                });
        times.lap("link: read keys");
        Map<ParsedReport.Link, Long> existing = existingKeys(keys);
        times.lap("link: existing keys");
        Map<ParsedReport.Link, Integer> firstInBatch = new HashMap<>();
        for (int k = 0; k < keys.size(); k++) {
            ParsedReport.Link key = keys.get(k);
            int owner = keyOwner.get(k);
            Long bundle = existing.get(key);
            if (bundle != null) {
                uf.union(owner, bundleNode(bundleNode, uf, bundle));
            }
            Integer first = firstInBatch.putIfAbsent(key, owner);
            if (first != null) {
                uf.union(owner, first);
            }
        }

        times.lap("link: union keys");
        // PDQ: near matches among the linked reports (the index) and within this batch (compared directly).
        List<Hash> hashes = new ArrayList<>();
        jdbc.sql("select report_id, pdq from child_report_file where report_id = any(?::bigint[]) and pdq is not null "
                + "order by report_id, position").param(ids).query(rs -> {
                    hashes.add(new Hash(rs.getLong(1), PdqHash.parse(rs.getString(2))));
                });
        times.lap("link: read pdq");
        Map<Long, Map<Long, Integer>> pairs = new LinkedHashMap<>();
        List<long[]> linkedMatches = new ArrayList<>();
        for (int h = 0; h < hashes.size(); h++) {
            Hash mine = hashes.get(h);
            index.search(mine.hash, PdqHash.MATCH_DISTANCE, (other, d) -> {
                if (other != mine.reportId) {
                    linkedMatches.add(new long[] {mine.reportId, other});
                    pair(pairs, mine.reportId, other, d);
                }
            });
            for (int o = 0; o < h; o++) {
                Hash earlier = hashes.get(o);
                if (earlier.reportId == mine.reportId) {
                    continue;
                }
                int d = PdqHash.distance(mine.hash, earlier.hash);
                if (d <= PdqHash.MATCH_DISTANCE) {
                    uf.union(node.get(mine.reportId), node.get(earlier.reportId));
                    pair(pairs, mine.reportId, earlier.reportId, d);
                }
            }
        }
        times.lap("link: pdq search");
        if (!linkedMatches.isEmpty()) {
            Map<Long, Long> bundleOf = new HashMap<>();
            jdbc.sql("select id, bundle_id from child_report where id = any(?::bigint[]) and bundle_id is not null")
                    .param(linkedMatches.stream().mapToLong(m -> m[1]).distinct().toArray())
                    .query(rs -> {
                        bundleOf.put(rs.getLong(1), rs.getLong(2));
                    });
            for (long[] m : linkedMatches) {
                Long b = bundleOf.get(m[1]);
                if (b != null) {
                    uf.union(node.get(m[0]), bundleNode(bundleNode, uf, b));
                }
            }
        }

        times.lap("link: pdq bundles");
        // Each component's bundle: the oldest existing one (others merge into it), or a new one (made together).
        Map<Integer, TreeSet<Long>> bundlesOf = new HashMap<>();
        bundleNode.forEach((b, n) -> bundlesOf.computeIfAbsent(uf.find(n), x -> new TreeSet<>()).add(b));
        Map<Integer, Long> target = new HashMap<>();
        List<Integer> needNew = new ArrayList<>();
        List<Long> merged = new ArrayList<>();
        List<Long> mergedInto = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            int root = uf.find(i);
            if (target.containsKey(root)) {
                continue;
            }
            TreeSet<Long> existingBundles = bundlesOf.get(root);
            if (existingBundles == null) {
                needNew.add(root);
                target.put(root, null);
            } else {
                Long t = existingBundles.first();
                for (Long other : existingBundles.tailSet(t, false)) {
                    merged.add(other);
                    mergedInto.add(t);
                }
                target.put(root, t);
            }
        }
        if (!needNew.isEmpty()) {
            List<Long> fresh = jdbc.sql("insert into child_report_bundle (created_at) select ? from generate_series(1, ?) "
                    + "returning id").params(ReportRepository.ts(now), needNew.size()).query(Long.class).list();
            for (int k = 0; k < needNew.size(); k++) {
                target.put(needNew.get(k), fresh.get(k));
            }
        }
        Map<Long, Integer> added = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            added.merge(target.get(uf.find(i)), 1, Integer::sum);
        }
        times.lap("link: new bundles");
        if (!merged.isEmpty()) {
            long[] from = merged.stream().mapToLong(Long::longValue).toArray();
            long[] to = mergedInto.stream().mapToLong(Long::longValue).toArray();
            jdbc.sql("update child_report r set bundle_id = m.t from unnest(?::bigint[], ?::bigint[]) as m(f, t) "
                    + "where r.bundle_id = m.f").params(from, to).update();
            jdbc.sql("update child_report_link_key k set bundle_id = m.t from unnest(?::bigint[], ?::bigint[]) as m(f, t) "
                    + "where k.bundle_id = m.f").params(from, to).update();
            Map<Long, Integer> mergedCounts = new HashMap<>();
            jdbc.sql("select id, report_count from child_report_bundle where id = any(?::bigint[])").param(from)
                    .query(rs -> {
                        mergedCounts.put(rs.getLong(1), rs.getInt(2));
                    });
            for (int m = 0; m < from.length; m++) {
                added.merge(to[m], mergedCounts.getOrDefault(from[m], 0), Integer::sum);
            }
            jdbc.sql("update child_report_bundle b set merged_into = m.t, report_count = 0 "
                    + "from unnest(?::bigint[], ?::bigint[]) as m(f, t) where b.id = m.f").params(from, to).update();
        }
        times.lap("link: merges");
        long[] touched = added.keySet().stream().mapToLong(Long::longValue).toArray();
        int[] increments = added.values().stream().mapToInt(Integer::intValue).toArray();
        jdbc.sql("update child_report_bundle b set report_count = b.report_count + a.n, "
                + "formed_at = case when b.formed_at is null and b.report_count + a.n >= 2 then ? else b.formed_at end "
                + "from unnest(?::bigint[], ?::int[]) as a(id, n) where b.id = a.id")
                .params(ReportRepository.ts(now), touched, increments).update();

        times.lap("link: bundle counts");
        long[] assigned = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            assigned[i] = target.get(uf.find(i));
        }
        long maxSeq = jdbc.sql("with a as (select * from unnest(?::bigint[], ?::bigint[]) with ordinality as a(id, b, o) "
                        + "order by o) update child_report r set bundle_id = a.b, bundled_seq = nextval('child_report_bundled_seq') "
                        + "from a where r.id = a.id returning r.bundled_seq")
                .params(ids, assigned).query(Long.class).list().stream().mapToLong(Long::longValue).max().orElse(-1);
        times.lap("link: assign reports");
        if (!firstInBatch.isEmpty()) {
            int n = firstInBatch.size();
            String[] kind = new String[n];
            String[] value = new String[n];
            long[] bundle = new long[n];
            int i = 0;
            for (Map.Entry<ParsedReport.Link, Integer> e : firstInBatch.entrySet()) {
                kind[i] = e.getKey().kind();
                value[i] = e.getKey().value();
                bundle[i] = assigned[e.getValue()];
                i++;
            }
            jdbc.sql("insert into child_report_link_key (kind, value, bundle_id) select * from unnest(?::text[], ?::text[], "
                    + "?::bigint[]) on conflict (kind, value) do update set bundle_id = excluded.bundle_id")
                    .params(kind, value, bundle).update();
        }
        times.lap("link: key upsert");
        insertPairs(pairs);
        times.lap("link: pairs");
        return new Batch(ids.length, maxSeq, hashes);
    }

    /** Records a near match once per pair of reports, at most {@value #MAX_PAIRS_PER_REPORT} a report. */
    private static void pair(Map<Long, Map<Long, Integer>> pairs, long mine, long other, int d) {
        Map<Long, Integer> m = pairs.computeIfAbsent(mine, k -> new LinkedHashMap<>());
        if (m.size() < MAX_PAIRS_PER_REPORT || m.containsKey(other)) {
            m.merge(other, d, Math::min);
        }
    }

    private void insertPairs(Map<Long, Map<Long, Integer>> pairs) {
        List<long[]> rows = new ArrayList<>();
        pairs.forEach((mine, others) -> others.forEach((other, d) -> rows.add(new long[] {mine, other, d})));
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("insert into child_report_pdq_match (report_id, other_report_id, distance) select * from "
                        + "unnest(?::bigint[], ?::bigint[], ?::int[]) on conflict do nothing")
                .params(rows.stream().mapToLong(r -> r[0]).toArray(), rows.stream().mapToLong(r -> r[1]).toArray(),
                        rows.stream().mapToInt(r -> (int) r[2]).toArray())
                .update();
    }

    private Map<ParsedReport.Link, Long> existingKeys(List<ParsedReport.Link> keys) {
        Map<ParsedReport.Link, Long> m = new HashMap<>();
        if (keys.isEmpty()) {
            return m;
        }
        jdbc.sql("select k.kind, k.value, k.bundle_id from child_report_link_key k join unnest(?::text[], ?::text[]) "
                        + "as q(kind, value) on k.kind = q.kind and k.value = q.value")
                .params(keys.stream().map(ParsedReport.Link::kind).toArray(String[]::new),
                        keys.stream().map(ParsedReport.Link::value).toArray(String[]::new))
                .query(rs -> {
                    m.put(new ParsedReport.Link(rs.getString(1), rs.getString(2)), rs.getLong(3));
                });
        return m;
    }

    private static int bundleNode(Map<Long, Integer> bundleNode, UnionFind uf, long bundle) {
        return bundleNode.computeIfAbsent(bundle, b -> uf.add());
    }

    /** Loads the PDQ hashes of reports linked since the index last looked (by anyone, on any instance). */
    private void catchUp() {
        if (index == null) {
            int expected = jdbc.sql("select count(*) from child_report_file where pdq is not null").query(Integer.class)
                    .single();
            index = new PdqIndex(expected + 1024);
        }
        long before = indexedSeq;
        int[] loaded = {0};
        jdbc.sql("select f.report_id, f.pdq, r.bundled_seq from child_report_file f join child_report r on r.id = f.report_id "
                        + "where f.pdq is not null and r.bundled_seq > ?")
                .param(before).withFetchSize(10_000).query(rs -> {
                    index.add(rs.getLong(1), PdqHash.parse(rs.getString(2)));
                    indexedSeq = Math.max(indexedSeq, rs.getLong(3));
                    loaded[0]++;
                });
        if (before < 0 && loaded[0] > 0) {
            log.info("PDQ index loaded: {} hashes", loaded[0]);
        }
        if (before < 0) {
            indexedSeq = Math.max(indexedSeq, 0);
        }
    }

    /** Union-find over the batch's reports and the existing bundles they touch. */
    static final class UnionFind {
        private int[] parent;
        private int size;

        UnionFind(int n) {
            parent = new int[Math.max(16, n * 2)];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            size = n;
        }

        int add() {
            if (size == parent.length) {
                parent = java.util.Arrays.copyOf(parent, size * 2);
            }
            parent[size] = size;
            return size++;
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
