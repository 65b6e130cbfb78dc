package org.nigehbaan.screening;

import java.time.Instant;
import java.util.List;

/**
 * The answer to one screening (API.md).
 *
 * @param id         the screening's id, to review its hits by
 * @param decision   CLEAR, REFER or STOP
 * @param hits       best first
 * @param tookMicros how long the decision took, in microseconds
 * @param degraded   true while the database is unreachable: the answer comes from memory and the log is queued
 */
public record ScreeningResult(String id, Purpose purpose, Decision decision, List<Hit> hits, long tookMicros,
                              boolean degraded, Instant screenedAt) {
}
