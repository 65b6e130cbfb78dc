package org.nigehbaan.screening;

import java.time.Instant;

/** Filters for searching the screening log; every field optional. {@code q} matches names and document numbers. */
public record ScreeningQuery(String officer, Decision decision, Purpose purpose, String location, String q,
                             Instant from, Instant to) {
}
