package org.nigehbaan.identity.mrz;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.nigehbaan.identity.PartialDate;

/**
 * Two-digit-year dates as MRZs (and airline manifests) write them, {@code YYMMDD}, resolved against a
 * reference date that the caller takes from its {@link java.time.Clock}.
 *
 * <ul>
 *   <li><b>Birth dates</b> are never in the future: the century is the latest one that puts the date on or
 *       before the reference date ({@code 251007} read on 2026-03-01 is 2025-10-07; {@code 260401} is
 *       1926-04-01). A person over 100 is therefore read a century too young: the MRZ cannot say better.
 *       ICAO lets an unknown month or day be written {@code <<}; that gives a partial date.</li>
 *   <li><b>Expiry dates</b> (and visa "valid until" dates) fall in a 100-year window from 49 years before to
 *       50 years after the reference year: read in 2026, {@code 00}-{@code 76} are 2000-2076 and
 *       {@code 77}-{@code 99} are 1977-1999. Documents are valid at most about 10 years, so an old expired
 *       document reads as expired rather than as valid for 70 more years.</li>
 * </ul>
 */
public final class MrzDates {

    /** How far after the reference year an expiry date may lie before it is read in the previous century. */
    public static final int EXPIRY_YEARS_AHEAD = 50;

    private MrzDates() {
    }

    /**
     * @throws IllegalArgumentException when {@code yymmdd} is not a date, saying why
     */
    public static PartialDate birthDate(String yymmdd, LocalDate reference) {
        int[] ymd = fields(yymmdd, true);
        int year = century(reference.getYear()) + ymd[0];
        PartialDate candidate = partial(yymmdd, year, ymd[1], ymd[2]);
        if (candidate.earliest().isAfter(reference)) {
            candidate = partial(yymmdd, year - 100, ymd[1], ymd[2]);
        }
        return candidate;
    }

    /**
     * @throws IllegalArgumentException when {@code yymmdd} is not a full calendar date, saying why
     */
    public static LocalDate expiryDate(String yymmdd, LocalDate reference) {
        int[] ymd = fields(yymmdd, false);
        int year = century(reference.getYear()) + ymd[0];
        if (year > reference.getYear() + EXPIRY_YEARS_AHEAD) {
            year -= 100;
        } else if (year <= reference.getYear() + EXPIRY_YEARS_AHEAD - 100) {
            year += 100;
        }
        try {
            return LocalDate.of(year, ymd[1], ymd[2]);
        } catch (DateTimeException e) {
            throw notADate(yymmdd, "there is no such day");
        }
    }

    private static int century(int year) {
        return year / 100 * 100;
    }

    private static PartialDate partial(String raw, int year, int month, int day) {
        try {
            return new PartialDate(year, month, day);
        } catch (IllegalArgumentException e) {
            throw notADate(raw, "there is no such day");
        }
    }

    /** {year, month or 0, day or 0}; unknown parts ({@code <<}) only when allowed. */
    private static int[] fields(String raw, boolean unknownAllowed) {
        if (raw == null || raw.length() != 6) {
            throw notADate(raw, "a date has 6 characters");
        }
        int yy = twoDigits(raw, 0, false);
        int mm = twoDigits(raw, 2, unknownAllowed);
        int dd = twoDigits(raw, 4, unknownAllowed);
        if (mm == 0 && dd != 0) {
            throw notADate(raw, "a day needs a month");
        }
        if (mm > 12) {
            throw notADate(raw, "there is no month " + mm);
        }
        if (dd > 31) {
            throw notADate(raw, "there is no day " + dd);
        }
        return new int[] {yy, mm, dd};
    }

    /** The value of two digits, or 0 for {@code <<} when unknown parts are allowed; refuses {@code 00}. */
    private static int twoDigits(String raw, int at, boolean unknownAllowed) {
        char a = raw.charAt(at);
        char b = raw.charAt(at + 1);
        if (unknownAllowed && a == '<' && b == '<') {
            return 0;
        }
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            throw notADate(raw, "use digits YYMMDD");
        }
        int v = (a - '0') * 10 + (b - '0');
        if (v == 0 && at > 0) {
            throw notADate(raw, at == 2 ? "there is no month 00" : "there is no day 00");
        }
        return v;
    }

    private static IllegalArgumentException notADate(String raw, String why) {
        return new IllegalArgumentException("'" + raw + "' is not a date: " + why);
    }
}
