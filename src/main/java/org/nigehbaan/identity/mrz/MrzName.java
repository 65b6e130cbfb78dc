package org.nigehbaan.identity.mrz;

import java.util.Objects;

/**
 * The name field of an MRZ: the primary identifier (surname), {@code <<}, the secondary identifier (given
 * names), components joined by {@code <}, filled with {@code <} to the end of the field (ICAO 9303 Part 3
 * §4.6). Fillers become spaces here.
 *
 * @param primaryIdentifier   the part before the first {@code <<}, fillers as spaces, trimmed; empty when the
 *                            holder has only given names (the field then starts with {@code <<})
 * @param secondaryIdentifier the part after the first {@code <<}, fillers as spaces, trimmed; an inner
 *                            {@code <<} stays as two spaces, as written
 * @param possiblyTruncated   true when the field is used to its last position: the issuer may have cut the
 *                            name to fit (Part 3 §4.6.5), so a longer name elsewhere is not a mismatch
 */
public record MrzName(String primaryIdentifier, String secondaryIdentifier, boolean possiblyTruncated) {

    public MrzName {
        Objects.requireNonNull(primaryIdentifier, "primaryIdentifier");
        Objects.requireNonNull(secondaryIdentifier, "secondaryIdentifier");
    }

    /** Reads a name field exactly as it stands in the MRZ (upper case, {@code <} fillers). */
    public static MrzName parse(String field) {
        Objects.requireNonNull(field, "field");
        int split = field.indexOf("<<");
        String primary = split < 0 ? field : field.substring(0, split);
        String secondary = split < 0 ? "" : field.substring(split + 2);
        boolean truncated = !field.isEmpty() && field.charAt(field.length() - 1) != '<';
        return new MrzName(spaced(primary), spaced(secondary), truncated);
    }

    private static String spaced(String part) {
        return part.replace('<', ' ').trim();
    }

    /** Given names then surname, as a person would write it: {@code ANNA MARIA ERIKSSON}. */
    public String fullName() {
        if (secondaryIdentifier.isEmpty()) {
            return primaryIdentifier;
        }
        if (primaryIdentifier.isEmpty()) {
            return secondaryIdentifier;
        }
        return secondaryIdentifier + " " + primaryIdentifier;
    }
}
