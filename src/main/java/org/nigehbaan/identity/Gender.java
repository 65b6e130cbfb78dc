package org.nigehbaan.identity;

import java.util.Locale;

/** Sex as recorded on identity documents (ICAO 9303: M, F, or X for unspecified). */
public enum Gender {
    M, F, X;

    /** Accepts M/F/X and the common words; rejects anything else with a message naming what is allowed. */
    public static Gender parse(String raw) {
        String s = raw.trim().toUpperCase(Locale.ROOT);
        switch (s) {
            case "M", "MALE" -> {
                return M;
            }
            case "F", "FEMALE" -> {
                return F;
            }
            case "X", "<", "U", "UNSPECIFIED" -> {
                return X;
            }
            default -> throw new IllegalArgumentException("'" + raw.trim() + "' is not a gender: use M, F or X");
        }
    }

    /** Two recorded genders conflict only when both are known (M or F) and differ. */
    public boolean conflictsWith(Gender other) {
        return other != null && this != X && other != X && this != other;
    }
}
