package org.nigehbaan.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The chain's head as the application signed it at one moment, with a key kept outside the database. A chain
 * rewritten and re-hashed by someone with database access no longer leads to the hashes signed earlier.
 *
 * @param chainId   the chain (one per database) the head belongs to
 * @param seq       the last row sealed when it was signed
 * @param hash      that row's hash
 * @param signedAt  when it was signed (microseconds)
 * @param keyId     the first 16 hex digits of the SHA-256 of the signing public key
 * @param signature Ed25519 over {@link #material()}, Base64
 */
public record SignedHead(String chainId, long seq, String hash, Instant signedAt, String keyId, String signature) {

    /** The exact bytes signed: {@code nigehbaan-audit-head|v1|<chainId>|<seq>|<hash>|<signedAt>}. */
    public byte[] material() {
        return material(chainId, seq, hash, signedAt);
    }

    public static byte[] material(String chainId, long seq, String hash, Instant signedAt) {
        return ("nigehbaan-audit-head|v1|" + chainId + "|" + seq + "|" + hash + "|" + signedAt)
                .getBytes(StandardCharsets.UTF_8);
    }
}
