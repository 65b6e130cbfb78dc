package org.nigehbaan.identity;

/**
 * A Pakistani Computerised National Identity Card (CNIC/NICOP) number: 13 digits written
 * {@code #####-#######-#}, or an old 11-digit NIC number ({@code ###-##-######}). There is no checksum;
 * the first digit is the province and the last digit's parity the holder's sex (odd male, even female).
 *
 * @param digits the number without separators: 13 digits, or 11 for a legacy NIC
 */
public record Cnic(String digits) {

    private static final java.util.regex.Pattern DASHED = java.util.regex.Pattern.compile("\\d{5}-\\d{7}-\\d");

    public Cnic {
        if (digits == null || !(digits.length() == 13 || digits.length() == 11) || !allDigits(digits)) {
            throw new IllegalArgumentException("a CNIC has 13 digits (#####-#######-#), an old NIC 11");
        }
        if (digits.length() == 13 && digits.charAt(0) == '0') {
            throw new IllegalArgumentException("a CNIC never starts with 0 (the first digit is the province)");
        }
    }

    /**
     * Accepts the number with or without dashes and spaces: {@code 35202-1234567-1}, {@code 3520212345671},
     * {@code 352021234567 1}; an old NIC as {@code 123-45-678901} or 11 digits.
     */
    public static Cnic parse(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("a CNIC is required");
        }
        StringBuilder sb = new StringBuilder(13);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            } else if (c != '-' && c != ' ' && c != '\u2010' && c != '\u2013') {
                throw new IllegalArgumentException("'" + raw.trim() + "' is not a CNIC: only digits and dashes, "
                        + "as #####-#######-#");
            }
        }
        if (sb.length() == 13) {
            String s = raw.trim();
            if (s.indexOf('-') >= 0 && !DASHED.matcher(s).matches()) {
                throw new IllegalArgumentException("'" + s + "' has its dashes in the wrong place: use #####-#######-#");
            }
        }
        return new Cnic(sb.toString());
    }

    public boolean isLegacyNic() {
        return digits.length() == 11;
    }

    /** {@code 35202-1234567-1}, or {@code 123-45-678901} for an old NIC. */
    public String formatted() {
        if (isLegacyNic()) {
            return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
        }
        return digits.substring(0, 5) + "-" + digits.substring(5, 12) + "-" + digits.substring(12);
    }

    /** The sex the last digit implies (odd male, even female); {@code null} for an old NIC. */
    public Gender impliedGender() {
        if (isLegacyNic()) {
            return null;
        }
        return (digits.charAt(12) - '0') % 2 == 1 ? Gender.M : Gender.F;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return formatted();
    }
}
