package org.nigehbaan.identity.mrz;

/**
 * The ICAO 9303 Part 3 check digit: characters valued {@code 0-9} as themselves, {@code A-Z} as 10-35 and
 * the filler {@code <} as 0, multiplied by the repeating weights 7, 3, 1, summed, modulo 10.
 */
public final class MrzCheckDigit {

    private static final int[] WEIGHTS = {7, 3, 1};

    private MrzCheckDigit() {
    }

    /** The check digit over the whole of {@code data}, as the character {@code '0'..'9'}. */
    public static char of(CharSequence data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            sum += value(data.charAt(i)) * WEIGHTS[i % 3];
        }
        return (char) ('0' + sum % 10);
    }

    /** The numeric value of one MRZ character; anything outside {@code 0-9 A-Z <} is refused. */
    public static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c == '<') {
            return 0;
        }
        throw new IllegalArgumentException("'" + c + "' is not an MRZ character (0-9, A-Z, <)");
    }

    /** True for the 37 characters an MRZ may hold. */
    public static boolean isMrzCharacter(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '<';
    }
}
