package org.nigehbaan.common;

import java.util.List;

/**
 * One page of a longer list, as every list endpoint returns it.
 *
 * @param items the rows on this page
 * @param page  zero-based page number
 * @param size  the page size asked for
 * @param total how many rows match in all
 */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 500;

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
