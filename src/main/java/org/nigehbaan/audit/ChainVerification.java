package org.nigehbaan.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * The result of walking the audit chain and checking it against the signed heads.
 *
 * @param intact         true when every row's hash and link hold and the chain leads to every signed head
 * @param checked        how many rows were checked
 * @param firstBrokenSeq the first row that fails, or (for a chain rewritten and re-hashed) the first row after
 *                       the last signed head it still matches; null when intact
 * @param problem        what is wrong there, in words, or null
 * @param signedHeads    how many signed heads (with valid signatures) the chain was checked against
 * @param lastSignedSeq  the last row covered by a signed head, or null when none is
 * @param lastSignedAt   when that head was signed, or null
 */
public record ChainVerification(boolean intact, long checked, Long firstBrokenSeq, String problem, int signedHeads,
                                Long lastSignedSeq, Instant lastSignedAt) {

    public static ChainVerification ok(long checked, int signedHeads, Long lastSignedSeq, Instant lastSignedAt) {
        return new ChainVerification(true, checked, null, null, signedHeads, lastSignedSeq, lastSignedAt);
    }

    public static ChainVerification broken(long checked, long seq, String problem, int signedHeads,
                                           Long lastSignedSeq, Instant lastSignedAt) {
        return new ChainVerification(false, checked, seq, problem, signedHeads, lastSignedSeq, lastSignedAt);
    }

    /** API.md's name for {@link #intact()}. */
    @JsonProperty("valid")
    public boolean valid() {
        return intact;
    }
}
