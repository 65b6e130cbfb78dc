package org.nigehbaan.screening.index;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.nigehbaan.matching.Match;
import org.nigehbaan.matching.MatchingEngine;
import org.nigehbaan.matching.Traveller;
import org.springframework.stereotype.Component;

/**
 * Every listed identity that may hit, in memory: the matching engine's index plus each identity's listing.
 * Readers never block; a listing is added before its identity and removed before it, so a match always finds
 * its listing, and one past its expiry instant never hits, whatever the change feed has done.
 */
@Component
public class ScreeningIndex {

    /** A hit from the index: the engine's match and the listing it belongs to. */
    public record IndexedMatch(Match match, Listing listing) {
    }

    static final int OVERFETCH = 10;
    static final int LOAD_BATCH = 20_000;

    private final MatchingEngine engine = new MatchingEngine();
    private final ConcurrentHashMap<String, Listing> listings = new ConcurrentHashMap<>();
    private volatile boolean ready;

    public void put(IdentityMapping.Indexed indexed) {
        listings.put(indexed.listing().key(), indexed.listing());
        engine.upsert(indexed.identity());
    }

    /** Adds many at once; the engine normalises them in parallel. */
    void putAll(Collection<IdentityMapping.Indexed> batch) {
        for (IdentityMapping.Indexed i : batch) {
            listings.put(i.listing().key(), i.listing());
        }
        engine.upsertAll(batch.stream().map(IdentityMapping.Indexed::identity).toList());
    }

    /**
     * Adds everything a streaming source gives, a batch at a time, so that a million identities never sit in memory
     * twice. The caller's thread only reads: each batch is mapped and normalised in parallel and added on another
     * thread while the next one is read, in order, at most {@link #BATCHES_AHEAD} batches ahead of the index. Each
     * identity becomes visible whole (its listing, then its names), never half-indexed.
     *
     * @param source calls its argument once per item
     * @param map    turns an item into what the index holds
     * @return how many items were added, and where the time went
     */
    public <T> LoadTimes load(Consumer<Consumer<T>> source,
                              Function<T, IdentityMapping.Indexed> map) {
        long start = System.nanoTime();
        LoadTimes.Counter counter = new LoadTimes.Counter();
        ExecutorService adder = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "screening-index-batch");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<?>> ahead = new ArrayDeque<>();
        try {
            List<T> batch = new ArrayList<>(LOAD_BATCH);
            source.accept(item -> {
                batch.add(item);
                if (batch.size() == LOAD_BATCH) {
                    submit(adder, ahead, List.copyOf(batch), map, counter);
                    batch.clear();
                }
            });
            submit(adder, ahead, List.copyOf(batch), map, counter);
            while (!ahead.isEmpty()) {
                await(ahead.removeFirst());
            }
        } catch (RuntimeException e) {
            // Let the batches already handed over finish, so nothing is still being added once the caller knows.
            ahead.forEach(f -> {
                try {
                    f.get();
                } catch (InterruptedException | ExecutionException ignored) {
                    // the first failure is the one reported
                }
            });
            throw e;
        } finally {
            adder.shutdown();
        }
        return counter.done(System.nanoTime() - start);
    }

    static final int BATCHES_AHEAD = 2;

    private <T> void submit(ExecutorService adder,
                            ArrayDeque<Future<?>> ahead, List<T> items,
                            Function<T, IdentityMapping.Indexed> map, LoadTimes.Counter counter) {
        if (items.isEmpty()) {
            return;
        }
        while (ahead.size() >= BATCHES_AHEAD) {
            await(ahead.removeFirst());
        }
        ahead.addLast(adder.submit(() -> {
            long t0 = System.nanoTime();
            putAll(items.parallelStream().map(map).toList());
            counter.added(items.size(), System.nanoTime() - t0);
        }));
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the screening index", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * What a {@link #load} did: items added, its wall time, and the time the adding thread spent mapping, normalising
     * and inserting (the rest is reading, or waiting for it).
     */
    public record LoadTimes(int items, Duration total, Duration adding) {

        static final class Counter {
            private final AtomicInteger items = new AtomicInteger();
            private final AtomicLong addingNanos = new AtomicLong();

            void added(int n, long nanos) {
                items.addAndGet(n);
                addingNanos.addAndGet(nanos);
            }

            LoadTimes done(long totalNanos) {
                return new LoadTimes(items.get(), Duration.ofNanos(totalNanos),
                        Duration.ofNanos(addingNanos.get()));
            }
        }
    }

    public void remove(String key) {
        if (listings.remove(key) != null) {
            engine.remove(key);
        }
    }

    /**
     * The listings on {@code lists} that may be the traveller and are active at {@code now}, best first.
     */
    public List<IndexedMatch> match(Traveller traveller, Set<String> lists, Instant now, int limit, double minScore) {
        // Ask for a few more than needed: some matches may be on lists this purpose does not check, or lapsed.
        // Not many more: every match returned is explained, and explaining costs as much as finding.
        List<Match> matches = engine.match(traveller, limit + OVERFETCH, minScore);
        List<IndexedMatch> out = new ArrayList<>(Math.min(matches.size(), limit));
        for (Match m : matches) {
            Listing l = listings.get(m.id());
            if (l != null && lists.contains(l.list()) && l.activeAt(now)) {
                out.add(new IndexedMatch(m, l));
                if (out.size() == limit) {
                    break;
                }
            }
        }
        return out;
    }

    public int size() {
        return listings.size();
    }

    public boolean isReady() {
        return ready;
    }

    void markReady() {
        ready = true;
    }
}
