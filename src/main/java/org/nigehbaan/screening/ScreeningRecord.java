package org.nigehbaan.screening;

import java.time.Instant;
import java.util.List;
import org.nigehbaan.identity.PersonInput;

/** A logged screening as supervisors and auditors see it, with the reviews of its hits. */
public record ScreeningRecord(String id, Instant at, String officer, String agency, String location, Purpose purpose,
                              String channel, String batchRef, PersonInput traveller, Decision decision, List<Hit> hits,
                              List<String> setAsideByReview, long tookMicros, boolean degraded, List<Review> reviews) {

    /**
     * An officer's review of one hit; a NOT_THIS_PERSON review opened the redress {@code redressId}, remembered
     * for later screenings only once a border supervisor other than the reviewer confirms it.
     */
    public record Review(long id, String hitKey, ReviewOutcome outcome, String note, String reviewer, Instant at,
                         Long redressId, RedressStatus redressStatus) {
    }
}
