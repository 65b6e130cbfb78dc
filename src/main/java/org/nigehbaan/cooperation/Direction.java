package org.nigehbaan.cooperation;

import java.util.Locale;

/** Who asks: Pakistan (OUTGOING) or the UK (INCOMING). */
public enum Direction {
    /** Pakistan asks the UK; the clocks measure the UK's handling, which the officer records and chases. */
    OUTGOING("OUT"),
    /** The UK asks Pakistan; the clocks measure our own handling. */
    INCOMING("IN");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Direction parse(String raw) {
        try {
            return valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + raw.trim() + "' is not a direction: use OUTGOING or INCOMING");
        }
    }
}
