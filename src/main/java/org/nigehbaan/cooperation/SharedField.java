package org.nigehbaan.cooperation;

import java.util.Locale;

/**
 * The groups of a case's fields an officer may share with the UK. A shared case always shows its reference,
 * type, direction, status, authorities, dates, clocks and the steps of its timeline (without notes or names);
 * these groups add the rest.
 */
public enum SharedField {
    /** The persons the case is about. */
    SUBJECTS,
    /** The free-text summary of the request. */
    SUMMARY,
    /** The type's own facts: offence, extradition arrangement and assurances, conviction records, return details. */
    DETAILS,
    /** The message thread and its attachments; the UK may post to it. */
    THREAD;

    public static SharedField parse(String raw) {
        try {
            return valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + raw.trim() + "' is not a shareable field group: use one of "
                    + java.util.Arrays.toString(values()));
        }
    }
}
