package org.nigehbaan.screening.index;

import org.nigehbaan.controllist.EntriesImported;
import org.nigehbaan.controllist.EntryActivated;
import org.nigehbaan.controllist.EntryEnded;
import org.nigehbaan.controllist.EntryExtended;
import org.nigehbaan.register.RegistrantIdentityPublished;
import org.nigehbaan.register.RegistrantIdentityWithdrawn;
import org.nigehbaan.screening.RedressChanged;
import org.nigehbaan.screening.ReviewRecorded;
import org.nigehbaan.screening.internal.Reviews;
import org.springframework.context.event.EventListener;
import org.nigehbaan.common.feed.ChangeFeed;
import org.springframework.stereotype.Component;

/**
 * Writes each change to a listed identity into the change feed, synchronously, in the transaction of the change
 * itself (the shared {@link ChangeFeed}): the feed row commits if and only if the change does. Every instance then reloads the key it names
 * ({@link IndexFollower}), the one that made the change included, so all follow one path.
 */
@Component
class IndexChangeRecorder {

    static final String IMPORT_PREFIX = "IMPORT-";

    private final ChangeFeed feed;

    IndexChangeRecorder(ChangeFeed feed) {
        this.feed = feed;
    }

    @EventListener
    void on(EntryActivated e) {
        record(Listing.CONTROL_LIST_PREFIX + e.entryId());
    }

    @EventListener
    void on(EntryExtended e) {
        record(Listing.CONTROL_LIST_PREFIX + e.entryId());
    }

    @EventListener
    void on(EntryEnded e) {
        record(Listing.CONTROL_LIST_PREFIX + e.entryId());
    }

    @EventListener
    void on(EntriesImported e) {
        record(IMPORT_PREFIX + e.importId());
    }

    @EventListener
    void on(RegistrantIdentityPublished e) {
        record(e.registrantId().indexKey());
    }

    @EventListener
    void on(RegistrantIdentityWithdrawn e) {
        record(e.registrantId().indexKey());
    }

    @EventListener
    void on(ReviewRecorded e) {
        record(Reviews.REVIEW_PREFIX + e.reviewId());
    }

    @EventListener
    void on(RedressChanged e) {
        record(Reviews.REDRESS_PREFIX + e.redressId());
    }

    private void record(String key) {
        feed.record(key);
    }
}
