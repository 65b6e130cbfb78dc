package org.nigehbaan.screening;

import java.time.Instant;

/** A logged screening in a search result. */
public record ScreeningSummary(String id, Instant at, String officer, String location, Purpose purpose,
                               String channel, String travellerName, Decision decision, int hitCount) {
}
