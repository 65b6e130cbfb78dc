package org.nigehbaan.matching.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.nigehbaan.matching.ListedIdentity;
import org.nigehbaan.matching.MatchThresholds;
import org.nigehbaan.matching.MatchingEngine;
import org.nigehbaan.matching.Traveller;
import org.nigehbaan.matching.comparators.JaroWinkler;
import org.nigehbaan.matching.comparators.NameComparator;
import org.nigehbaan.matching.index.CandidateIndex;
import org.nigehbaan.matching.index.IndexedIdentity;
import org.nigehbaan.matching.normalizers.NameNormalizer;
import org.nigehbaan.matching.normalizers.NameToken;
import org.nigehbaan.matching.normalizers.NormalizedName;

/**
 * Build time, heap, single-thread query latency, and candidate recall against an exhaustive scan, on seeded
 * synthetic Pakistani identities. Run (see docs/matching.md):
 * {@code java -Xmx1g -cp ... org.nigehbaan.matching.bench.SpeedBenchmark 1000000 20000 40}
 *
 * <p>args: identities, timed queries, queries for the exhaustive-scan comparison, [seed], [phase: all|speed|recall]
 */
public final class SpeedBenchmark {

    public static void main(String[] args) {
        int identities = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int scanQueries = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        String phase = args.length > 4 ? args[4] : "all";
        System.out.printf(Locale.ROOT, "identities=%d queries=%d scanQueries=%d seed=%d maxHeap=%dMB cores=%d%n",
                identities, queries, scanQueries, seed, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        if (!phase.equals("recall")) {
            speed(identities, queries, seed);
        }
        if (!phase.equals("speed")) {
            recall(identities, scanQueries, seed);
        }
    }

    static void speed(int identities, int queries, long seed) {
        long before = usedHeapAfterGc();
        SyntheticIdentities gen = new SyntheticIdentities(seed);
        List<ListedIdentity> listed = gen.generate("SYN-", identities);
        List<Traveller> travellers = new ArrayList<>(queries + 5000);
        for (int i = 0; i < queries + 5000; i++) {
            travellers.add(gen.traveller(listed));
        }
        long names = listed.stream().mapToLong(l -> l.names().size()).sum();
        long records = usedHeapAfterGc() - before;
        long t0 = System.nanoTime();
        MatchingEngine engine = new MatchingEngine();
        engine.upsertAll(listed);
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        listed = null; // the engine holds what it needs
        long heap = usedHeapAfterGc() - before;
        System.out.printf(Locale.ROOT, "build: %d identities, %d names in %.1f s; heap held by the engine %d MB "
                        + "(of which the ListedIdentity records it was given %d MB, its own index %d MB)%n",
                identities, names, buildSeconds, heap >> 20, records >> 20, (heap - records) >> 20);
        Timings timed = Timings.of(engine, travellers, queries, null);
        long[] nanos = timed.nanos;
        long[] cpu = timed.cpu;
        long hits = timed.hits;
        long refer = timed.refer;
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "query (one thread, %d queries): p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, "
                        + "p99.9 %.3f ms, max %.3f ms, mean %.3f ms; %.1f matches/query, %.1f%% top ≥ REFER%n",
                queries, pct(nanos, 50), pct(nanos, 90), pct(nanos, 99), pct(nanos, 99.9), nanos[queries - 1] / 1e6,
                Arrays.stream(nanos).average().orElse(0) / 1e6, hits / (double) queries, 100.0 * refer / queries);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "query thread CPU time (excludes waiting for a core on a busy machine): p50 %.3f ms, "
                + "p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms%n", pct(cpu, 50), pct(cpu, 90), pct(cpu, 99),
                pct(cpu, 99.9), cpu[queries - 1] / 1e6);
        // The same travellers against an engine that compares every candidate (no cap), built from the same
        // identities in the same run: what the cap saves in time and what it costs in matches.
        if (!Boolean.getBoolean("bench.skipUncapped")) {
            uncapped(engine, seed, identities, travellers, queries, nanos, cpu);
        }
        // Writes while reading: an upsert and a remove cost
        long w0 = System.nanoTime();
        SyntheticIdentities more = new SyntheticIdentities(seed + 1);
        for (int i = 0; i < 1000; i++) {
            engine.upsert(more.next("NEW-" + i));
        }
        for (int i = 0; i < 1000; i++) {
            engine.remove("NEW-" + i);
        }
        System.out.printf(Locale.ROOT, "writes: 1000 upserts + 1000 removes in %.1f ms (%.3f ms each)%n",
                (System.nanoTime() - w0) / 1e6, (System.nanoTime() - w0) / 1e6 / 2000);
    }

    private static void uncapped(MatchingEngine capped, long seed, int identities, List<Traveller> travellers, int queries,
                                 long[] cappedNanos, long[] cappedCpu) {
        MatchingEngine all = new MatchingEngine(Integer.MAX_VALUE);
        all.upsertAll(new SyntheticIdentities(seed).generate("SYN-", identities));
        int[] topDiffers = {0};
        int[] referLost = {0};
        Timings timed = Timings.of(all, travellers, queries, (t, m) -> {
            var k = capped.match(t);
            if (!m.isEmpty() && (k.isEmpty() || !k.get(0).id().equals(m.get(0).id())
                    && Math.abs(k.get(0).score() - m.get(0).score()) > 1e-9)) {
                topDiffers[0]++;
            }
            referLost[0] += !m.isEmpty() && k.isEmpty() ? 1 : 0;
        });
        long[] nanos = timed.nanos;
        long[] cpu = timed.cpu;
        long referBoth = timed.withMatch;
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "same run, every candidate compared (no cap): p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, "
                        + "p99.9 %.3f ms (thread CPU p50 %.3f, p99 %.3f ms)%n", pct(nanos, 50), pct(nanos, 90),
                pct(nanos, 99), pct(nanos, 99.9), pct(cpu, 50), pct(cpu, 99));
        System.out.printf(Locale.ROOT, "capped (%d) vs uncapped: p99 %.3f vs %.3f ms (thread CPU %.3f vs %.3f ms); "
                        + "%d of %d queries with a match ≥ REFER uncapped, %d of them lose it capped, %d get another top match%n",
                MatchingEngine.COMPARE_CAP, pct(cappedNanos, 99), pct(nanos, 99), pct(cappedCpu, 99), pct(cpu, 99),
                referBoth, queries, referLost[0], topDiffers[0]);
    }

    /** One-thread latencies (wall and thread CPU) of {@code queries} travellers after 5,000 warm-up queries. */
    private record Timings(long[] nanos, long[] cpu, long hits, long refer, long withMatch) {

        static Timings of(MatchingEngine engine, List<Traveller> travellers, int queries,
                          java.util.function.BiConsumer<Traveller, List<org.nigehbaan.matching.Match>> after) {
            for (int i = 0; i < 5000; i++) {
                engine.match(travellers.get(i));
            }
            long[] nanos = new long[queries];
            long[] cpu = new long[queries];
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long hits = 0;
            long refer = 0;
            long withMatch = 0;
            for (int i = 0; i < queries; i++) {
                Traveller t = travellers.get(5000 + i);
                long c = mx.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                var m = engine.match(t);
                nanos[i] = System.nanoTime() - s;
                cpu[i] = mx.getCurrentThreadCpuTime() - c;
                hits += m.size();
                refer += !m.isEmpty() && m.get(0).score() >= MatchThresholds.REFER ? 1 : 0;
                withMatch += m.isEmpty() ? 0 : 1;
                if (after != null) {
                    after.accept(t, m);
                }
            }
            return new Timings(nanos, cpu, hits, refer, withMatch);
        }
    }

    /** Candidates against an exhaustive scan of every listed name, with the engine's comparator and with plain JW. */
    static void recall(int identities, int scanQueries, long seed) {
        SyntheticIdentities gen = new SyntheticIdentities(seed);
        List<ListedIdentity> listed = gen.generate("SYN-", identities);
        List<Traveller> travellers = new ArrayList<>();
        for (int i = 0; i < scanQueries; i++) {
            travellers.add(gen.traveller(listed));
        }
        CandidateIndex index = new CandidateIndex();
        List<IndexedIdentity> prepared = listed.parallelStream().map(IndexedIdentity::new).toList();
        prepared.forEach(index::add);
        listed = null;
        int n = index.nameCount();
        String[] flat = new String[n];
        for (int id = 0; id < n; id++) {
            flat[id] = flatten(index.name(id).name());
        }
        double refer = MatchThresholds.REFER;
        long foundEngine = 0;
        long coveredEngine = 0;
        long foundJw = 0;
        long coveredJw = 0;
        long scanNanos = 0;
        long jwNanos = 0;
        long candNanos = 0;
        long candidates = 0;
        for (Traveller t : travellers) {
            NormalizedName q = NameNormalizer.normalize(t.names().get(0));
            boolean truncated = t.nameFromMrz();
            Set<Integer> cand = new HashSet<>();
            long c0 = System.nanoTime();
            index.candidates(q, refer, refer, 0, truncated, cand::add);
            candNanos += System.nanoTime() - c0;
            candidates += cand.size();
            long s0 = System.nanoTime();
            List<Integer> exhaustive = new ArrayList<>();
            for (int id = 0; id < n; id++) {
                if (NameComparator.score(q, index.name(id).name(), truncated) >= refer) {
                    exhaustive.add(id);
                }
            }
            scanNanos += System.nanoTime() - s0;
            String qf = flatten(q);
            long j0 = System.nanoTime();
            List<Integer> jw = new ArrayList<>();
            for (int id = 0; id < n; id++) {
                if (JaroWinkler.similarity(qf, flat[id]) >= refer) {
                    jw.add(id);
                }
            }
            jwNanos += System.nanoTime() - j0;
            foundEngine += exhaustive.size();
            coveredEngine += exhaustive.stream().filter(cand::contains).count();
            foundJw += jw.size();
            coveredJw += jw.stream().filter(cand::contains).count();
            if (exhaustive.stream().anyMatch(x -> !cand.contains(x))) {
                System.out.println("  missed for '" + t.names().get(0) + "': " + exhaustive.stream().filter(x -> !cand.contains(x))
                        .limit(3).map(x -> index.name(x).owner().identity().names().get(index.name(x).nameIndex()).text())
                        .collect(Collectors.joining("; ")));
            }
        }
        double qn = travellers.size();
        System.out.printf(Locale.ROOT, "candidates: %.0f names/query on average, %.3f ms/query to generate%n",
                candidates / qn, candNanos / 1e6 / qn);
        System.out.printf(Locale.ROOT, "exhaustive scan with the engine's name comparator (score ≥ REFER %.2f): "
                        + "%d found, %d in candidates = %.4f; scan %.1f ms/query%n",
                refer, foundEngine, coveredEngine, coveredEngine / (double) Math.max(1, foundEngine), scanNanos / 1e6 / qn);
        System.out.printf(Locale.ROOT, "exhaustive whole-name Jaro-Winkler scan (JW ≥ %.2f): %d found, %d in candidates = "
                        + "%.4f; scan %.1f ms/query%n",
                refer, foundJw, coveredJw, coveredJw / (double) Math.max(1, foundJw), jwNanos / 1e6 / qn);
    }

    /** A name as peers compare it: normalised parts in written order, space-separated. */
    static String flatten(NormalizedName n) {
        return n.tokens().stream().map(NameToken::text).collect(Collectors.joining(" "));
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.min(sorted.length - 1, Math.round(p / 100 * (sorted.length - 1)));
        return sorted[i] / 1e6;
    }

    static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
