package org.nigehbaan.register;

import java.util.Arrays;
import java.util.Locale;

/** The unit a sentence or discharge period is expressed in, as the court wrote it. */
public enum SentenceUnit {
    DAYS, WEEKS, MONTHS, YEARS;

    public static SentenceUnit parse(String raw) {
        String s = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (!s.isEmpty() && !s.endsWith("S")) {
            s = s + "S"; // YEAR -> YEARS
        }
        try {
            return valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + raw + "' is not a sentence unit: use one of "
                    + Arrays.toString(values()));
        }
    }
}
