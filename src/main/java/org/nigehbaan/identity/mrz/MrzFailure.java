package org.nigehbaan.identity.mrz;

/**
 * One reason an MRZ is not valid.
 *
 * @param field   what failed, as the API names it: a check ({@code document_number}, {@code birth_date},
 *                {@code expiry_date}, {@code personal_number}, {@code composite}), {@code sex}, or
 *                {@code mrz} for the layout itself
 * @param kind    the nature of the failure
 * @param message what is wrong, in words a border officer can act on
 */
public record MrzFailure(String field, Kind kind, String message) {

    public enum Kind {
        /** Wrong number of lines, wrong line width, or a character outside {@code 0-9 A-Z <}. */
        LAYOUT,
        /** A check digit does not match the data it covers. */
        CHECK_DIGIT,
        /** A date field that is not a calendar date (e.g. {@code 880941}), whatever its check digit says. */
        DATE,
        /** A sex field other than M, F, X or {@code <}. */
        SEX
    }
}
