package org.nigehbaan.matching.index;

import java.util.Arrays;

/** An open-addressing map from int id to a small count, cleared in time proportional to its use. */
final class IntCounter {

    interface Visitor {
        void visit(int id, int count);
    }

    private int[] keys = new int[1 << 12];
    private int[] counts = new int[1 << 12];
    private int[] used = new int[1 << 11];
    private int size;

    int add(int id, int delta) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int h = mix(id) & mask;
        while (true) {
            int k = keys[h];
            if (k == id + 1) {
                counts[h] += delta;
                return counts[h];
            }
            if (k == 0) {
                keys[h] = id + 1;
                counts[h] = delta;
                if (size == used.length) {
                    used = Arrays.copyOf(used, size * 2);
                }
                used[size++] = h;
                return delta;
            }
            h = (h + 1) & mask;
        }
    }

    void forEach(Visitor v) {
        for (int i = 0; i < size; i++) {
            int h = used[i];
            v.visit(keys[h] - 1, counts[h]);
        }
    }

    void clear() {
        if (size > keys.length / 8) {
            Arrays.fill(keys, 0);
        } else {
            for (int i = 0; i < size; i++) {
                keys[used[i]] = 0;
            }
        }
        size = 0;
        if (keys.length > 1 << 20) { // keep per-thread memory bounded after an unusual query
            keys = new int[1 << 12];
            counts = new int[1 << 12];
            used = new int[1 << 11];
        }
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldCounts = counts;
        int oldSize = size;
        int[] oldUsed = used;
        keys = new int[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        used = new int[Math.max(used.length, oldKeys.length)];
        size = 0;
        for (int i = 0; i < oldSize; i++) {
            int h = oldUsed[i];
            add(oldKeys[h] - 1, oldCounts[h]);
        }
    }

    private static int mix(int x) {
        x *= 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
