package org.nigehbaan.common;

import org.nigehbaan.identity.InvalidInputException;

/**
 * A validated page request: page from 0, size from 1 to {@link PageResult#MAX_SIZE}.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (s < 1 || s > PageResult.MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + PageResult.MAX_SIZE);
        }
        return new PageRequest(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
