package org.nigehbaan.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The chain's hash: SHA-256 over the previous row's hash and every field of the row, separated by the ASCII
 * unit separator so that no field can bleed into the next. The request context (client address, user agent,
 * outcome) was added later: a row that carries any of it hashes it too, after the original fields, so rows
 * written before it existed keep their hashes.
 */
final class AuditHasher {

    static final char SEP = '\u001F';

    private AuditHasher() {
    }

    static String hash(String prevHash, long seq, Instant occurredAt, String actor, String action,
                       String targetType, String targetId, String details, String clientAddress, String userAgent,
                       String outcome) {
        String material = prevHash + SEP + seq + SEP + occurredAt + SEP + actor + SEP + action + SEP + targetType
                + SEP + (targetId == null ? "" : targetId) + SEP + details;
        if (clientAddress != null || userAgent != null || outcome != null) {
            material += SEP + nullToEmpty(clientAddress) + SEP + nullToEmpty(userAgent) + SEP + nullToEmpty(outcome);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(material.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
