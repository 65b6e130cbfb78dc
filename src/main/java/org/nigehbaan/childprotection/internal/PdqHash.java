package org.nigehbaan.childprotection.internal;

/**
 * A PDQ hash (Meta's perceptual hash: 256 bits, written as 64 hex digits) as four 64-bit words, and the Hamming
 * distance between two. Two images are taken as the same picture at a distance of 31 or less (DOMAIN.md).
 */
public final class PdqHash {

    /** The distance at or under which two PDQ hashes are taken as the same picture. */
    public static final int MATCH_DISTANCE = 31;
    public static final int HEX_LENGTH = 64;

    private PdqHash() {
    }

    /** True for exactly 64 hex digits (either case). */
    public static boolean isValid(String hex) {
        if (hex == null || hex.length() != HEX_LENGTH) {
            return false;
        }
        for (int i = 0; i < HEX_LENGTH; i++) {
            if (Character.digit(hex.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The four words, the first 16 hex digits in word 0. */
    public static long[] parse(String hex) {
        if (!isValid(hex)) {
            throw new IllegalArgumentException("a PDQ hash is 64 hex digits");
        }
        long[] w = new long[4];
        for (int i = 0; i < 4; i++) {
            w[i] = Long.parseUnsignedLong(hex.substring(i * 16, i * 16 + 16), 16);
        }
        return w;
    }

    public static String hex(long w0, long w1, long w2, long w3) {
        return String.format("%016x%016x%016x%016x", w0, w1, w2, w3);
    }

    public static int distance(long[] a, long[] b) {
        return Long.bitCount(a[0] ^ b[0]) + Long.bitCount(a[1] ^ b[1]) + Long.bitCount(a[2] ^ b[2])
                + Long.bitCount(a[3] ^ b[3]);
    }
}
