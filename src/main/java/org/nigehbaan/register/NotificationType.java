package org.nigehbaan.register;

import java.util.Arrays;
import java.util.Locale;

/** What a registrant notified in person. */
public enum NotificationType {
    /** The first notification after duties start. */
    INITIAL,
    /** A change of name, identity details or address. */
    CHANGE,
    /** The periodic re-notification or verification. */
    PERIODIC,
    /** Foreign travel (recorded through the travel endpoint). */
    TRAVEL;

    public static NotificationType parse(String raw) {
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("'" + raw + "' is not a notification type: use one of "
                    + Arrays.toString(new NotificationType[] {INITIAL, CHANGE, PERIODIC}));
        }
    }
}
