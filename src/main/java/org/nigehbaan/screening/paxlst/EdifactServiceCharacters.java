package org.nigehbaan.screening.paxlst;

/**
 * The six service characters of a UN/EDIFACT interchange, as a {@code UNA} service string advice declares
 * them (ISO 9735: {@code UNA} followed by component separator, element separator, decimal mark, release
 * character, repetition separator (reserved in syntax 3), segment terminator). A space as release or
 * repetition character means "not used".
 */
public record EdifactServiceCharacters(char component, char element, char decimal, char release, char repetition,
                                       char terminator) {

    /** The defaults that apply without a UNA: {@code UNA:+.? '}. */
    public static final EdifactServiceCharacters DEFAULT = new EdifactServiceCharacters(':', '+', '.', '?', ' ', '\'');

    public EdifactServiceCharacters {
        check(component, "component separator");
        check(element, "element separator");
        check(terminator, "segment terminator");
        if (component == element || component == terminator || element == terminator) {
            throw new IllegalArgumentException("component separator, element separator and segment terminator must differ");
        }
        if (release != ' ') {
            check(release, "release character");
            if (release == component || release == element || release == terminator) {
                throw new IllegalArgumentException("the release character must differ from the separators");
            }
        }
        if (repetition != ' ') {
            check(repetition, "repetition separator");
            if (repetition == component || repetition == element || repetition == terminator || repetition == release) {
                throw new IllegalArgumentException("the repetition separator must differ from the other service characters");
            }
        }
    }

    /**
     * Reads a service string advice: {@code UNA} and the six characters.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static EdifactServiceCharacters fromUna(CharSequence una) {
        if (una == null || una.length() < 9 || !"UNA".contentEquals(una.subSequence(0, 3))) {
            throw new IllegalArgumentException("a service string advice is UNA followed by six characters");
        }
        return new EdifactServiceCharacters(una.charAt(3), una.charAt(4), una.charAt(5), una.charAt(6), una.charAt(7),
                una.charAt(8));
    }

    public boolean hasRelease() {
        return release != ' ';
    }

    public boolean hasRepetition() {
        return repetition != ' ';
    }

    /** The advice as it would be written: {@code UNA:+.? '}. */
    public String toUna() {
        return "UNA" + component + element + decimal + release + repetition + terminator;
    }

    private static void check(char c, String what) {
        if (c > 0x7E || c < 0x20 && c != '\n' && c != '\r' || c == ' ' || Character.isLetterOrDigit(c)) {
            throw new IllegalArgumentException("'" + c + "' cannot be the " + what);
        }
    }
}
