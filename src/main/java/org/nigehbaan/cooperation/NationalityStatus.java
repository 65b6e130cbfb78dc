package org.nigehbaan.cooperation;

import java.util.Locale;

/** The outcome of verifying a returnee's nationality (for Pakistan, through NADRA). */
public enum NationalityStatus {
    PENDING, VERIFIED, NOT_VERIFIED;

    public static NationalityStatus parse(String raw) {
        try {
            return valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + raw.trim() + "' is not a verification outcome: use VERIFIED or "
                    + "NOT_VERIFIED");
        }
    }
}
