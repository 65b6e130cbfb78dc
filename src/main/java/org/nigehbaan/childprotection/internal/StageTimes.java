package org.nigehbaan.childprotection.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a long operation's wall-clock time went, stage by stage (summed over repeats, such as one stage per line):
 * a bulk intake logs it, so that the slow stage of a slow backlog can be named without a profiler. Not thread-safe.
 */
public final class StageTimes {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    /** Adds the time since the previous lap (or since creation) to {@code stage}. */
    public void lap(String stage) {
        long now = System.nanoTime();
        nanos.merge(stage, now - mark, Long::sum);
        mark = now;
    }

    /** Adds another's stages (timed on another thread, such as the bulk intake's parser) to these. */
    public void addAll(StageTimes other) {
        other.nanos.forEach((stage, n) -> nanos.merge(stage, n, Long::sum));
    }

    public long millis(String stage) {
        return nanos.getOrDefault(stage, 0L) / 1_000_000;
    }

    @Override
    public String toString() {
        return nanos.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() / 1_000_000 + " ms")
                .collect(Collectors.joining(", "));
    }
}
