package org.nigehbaan.childprotection.internal;

import java.util.Arrays;

/**
 * Finds every stored PDQ hash within a Hamming distance of a query without scanning them all: multi-index
 * hashing (Norouzi, Punjani and Fleet, 2012), as Meta's ThreatExchange PDQ index does it. The 256 bits are cut
 * into 16 bands of 16 bits, each band a table from its 65,536 values to the hashes holding that value. If two
 * hashes are within distance {@code d}, then by the pigeonhole principle at least one band differs in at most
 * {@code floor(d/16)} bits (for d = 31: at most one bit). So a query looks up, in each band, its own value and
 * every value within that many bits (1 + 16 = 17 buckets a band at d = 31), and compares only the hashes found
 * there in full. A hash found through more than one band is reported once: from the first band that finds it.
 *
 * <p>With uniformly random hashes each bucket holds n/65,536 entries, so a query at d = 31 compares about
 * 272·n/65,536 hashes (4,150 of 1,000,000; 41,500 of 10,000,000) instead of n. Memory: 32 bytes a hash, 8 for its
 * id and 4 a band (64), about 104 bytes a hash; see docs/childprotection.md for measurements.
 *
 * <p>Not thread-safe: the owner serialises access (the bundler holds its lock).
 */
public final class PdqIndex {

    public static final int BANDS = 16;
    private static final int BUCKETS = 1 << 16;
    private static final int[] EMPTY = new int[0];

    /** The words of hash i at 4i..4i+3. */
    private long[] words;
    private long[] ids;
    private int size;
    private final int[][][] postings = new int[BANDS][BUCKETS][];
    private final int[][] counts = new int[BANDS][BUCKETS];

    /** Receives each stored hash within the distance asked, once. */
    @FunctionalInterface
    public interface Hits {
        void hit(long id, int distance);
    }

    public PdqIndex() {
        this(1024);
    }

    public PdqIndex(int expectedSize) {
        int cap = Math.max(16, expectedSize);
        words = new long[4 * cap];
        ids = new long[cap];
        for (int b = 0; b < BANDS; b++) {
            Arrays.fill(postings[b], EMPTY);
        }
    }

    public int size() {
        return size;
    }

    /** Stores a hash under the caller's id (the same id may hold several hashes). */
    public void add(long id, long[] hash) {
        if (size == ids.length) {
            int cap = size + (size >> 1) + 16;
            words = Arrays.copyOf(words, 4 * cap);
            ids = Arrays.copyOf(ids, cap);
        }
        int pos = size++;
        System.arraycopy(hash, 0, words, 4 * pos, 4);
        ids[pos] = id;
        for (int b = 0; b < BANDS; b++) {
            int key = band(hash, b);
            int[] list = postings[b][key];
            int n = counts[b][key];
            if (n == list.length) {
                list = Arrays.copyOf(list, n < 4 ? 4 : n + (n >> 1));
                postings[b][key] = list;
            }
            list[n] = pos;
            counts[b][key] = n + 1;
        }
    }

    /** Every stored hash within {@code maxDistance} (0 to 255) of {@code query}, through the band tables. */
    public void search(long[] query, int maxDistance, Hits hits) {
        if (maxDistance < 0) {
            return;
        }
        int radius = Math.min(16, maxDistance / BANDS);
        int[] qBands = new int[BANDS];
        for (int b = 0; b < BANDS; b++) {
            qBands[b] = band(query, b);
        }
        long q0 = query[0];
        long q1 = query[1];
        long q2 = query[2];
        long q3 = query[3];
        for (int b = 0; b < BANDS; b++) {
            int[][] table = postings[b];
            int[] cnt = counts[b];
            int qb = qBands[b];
            // The band's own value, then every value within `radius` bits of it.
            probe(table, cnt, qb, b, qBands, radius, maxDistance, q0, q1, q2, q3, hits);
            if (radius >= 1) {
                for (int i = 0; i < 16; i++) {
                    int k1 = qb ^ (1 << i);
                    probe(table, cnt, k1, b, qBands, radius, maxDistance, q0, q1, q2, q3, hits);
                    if (radius >= 2) {
                        for (int j = i + 1; j < 16; j++) {
                            int k2 = k1 ^ (1 << j);
                            probe(table, cnt, k2, b, qBands, radius, maxDistance, q0, q1, q2, q3, hits);
                            if (radius >= 3) {
                                enumerateFrom(table, cnt, k2, j + 1, 3, radius, b, qBands, maxDistance, q0, q1, q2,
                                        q3, hits);
                            }
                        }
                    }
                }
            }
        }
    }

    /** Every stored hash within {@code maxDistance} of {@code query}, by comparing all of them: the reference. */
    public void scan(long[] query, int maxDistance, Hits hits) {
        long q0 = query[0];
        long q1 = query[1];
        long q2 = query[2];
        long q3 = query[3];
        long[] w = words;
        for (int pos = 0, o = 0; pos < size; pos++, o += 4) {
            int d = Long.bitCount(w[o] ^ q0) + Long.bitCount(w[o + 1] ^ q1) + Long.bitCount(w[o + 2] ^ q2)
                    + Long.bitCount(w[o + 3] ^ q3);
            if (d <= maxDistance) {
                hits.hit(ids[pos], d);
            }
        }
    }

    /** Drops the spare room the growing arrays keep, after a bulk load. */
    public void trimToSize() {
        words = Arrays.copyOf(words, 4 * Math.max(size, 1));
        ids = Arrays.copyOf(ids, Math.max(size, 1));
        for (int b = 0; b < BANDS; b++) {
            for (int k = 0; k < BUCKETS; k++) {
                int n = counts[b][k];
                if (postings[b][k].length != n) {
                    postings[b][k] = n == 0 ? EMPTY : Arrays.copyOf(postings[b][k], n);
                }
            }
        }
    }

    /** The bytes the index holds in its arrays (object headers included, 16 bytes each), spare room included. */
    public long memoryBytes() {
        long bytes = 16 + 8L * words.length + 16 + 8L * ids.length;
        for (int b = 0; b < BANDS; b++) {
            bytes += 16 + 4L * BUCKETS; // counts
            bytes += 16 + 4L * BUCKETS; // references to the posting arrays (compressed oops)
            for (int k = 0; k < BUCKETS; k++) {
                int[] list = postings[b][k];
                if (list != EMPTY) {
                    bytes += 16 + 4L * list.length;
                }
            }
        }
        return bytes;
    }

    private void enumerateFrom(int[][] table, int[] cnt, int key, int from, int depth, int radius, int band,
                               int[] qBands, int maxDistance, long q0, long q1, long q2, long q3, Hits hits) {
        for (int i = from; i < 16; i++) {
            int k = key ^ (1 << i);
            probe(table, cnt, k, band, qBands, radius, maxDistance, q0, q1, q2, q3, hits);
            if (depth < radius) {
                enumerateFrom(table, cnt, k, i + 1, depth + 1, radius, band, qBands, maxDistance, q0, q1, q2, q3, hits);
            }
        }
    }

    private void probe(int[][] table, int[] cnt, int key, int band, int[] qBands, int radius, int maxDistance,
                       long q0, long q1, long q2, long q3, Hits hits) {
        int n = cnt[key];
        if (n == 0) {
            return;
        }
        int[] list = table[key];
        long[] w = words;
        for (int i = 0; i < n; i++) {
            int pos = list[i];
            int o = pos << 2;
            long w0 = w[o];
            long w1 = w[o + 1];
            long w2 = w[o + 2];
            long w3 = w[o + 3];
            int d = Long.bitCount(w0 ^ q0) + Long.bitCount(w1 ^ q1) + Long.bitCount(w2 ^ q2) + Long.bitCount(w3 ^ q3);
            if (d <= maxDistance && !foundInEarlierBand(w0, w1, w2, w3, band, qBands, radius)) {
                hits.hit(ids[pos], d);
            }
        }
    }

    /** True when an earlier band is also within the radius: that band already reported this hash. */
    private static boolean foundInEarlierBand(long w0, long w1, long w2, long w3, int band, int[] qBands, int radius) {
        for (int b = 0; b < band; b++) {
            long w = switch (b >> 2) {
                case 0 -> w0;
                case 1 -> w1;
                case 2 -> w2;
                default -> w3;
            };
            int v = (int) ((w >>> ((b & 3) << 4)) & 0xFFFF);
            if (Integer.bitCount(v ^ qBands[b]) <= radius) {
                return true;
            }
        }
        return false;
    }

    static int band(long[] hash, int b) {
        return (int) ((hash[b >> 2] >>> ((b & 3) << 4)) & 0xFFFF);
    }
}
