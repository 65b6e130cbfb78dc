package org.nigehbaan.screening.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
     * Adds everything a streaming source gives, a batch at a time (the engine normalises each batch in parallel),
     * so that a million identities never sit in memory twice.
     *
     * @param source calls its argument once per item
     * @param map    turns an item into what the index holds
     */
    public <T> void load(java.util.function.Consumer<java.util.function.Consumer<T>> source,
                         java.util.function.Function<T, IdentityMapping.Indexed> map) {
        List<IdentityMapping.Indexed> batch = new ArrayList<>(LOAD_BATCH);
        source.accept(item -> {
            batch.add(map.apply(item));
            if (batch.size() == LOAD_BATCH) {
                putAll(batch);
                batch.clear();
            }
        });
        putAll(batch);
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
