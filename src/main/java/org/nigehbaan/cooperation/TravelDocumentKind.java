package org.nigehbaan.cooperation;

import java.util.Locale;

/** The document a returnee travels on. */
public enum TravelDocumentKind {
    PASSPORT, EMERGENCY_TRAVEL_DOCUMENT;

    public static TravelDocumentKind parse(String raw) {
        try {
            return valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + raw.trim() + "' is not a travel document kind: use PASSPORT or "
                    + "EMERGENCY_TRAVEL_DOCUMENT");
        }
    }
}
