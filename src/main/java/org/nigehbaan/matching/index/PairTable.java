package org.nigehbaan.matching.index;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Open-addressing map from a pair of key ids (packed in a long, never 0) to a posting list; one writer,
 * lock-free readers. A slot's value is written before its key is released; readers acquire the key first.
 * Growing builds a new table and publishes it whole.
 */
final class PairTable {

    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);

    private static final class Table {
        final long[] keys;
        final IntPostings[] values;

        Table(int capacity) {
            keys = new long[capacity];
            values = new IntPostings[capacity];
        }
    }

    private volatile Table table = new Table(1 << 10);
    private int size;

    static long key(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    IntPostings get(long key) {
        Table t = table;
        int mask = t.keys.length - 1;
        int i = mix(key) & mask;
        while (true) {
            long k = (long) LONGS.getAcquire(t.keys, i);
            if (k == key) {
                return t.values[i];
            }
            if (k == 0) {
                return null;
            }
            i = (i + 1) & mask;
        }
    }

    /** Writer only. */
    void add(long key, int id) {
        Table t = table;
        int mask = t.keys.length - 1;
        int i = mix(key) & mask;
        while (true) {
            long k = t.keys[i];
            if (k == key) {
                t.values[i].add(id);
                return;
            }
            if (k == 0) {
                break;
            }
            i = (i + 1) & mask;
        }
        if ((size + 1) * 3 > t.keys.length * 2) {
            grow();
            add(key, id);
            return;
        }
        IntPostings p = new IntPostings();
        p.add(id);
        t.values[i] = p;
        LONGS.setRelease(t.keys, i, key);
        size++;
    }

    int size() {
        return size;
    }

    private void grow() {
        Table old = table;
        Table t = new Table(old.keys.length * 2);
        int mask = t.keys.length - 1;
        for (int j = 0; j < old.keys.length; j++) {
            long k = old.keys[j];
            if (k != 0) {
                int i = mix(k) & mask;
                while (t.keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                t.keys[i] = k;
                t.values[i] = old.values[j];
            }
        }
        table = t;
    }

    private static int mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
