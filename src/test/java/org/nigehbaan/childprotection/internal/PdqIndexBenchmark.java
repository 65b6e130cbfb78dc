package org.nigehbaan.childprotection.internal;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PDQ look-ups through the multi-index against an exhaustive scan of the same hashes, in the same run, at
 * 1,000,000 and 10,000,000 stored hashes: p50 and p99 per look-up, the index's memory (its arrays, and the heap it
 * added after a full collection), and a check that both found the same matches. Half the queries are stored hashes
 * with 0 to 31 bits flipped, half random. Not part of {@code mvn verify}:
 * {@code flock /work/.bench.lock mvn -Pbenchmarks test -Dtest=PdqIndexBenchmark -Dsurefire.heap=-Xmx3g}
 * ({@code -Dpdq.sizes=1000000,10000000}, {@code -Dpdq.queries=2000}); 10,000,000 hashes need about 1.1 GB.
 */
@Tag("benchmark")
class PdqIndexBenchmark {

    @Test
    void lookUpsAtOneAndTenMillionHashesAgainstAnExhaustiveScan() {
        String sizes = System.getProperty("pdq.sizes", "1000000,10000000");
        int queries = Integer.getInteger("pdq.queries", 2_000);
        System.out.printf("%nPDQ look-ups within Hamming distance %d (%d queries each; JVM max heap %,d MB)%n",
                PdqHash.MATCH_DISTANCE, queries, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("%12s %-10s %10s %10s %10s %12s %14s%n", "hashes", "method", "p50 us", "p99 us", "mean us",
                "matches", "memory MB");
        for (String s : sizes.split(",")) {
            run(Integer.parseInt(s.strip()), queries);
        }
    }

    private static void run(int n, int queries) {
        SplittableRandom rnd = new SplittableRandom(n);
        long heapBefore = usedAfterGc();
        PdqIndex index = new PdqIndex(n);
        long[][] sample = new long[queries / 2][];
        for (int i = 0; i < n; i++) {
            long[] h = PdqIndexTests.random(rnd);
            index.add(i, h);
            if (i % (n / sample.length) == 0 && i / (n / sample.length) < sample.length) {
                sample[i / (n / sample.length)] = h;
            }
        }
        index.trimToSize();
        long heapIndex = usedAfterGc() - heapBefore;
        List<long[]> qs = new ArrayList<>();
        for (long[] h : sample) {
            qs.add(PdqIndexTests.flip(h, rnd.nextInt(PdqHash.MATCH_DISTANCE + 1), rnd));
            qs.add(PdqIndexTests.random(rnd));
        }
        // Warm both paths up, then measure; the scan is slow at 10M, so it answers a tenth of the queries there.
        int scanQueries = n >= 5_000_000 ? Math.max(100, qs.size() / 10) : qs.size();
        for (int i = 0; i < Math.min(200, qs.size()); i++) {
            index.search(qs.get(i), PdqHash.MATCH_DISTANCE, (id, d) -> { });
        }
        for (int i = 0; i < Math.min(20, scanQueries); i++) {
            index.scan(qs.get(i), PdqHash.MATCH_DISTANCE, (id, d) -> { });
        }
        long[] indexTimes = new long[qs.size()];
        long[] found = new long[1];
        for (int i = 0; i < qs.size(); i++) {
            long t = System.nanoTime();
            index.search(qs.get(i), PdqHash.MATCH_DISTANCE, (id, d) -> found[0]++);
            indexTimes[i] = System.nanoTime() - t;
        }
        long[] scanTimes = new long[scanQueries];
        long[] scanned = new long[1];
        long[] indexedOnSame = new long[1];
        for (int i = 0; i < scanQueries; i++) {
            long t = System.nanoTime();
            index.scan(qs.get(i), PdqHash.MATCH_DISTANCE, (id, d) -> scanned[0]++);
            scanTimes[i] = System.nanoTime() - t;
            index.search(qs.get(i), PdqHash.MATCH_DISTANCE, (id, d) -> indexedOnSame[0]++);
        }
        assertThat(indexedOnSame[0]).as("the index finds what the scan finds").isEqualTo(scanned[0]);
        long arrays = index.memoryBytes();
        print(n, "index", indexTimes, found[0], String.format("%,d (heap +%,d)", arrays >> 20, heapIndex >> 20));
        print(n, "scan", scanTimes, scanned[0], String.format("%,d", (32L + 8) * n >> 20));
        System.out.printf("%12s speed-up at p50: %.0fx, at p99: %.0fx%n", "", pct(scanTimes, 50) / (double) pct(indexTimes, 50),
                pct(scanTimes, 99) / (double) pct(indexTimes, 99));
    }

    private static void print(int n, String method, long[] nanos, long matches, String memory) {
        System.out.printf("%,12d %-10s %,10.1f %,10.1f %,10.1f %12d %14s%n", n, method, pct(nanos, 50) / 1e3,
                pct(nanos, 99) / 1e3, Arrays.stream(nanos).average().orElse(0) / 1e3, matches, memory);
    }

    private static long pct(long[] values, int p) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
