package org.nigehbaan.childprotection.internal;

import java.security.SecureRandom;

/**
 * Report references such as {@code CR-7KQ2-M9XD-3PHT}: 60 random bits in Crockford's base32 (no I, L, O, U), so a
 * reference given to a member of the public cannot be guessed from another one.
 */
public final class ReferenceGenerator {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceGenerator() {
    }

    public static String next() {
        long bits = RANDOM.nextLong();
        StringBuilder sb = new StringBuilder("CR-");
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET[(int) (bits & 31)]);
            bits >>>= 5;
        }
        return sb.toString();
    }

    /** The canonical form of a reference someone typed: upper case, O as 0, I and L as 1, dashes where they go. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().toUpperCase(java.util.Locale.ROOT).replace('O', '0').replace('I', '1').replace('L', '1')
                .replaceAll("[^0-9A-Z]", "");
        if (s.startsWith("CR")) {
            s = s.substring(2);
        }
        if (s.length() != 12) {
            return raw.strip();
        }
        return "CR-" + s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8);
    }
}
