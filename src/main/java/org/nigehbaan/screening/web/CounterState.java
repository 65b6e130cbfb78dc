package org.nigehbaan.screening.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nigehbaan.screening.Decision;
import org.nigehbaan.screening.Hit;
import org.nigehbaan.screening.ReviewOutcome;
import org.nigehbaan.screening.ScreeningResult;

/**
 * The counter's last screening, kept in the officer's session: a failed review shows the same hits again, and a
 * STOP (or a hit the officer confirmed) holds the counter until the officer acknowledges it.
 */
final class CounterState {

    static final String SESSION = "screening.counter";

    private final ScreeningResult result;
    private final String travellerName;
    private final Map<String, HitListings.ListingIdentity> listings;
    private final Map<String, ReviewOutcome> reviewed = new LinkedHashMap<>();
    private boolean awaitingAcknowledgement;

    CounterState(ScreeningResult result, String travellerName, Map<String, HitListings.ListingIdentity> listings) {
        this.result = result;
        this.travellerName = travellerName;
        this.listings = Map.copyOf(listings);
        this.awaitingAcknowledgement = result.decision() == Decision.STOP;
    }

    ScreeningResult getResult() {
        return result;
    }

    public String getTravellerName() {
        return travellerName;
    }

    public Map<String, HitListings.ListingIdentity> getListings() {
        return listings;
    }

    public Map<String, ReviewOutcome> getReviewed() {
        return reviewed;
    }

    /** True while the counter is held: the next traveller waits for the officer's acknowledgement. */
    public boolean isAwaitingAcknowledgement() {
        return awaitingAcknowledgement;
    }

    /** The hit's position on the page (its inputs are numbered by it), or -1. */
    int indexOf(String hitKey) {
        List<Hit> hits = result.hits();
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).key().equalsIgnoreCase(hitKey)) {
                return i;
            }
        }
        return -1;
    }

    /** A review was recorded; a confirmed hit means the listed person is at the counter: it is held as for a STOP. */
    void reviewed(String hitKey, ReviewOutcome outcome) {
        reviewed.put(hitKey, outcome);
        if (outcome == ReviewOutcome.CONFIRMED) {
            awaitingAcknowledgement = true;
        }
    }

    void acknowledged() {
        awaitingAcknowledgement = false;
    }
}
