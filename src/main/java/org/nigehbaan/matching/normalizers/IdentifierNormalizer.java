package org.nigehbaan.matching.normalizers;

import java.util.Locale;

import org.nigehbaan.identity.Cnic;
import org.nigehbaan.identity.PassportNumber;

/**
 * Document numbers and CNICs to the form they are compared in: upper-case letters and digits only
 * (dashes, spaces, slashes and MRZ fillers gone). An old 11-digit NIC and a CNIC never compare equal:
 * there is no published mapping between them, so only like with like.
 */
public final class IdentifierNormalizer {

    private IdentifierNormalizer() {
    }

    public static String document(PassportNumber p) {
        return p == null ? null : document(p.value());
    }

    /** Letters and digits, upper case; a leading run of zeros in an all-digit number is dropped. */
    public static String document(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = Character.toUpperCase(raw.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        String s = sb.toString();
        if (!s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
            s = s.replaceFirst("^0+(?=.)", "");
        }
        return s.isEmpty() ? null : s.toUpperCase(Locale.ROOT);
    }

    public static String cnic(Cnic c) {
        return c == null ? null : c.digits();
    }
}
