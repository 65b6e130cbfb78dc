package org.nigehbaan.common;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One published programme figure (DOMAIN.md, "Delivery unit"): a count, a share or a median, or {@code "<5"}
 * when fewer than five cases stand behind it. This is the one place small numbers are suppressed: every
 * module's figures are built from these factories, so the API, the pages and the exports can only show what
 * survived them, and the true small number never leaves the module that counted it.
 *
 * <ul>
 *   <li>a count under 5 (zero included, so that "none" and "a few" cannot be told apart) is {@code "<5"};</li>
 *   <li>a share {@code part / whole} is published only when both the part and the rest ({@code whole - part})
 *       are at least 5: otherwise the share, beside its whole, would give the small number away;</li>
 *   <li>a median over fewer than 5 values is {@code "<5"}.</li>
 * </ul>
 * A figure with nothing to measure (a share of nothing, a median of no values) is "not applicable": JSON
 * {@code null}, shown as a dash.
 */
public final class Figure {

    /** The smallest number of cases a figure may rest on. */
    public static final int SMALLEST_PUBLISHED = 5;
    /** How a suppressed figure is written on every surface. */
    public static final String SUPPRESSED = "<5";

    public enum Kind {
        /** How many. */
        COUNT,
        /** A proportion in [0, 1] (four decimals). */
        SHARE,
        /** The middle value of a distribution (one decimal), e.g. days or minutes. */
        MEDIAN
    }

    private static final Figure SUPPRESSED_COUNT = new Figure(Kind.COUNT, null, true);

    private final Kind kind;
    private final BigDecimal value;
    private final boolean suppressed;

    private Figure(Kind kind, BigDecimal value, boolean suppressed) {
        this.kind = kind;
        this.value = value;
        this.suppressed = suppressed;
    }

    public static Figure count(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + n);
        }
        return n < SMALLEST_PUBLISHED ? SUPPRESSED_COUNT : new Figure(Kind.COUNT, BigDecimal.valueOf(n), false);
    }

    /** {@code part} of {@code whole}; not applicable when {@code whole} is 0. */
    public static Figure share(long part, long whole) {
        if (part < 0 || part > whole) {
            throw new IllegalArgumentException("a share needs 0 <= part <= whole, not " + part + " of " + whole);
        }
        if (whole == 0) {
            return new Figure(Kind.SHARE, null, false);
        }
        if (part < SMALLEST_PUBLISHED || whole - part < SMALLEST_PUBLISHED) {
            return new Figure(Kind.SHARE, null, true);
        }
        return new Figure(Kind.SHARE, BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP),
                false);
    }

    /** A median already computed (e.g. by the database) over {@code over} values. */
    public static Figure median(double median, long over) {
        if (over == 0) {
            return new Figure(Kind.MEDIAN, null, false);
        }
        if (over < SMALLEST_PUBLISHED) {
            return new Figure(Kind.MEDIAN, null, true);
        }
        return new Figure(Kind.MEDIAN, BigDecimal.valueOf(median).setScale(1, RoundingMode.HALF_UP), false);
    }

    /** The median of {@code values} (the mean of the middle two when their number is even). */
    public static Figure median(long[] values) {
        if (values.length == 0) {
            return median(0, 0);
        }
        long[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        double m = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
        return median(m, n);
    }

    public Kind kind() {
        return kind;
    }

    /** True when fewer than five cases stand behind it. */
    public boolean suppressed() {
        return suppressed;
    }

    /** True when there was nothing to measure. */
    public boolean notApplicable() {
        return value == null && !suppressed;
    }

    /** The published value; empty when suppressed or not applicable. */
    public OptionalDouble value() {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value.doubleValue());
    }

    /** How the API writes it: a number, {@code "<5"}, or null. */
    @JsonValue
    public Object json() {
        if (suppressed) {
            return SUPPRESSED;
        }
        if (value == null) {
            return null;
        }
        return kind == Kind.COUNT ? (Object) value.longValueExact() : value;
    }

    /**
     * How pages and exports write it: {@code 1234}, {@code 12.5%}, {@code 3.5}, {@code <5}, or {@code -} when
     * not applicable. Locale-free, so an export is the same bytes wherever it is made.
     */
    public String text() {
        if (suppressed) {
            return SUPPRESSED;
        }
        if (value == null) {
            return "-";
        }
        return switch (kind) {
            case COUNT -> value.toPlainString();
            case SHARE -> value.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
            case MEDIAN -> value.toPlainString();
        };
    }

    @Override
    public String toString() {
        return text();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figure f && kind == f.kind && suppressed == f.suppressed && Objects.equals(value, f.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value, suppressed);
    }
}
