package org.nigehbaan.screening;

/** An officer reviewed a hit; every instance's index reloads its memory of reviews. */
public record ReviewRecorded(long reviewId, String hitKey, ReviewOutcome outcome) {
}
