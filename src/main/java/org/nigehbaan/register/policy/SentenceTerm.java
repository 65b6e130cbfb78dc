package org.nigehbaan.register.policy;

import java.time.Period;
import org.nigehbaan.register.SentenceUnit;

/**
 * A term as a court expressed it: a whole number of days, weeks, months or years.
 *
 * <p>Policies compare terms with thresholds in months (6 and 30 in the UK table). Months and years compare
 * exactly; days and weeks are converted at the mean Gregorian month of 365.25 / 12 days, so 182 days is
 * 6 months or less and 183 days is more than 6 months. The comparison is exact (integer arithmetic), so a
 * boundary never wobbles.
 *
 * @param length at least 1
 * @param unit   the unit
 */
public record SentenceTerm(int length, SentenceUnit unit) {

    /** The longest term accepted in each unit: a hundred years. */
    static int maxLength(SentenceUnit unit) {
        return switch (unit) {
            case DAYS -> 36_525;
            case WEEKS -> 5_218;
            case MONTHS -> 1_200;
            case YEARS -> 100;
        };
    }

    public SentenceTerm {
        if (unit == null) {
            throw new IllegalArgumentException("a sentence needs a unit");
        }
        if (length < 1 || length > maxLength(unit)) {
            throw new IllegalArgumentException("must be between 1 and " + maxLength(unit) + " "
                    + unit.name().toLowerCase());
        }
    }

    /** Negative, zero or positive as this term is shorter than, equal to or longer than {@code months}. */
    public int compareToMonths(int months) {
        return switch (unit) {
            case YEARS -> Long.compare(12L * length, months);
            case MONTHS -> Long.compare(length, months);
            // days / (1461 / 48 days a month) vs months  <=>  48 * days vs 1461 * months
            case WEEKS -> Long.compare(48L * 7 * length, 1461L * months);
            case DAYS -> Long.compare(48L * length, 1461L * months);
        };
    }

    /** The term as a calendar period, for a period that is itself the notification period (a discharge). */
    public Period toPeriod() {
        return switch (unit) {
            case DAYS -> Period.ofDays(length);
            case WEEKS -> Period.ofWeeks(length);
            case MONTHS -> Period.ofMonths(length);
            case YEARS -> Period.ofYears(length);
        };
    }

    @Override
    public String toString() {
        return length + " " + unit.name().toLowerCase();
    }
}
