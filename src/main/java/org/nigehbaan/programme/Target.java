package org.nigehbaan.programme;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An administrator's target for one headline figure. Shares are given in percent (90 = 90%), counts and
 * medians in their own unit.
 *
 * @param figure     the figure's key, {@code screening.stopRate}
 * @param comparison AT_LEAST or AT_MOST
 * @param value      the threshold
 */
public record Target(String figure, Comparison comparison, BigDecimal value, String setBy, Instant setAt) {

    public enum Comparison { AT_LEAST, AT_MOST }

    /** On track, off track, or not assessed (the figure is suppressed or has nothing to measure). */
    public enum Track { ON_TRACK, OFF_TRACK, NOT_ASSESSED }
}
