package org.nigehbaan.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.identity.Violations;

/**
 * The period a module's figures cover: whole calendar days from {@code from} to {@code to}, both included,
 * counted in Pakistan time (the programme reports in Pakistan's calendar days). Every module's
 * {@code figures(ReportingPeriod, Actor)} takes one, so the delivery unit can put them side by side.
 *
 * @param from the first day counted
 * @param to   the last day counted (not before {@code from})
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {

    /** The calendar the programme reports in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Karachi");
    /** The longest period one request may ask for. */
    public static final int MAX_DAYS = 3_700;

    public ReportingPeriod {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a reporting period needs both its first and last day");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a reporting period cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    /**
     * Parses the {@code from} and {@code to} request parameters (ISO dates); either may be omitted: the period
     * then runs from the first day of the current year, or to today.
     *
     * @throws InvalidInputException naming {@code from} or {@code to}
     */
    public static ReportingPeriod parse(String from, String to, LocalDate today) {
        Violations v = new Violations();
        LocalDate f = v.date("from", from, false);
        LocalDate t = v.date("to", to, false);
        v.throwIfAny();
        f = f == null ? today.withDayOfYear(1) : f;
        t = t == null ? today : t;
        if (t.isBefore(f)) {
            throw new InvalidInputException("to", "must not be before from (" + f + ")");
        }
        if (ChronoUnit.DAYS.between(f, t) >= MAX_DAYS) {
            throw new InvalidInputException("to", "a period may span at most " + MAX_DAYS + " days");
        }
        return new ReportingPeriod(f, t);
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after the period (exclusive upper bound for queries). */
    public Instant endExclusive() {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(endExclusive());
    }

    /** How many days the period counts. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
