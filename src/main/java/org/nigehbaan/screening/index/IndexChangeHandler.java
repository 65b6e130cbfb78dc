package org.nigehbaan.screening.index;

/** Applies one change-feed key to what this instance holds in memory. */
public interface IndexChangeHandler {

    boolean handles(String key);

    void apply(String key);

    /** Loads everything this handler keeps in memory, at start (before the feed is followed). */
    default void loadAll() {
    }
}
