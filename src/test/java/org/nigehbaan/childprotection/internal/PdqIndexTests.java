package org.nigehbaan.childprotection.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDQ index finds exactly what an exhaustive scan finds, on random data with planted near duplicates. */
class PdqIndexTests {

    static long[] random(SplittableRandom rnd) {
        return new long[] {rnd.nextLong(), rnd.nextLong(), rnd.nextLong(), rnd.nextLong()};
    }

    /** A copy of {@code h} with {@code bits} distinct random bits flipped. */
    static long[] flip(long[] h, int bits, SplittableRandom rnd) {
        long[] c = h.clone();
        java.util.Set<Integer> done = new java.util.HashSet<>();
        while (done.size() < bits) {
            int b = rnd.nextInt(256);
            if (done.add(b)) {
                c[b >> 6] ^= 1L << (b & 63);
            }
        }
        return c;
    }

    static TreeMap<Long, Integer> search(PdqIndex index, long[] q, int d) {
        TreeMap<Long, Integer> m = new TreeMap<>();
        index.search(q, d, (id, dist) -> assertThat(m.put(id, dist)).as("hit %d reported twice", id).isNull());
        return m;
    }

    static TreeMap<Long, Integer> scan(PdqIndex index, long[] q, int d) {
        TreeMap<Long, Integer> m = new TreeMap<>();
        index.scan(q, d, (id, dist) -> m.put(id, dist));
        return m;
    }

    @Test
    void findsExactlyWhatAnExhaustiveScanFindsAtEveryDistanceUpTo47() {
        SplittableRandom rnd = new SplittableRandom(20260131);
        PdqIndex index = new PdqIndex();
        List<long[]> bases = new ArrayList<>();
        long id = 0;
        for (int i = 0; i < 20_000; i++) {
            index.add(id++, random(rnd));
        }
        // Clusters: a base and variants at every distance from 0 to 40, so matches sit on both sides of 31.
        for (int c = 0; c < 200; c++) {
            long[] base = random(rnd);
            bases.add(base);
            for (int d = 0; d <= 40; d++) {
                index.add(id++, flip(base, d, rnd));
            }
        }
        int compared = 0;
        for (long[] base : bases) {
            for (int qd : new int[] {0, 5, 16}) {
                long[] q = flip(base, qd, rnd);
                for (int max : new int[] {0, 1, 15, 16, 31, 32, 47}) {
                    TreeMap<Long, Integer> expected = scan(index, q, max);
                    assertThat(search(index, q, max)).as("query at %d, max %d", qd, max).isEqualTo(expected);
                    compared += expected.size();
                }
            }
        }
        assertThat(compared).as("the test compared real matches, not empty results").isGreaterThan(10_000);
    }

    @Test
    void aHashAtDistance31MatchesAndAt32DoesNot() {
        SplittableRandom rnd = new SplittableRandom(7);
        long[] base = random(rnd);
        PdqIndex index = new PdqIndex();
        index.add(1, flip(base, 31, rnd));
        index.add(2, flip(base, 32, rnd));
        index.add(3, base);
        assertThat(search(index, base, PdqHash.MATCH_DISTANCE)).containsOnlyKeys(1L, 3L).containsEntry(1L, 31);
    }

    @Test
    void hexRoundTripsAndDistanceCountsDifferingBits() {
        String hex = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
        long[] h = PdqHash.parse(hex);
        assertThat(PdqHash.hex(h[0], h[1], h[2], h[3])).isEqualTo(hex);
        assertThat(PdqHash.distance(h, PdqHash.parse(hex.replace('f', 'e')))).isEqualTo(
                (int) hex.chars().filter(c -> c == 'f').count());
        assertThat(PdqHash.isValid(hex.substring(1))).isFalse();
        assertThat(PdqHash.isValid(hex.replace('f', 'g'))).isFalse();
    }

    @Test
    void trimmingKeepsEveryHashFindable() {
        SplittableRandom rnd = new SplittableRandom(3);
        PdqIndex index = new PdqIndex(10);
        List<long[]> all = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            long[] h = random(rnd);
            all.add(h);
            index.add(i, h);
        }
        long before = index.memoryBytes();
        index.trimToSize();
        assertThat(index.memoryBytes()).isLessThan(before);
        for (int i = 0; i < all.size(); i += 97) {
            assertThat(search(index, all.get(i), 0)).containsKey((long) i);
        }
    }
}
