package org.nigehbaan.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date that may be known only to the year or the month, as dates of birth often are
 * ({@code 1984}, {@code 1984-03}, {@code 1984-03-02}). A partial date is not a mismatch with a full one
 * that falls inside it.
 *
 * @param year  the year, always known
 * @param month 1-12, or 0 when unknown
 * @param day   1-31, or 0 when unknown (always 0 when the month is unknown)
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    public static final int MIN_YEAR = 1850;
    public static final int MAX_YEAR = 2200;

    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside " + MIN_YEAR + "-" + MAX_YEAR);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month " + month + " does not exist");
        }
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(String.format("%04d-%02d-%02d is not a real date", year, month, day));
            }
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses ISO-8601 {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
     *
     * @throws IllegalArgumentException with a message a person can act on
     */
    public static PartialDate parse(String raw) {
        Objects.requireNonNull(raw, "date");
        String s = raw.trim();
        String[] parts = s.split("-", -1);
        if (parts.length > 3 || parts[0].length() != 4) {
            throw new IllegalArgumentException("'" + s + "' is not a date: use yyyy-MM-dd, yyyy-MM or yyyy");
        }
        int y = number(parts[0], s);
        int m = parts.length > 1 ? twoDigits(parts[1], s) : 0;
        int d = parts.length > 2 ? twoDigits(parts[2], s) : 0;
        if (parts.length > 1 && m == 0 || parts.length > 2 && d == 0) {
            throw new IllegalArgumentException("'" + s + "' is not a real date");
        }
        return new PartialDate(y, m, d);
    }

    private static int twoDigits(String part, String whole) {
        if (part.length() != 2) {
            throw new IllegalArgumentException("'" + whole + "' is not a date: use yyyy-MM-dd, yyyy-MM or yyyy");
        }
        return number(part, whole);
    }

    private static int number(String part, String whole) {
        for (int i = 0; i < part.length(); i++) {
            if (part.charAt(i) < '0' || part.charAt(i) > '9') {
                throw new IllegalArgumentException("'" + whole + "' is not a date: use yyyy-MM-dd, yyyy-MM or yyyy");
            }
        }
        return Integer.parseInt(part);
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    public boolean isComplete() {
        return day != 0;
    }

    /** The first day this date may denote. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The last day this date may denote. */
    public LocalDate latest() {
        if (month == 0) {
            return LocalDate.of(year, 12, 31);
        }
        return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    /** The full date, or an exception when only part of it is known. */
    public LocalDate toLocalDate() {
        if (!isComplete()) {
            throw new IllegalStateException(this + " is a partial date");
        }
        return LocalDate.of(year, month, day);
    }

    /** True when the two may denote the same day: every known part agrees. */
    public boolean isCompatibleWith(PartialDate other) {
        if (year != other.year) {
            return false;
        }
        if (month == 0 || other.month == 0) {
            return true;
        }
        if (month != other.month) {
            return false;
        }
        return day == 0 || other.day == 0 || day == other.day;
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month, o.month);
        }
        return c != 0 ? c : Integer.compare(day, o.day);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(10).append(year);
        if (month != 0) {
            sb.append(month < 10 ? "-0" : "-").append(month);
            if (day != 0) {
                sb.append(day < 10 ? "-0" : "-").append(day);
            }
        }
        return sb.toString();
    }
}
