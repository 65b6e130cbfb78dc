package org.nigehbaan.register.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.nigehbaan.identity.Violations;

/** Small parsers that record what is wrong against the field the client sent. */
public final class Inputs {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:/._#-]{0,199}");

    private Inputs() {
    }

    /** Trimmed text, or null when blank; records "is required" or "is longer than" problems. */
    public static String text(Violations v, String field, String raw, boolean required, int max) {
        return v.text(field, raw, required, max);
    }

    /** A reference to a record held elsewhere (photo, biometrics): letters, digits and {@code :/._#-}. */
    public static String reference(Violations v, String field, String raw) {
        String s = text(v, field, raw, false, 200);
        if (s != null && !REFERENCE.matcher(s).matches()) {
            v.add(field, "'" + s + "' is not a reference: letters, digits and : / . _ # - only");
            return null;
        }
        return s;
    }

    /** A full ISO date ({@code 2021-03-02}); a partial or impossible date is refused naming the field. */
    public static LocalDate date(Violations v, String field, String raw, boolean required) {
        return v.date(field, raw, required);
    }

    /** A date not after {@code today}. */
    public static LocalDate pastDate(Violations v, String field, String raw, boolean required, LocalDate today) {
        LocalDate d = date(v, field, raw, required);
        if (d != null && d.isAfter(today)) {
            v.add(field, d + " is in the future");
            return null;
        }
        return d;
    }

    public static LocalTime time(Violations v, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(raw.strip());
        } catch (DateTimeParseException e) {
            v.add(field, "'" + raw.strip() + "' is not a time: use HH:mm (24-hour)");
            return null;
        }
    }

    public static LocalDateTime dateTime(Violations v, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(raw.strip());
        } catch (DateTimeParseException e) {
            v.add(field, "'" + raw.strip() + "' is not a date and time: use yyyy-MM-ddTHH:mm");
            return null;
        }
    }
}
