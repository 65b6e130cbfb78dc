package org.nigehbaan.audit;

/**
 * The result of walking the whole audit chain.
 *
 * @param intact        true when every row's hash and link hold
 * @param checked       how many rows were checked
 * @param firstBrokenSeq the sequence number of the first row whose hash or link fails, or null
 * @param problem       what is wrong there, in words, or null
 */
public record ChainVerification(boolean intact, long checked, Long firstBrokenSeq, String problem) {

    public static ChainVerification ok(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    public static ChainVerification broken(long checked, long seq, String problem) {
        return new ChainVerification(false, checked, seq, problem);
    }
}
