package org.nigehbaan.matching.index;

/**
 * An append-only list of name ids, written by one writer at a time and read without locks: the writer
 * stores the element, then publishes the new size through a volatile write, so a reader that sees the size
 * sees the elements. Ids are appended in increasing order, so a list is sorted.
 */
final class IntPostings {

    private volatile int[] data = new int[2];
    private volatile int size;

    /** Writer only (under the index's write lock). */
    void add(int id) {
        int[] d = data;
        int s = size;
        if (s == d.length) {
            d = java.util.Arrays.copyOf(d, s < 64 ? s * 2 : s + (s >> 1));
            data = d;
        }
        d[s] = id;
        size = s + 1;
    }

    int size() {
        return size;
    }

    /** A consistent view: read the size first, then the array (which holds at least that many). */
    int[] snapshot(int[] sizeOut) {
        int s = size;
        sizeOut[0] = s;
        return data;
    }
}
