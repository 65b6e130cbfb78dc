package org.nigehbaan.register.policy;

import java.time.LocalDate;
import java.time.Period;

/**
 * The notification period one conviction carries under a policy.
 *
 * @param indefinite true for an indefinite period (then {@code length} and {@code endsOn} are null)
 * @param length     the period's length
 * @param startsOn   the day it begins
 * @param endsOn     its last day: a period of 10 years beginning with 2020-03-02 ends on 2030-03-01
 * @param rule       the row of the policy's table that applied, in words
 */
public record ConvictionPeriod(boolean indefinite, Period length, LocalDate startsOn, LocalDate endsOn,
                               String rule) {

    static ConvictionPeriod indefinite(LocalDate startsOn, String rule) {
        return new ConvictionPeriod(true, null, startsOn, null, rule);
    }

    static ConvictionPeriod of(Period length, LocalDate startsOn, String rule) {
        return new ConvictionPeriod(false, length, startsOn, startsOn.plus(length).minusDays(1), rule);
    }

    /** {@code P10Y}, or {@code INDEFINITE}. */
    public String lengthText() {
        return indefinite ? "INDEFINITE" : length.toString();
    }
}
