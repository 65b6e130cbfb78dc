package org.nigehbaan.identity;

import java.util.Locale;

/**
 * A travel document number, normalised for comparison: upper case, without spaces, dashes or MRZ fillers.
 * Pakistani passports are 2 letters + 7 digits, UK passports 9 digits; other issuers vary, so any
 * 5 to 20 letters and digits are accepted.
 */
public record PassportNumber(String value) {

    public PassportNumber {
        if (value == null || value.length() < 5 || value.length() > 20 || !value.chars().allMatch(PassportNumber::isAlnum)) {
            throw new IllegalArgumentException("a passport number has 5 to 20 letters and digits");
        }
    }

    public static PassportNumber parse(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("a passport number is required");
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = Character.toUpperCase(raw.charAt(i));
            if (c == ' ' || c == '-' || c == '<' || c == '/') {
                continue;
            }
            if (!isAlnum(c)) {
                throw new IllegalArgumentException("'" + raw.trim() + "' is not a passport number: letters and digits only");
            }
            sb.append(c);
        }
        String v = sb.toString();
        if (v.length() < 5 || v.length() > 20) {
            throw new IllegalArgumentException("'" + raw.trim() + "' is not a passport number: 5 to 20 letters and digits");
        }
        return new PassportNumber(v.toUpperCase(Locale.ROOT));
    }

    /** Pakistani passport pattern: two letters then seven digits ({@code AB1234567}). */
    public boolean looksPakistani() {
        return value.matches("[A-Z]{2}\\d{7}");
    }

    private static boolean isAlnum(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    @Override
    public String toString() {
        return value;
    }
}
