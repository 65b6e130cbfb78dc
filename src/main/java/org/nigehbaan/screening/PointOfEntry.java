package org.nigehbaan.screening;

import java.util.Locale;

/**
 * The point of entry a screening's location belongs to: the location's first part, upper case
 * ({@code ISB-T1-C07} → {@code ISB}, {@code torkham counter 2} → {@code TORKHAM}); {@code UNSPECIFIED} when no
 * location was given. Figures are counted per point, not per counter. The V10 migration's backfill computes the
 * same in SQL.
 */
public final class PointOfEntry {

    public static final String UNSPECIFIED = "UNSPECIFIED";

    private PointOfEntry() {
    }

    public static String of(String location) {
        if (location == null || location.isBlank()) {
            return UNSPECIFIED;
        }
        String first = location.strip().split("[\\s/_-]+", 2)[0].toUpperCase(Locale.ROOT);
        if (first.isEmpty()) {
            return UNSPECIFIED;
        }
        return first.length() > 20 ? first.substring(0, 20) : first;
    }
}
