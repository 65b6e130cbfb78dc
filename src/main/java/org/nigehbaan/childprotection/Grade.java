package org.nigehbaan.childprotection;

/**
 * How urgent a report is (DOMAIN.md, default grading); each grade has a deadline, configurable in
 * {@code nigehbaan.child-reports.deadlines}. Declared most urgent first.
 */
public enum Grade {
    /** Imminent danger or live abuse: action within 1 hour. */
    VERY_HIGH,
    /** Sextortion, grooming with contact, a victim under 13: 24 hours. */
    HIGH,
    /** 7 days. */
    MEDIUM,
    /** 30 days. */
    LOW;

    /** The more urgent of the two. */
    public Grade max(Grade other) {
        return other == null || ordinal() <= other.ordinal() ? this : other;
    }
}
