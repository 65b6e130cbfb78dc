package org.nigehbaan.audit.internal;

import java.time.Instant;
import org.nigehbaan.audit.AuditEntry;
import org.nigehbaan.audit.AuditRecord;
import org.nigehbaan.audit.ChainHead;
import org.nigehbaan.audit.ChainVerification;

/** The rules of the chain: how a row is sealed, and how a sequence of rows is checked. */
public final class AuditChain {

    /** The hash every chain starts from. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** Seals a record whose client address, user agent and outcome are already filled in (or deliberately null). */
    public static AuditEntry seal(long seq, String prevHash, Instant at, AuditRecord r) {
        String details = CanonicalJson.write(r.details());
        String hash = AuditHasher.hash(prevHash, seq, at, r.actor(), r.action(), r.targetType(), r.targetId(), details,
                r.clientAddress(), r.userAgent(), r.outcome());
        return new AuditEntry(seq, at, r.actor(), r.action(), r.targetType(), r.targetId(), details,
                r.clientAddress(), r.userAgent(), r.outcome(), prevHash, hash);
    }

    /** Checks rows fed in sequence order; stops judging at the first failure. */
    public static final class Verifier {
        private long expectedSeq = 1;
        private String prevHash = GENESIS;
        private long checked;
        private ChainVerification failure;

        public boolean isIntact() {
            return failure == null;
        }

        public void accept(AuditEntry e) {
            if (failure != null) {
                return;
            }
            checked++;
            if (e.seq() != expectedSeq) {
                failure = ChainVerification.broken(checked, expectedSeq,
                        "row " + expectedSeq + " is missing (next row found is " + e.seq() + ")");
                return;
            }
            if (!e.prevHash().equals(prevHash)) {
                failure = ChainVerification.broken(checked, e.seq(), "row " + e.seq()
                        + " does not link to the hash of the row before it");
                return;
            }
            String recomputed = AuditHasher.hash(e.prevHash(), e.seq(), e.occurredAt(), e.actor(), e.action(),
                    e.targetType(), e.targetId(), e.details(), e.clientAddress(), e.userAgent(), e.outcome());
            if (!recomputed.equals(e.hash())) {
                failure = ChainVerification.broken(checked, e.seq(), "row " + e.seq()
                        + " was altered after it was written (its content no longer matches its hash)");
                return;
            }
            prevHash = e.hash();
            expectedSeq++;
        }

        public ChainVerification finish(ChainHead head) {
            if (failure != null) {
                return failure;
            }
            long last = expectedSeq - 1;
            if (head.seq() != last || !head.hash().equals(prevHash)) {
                return ChainVerification.broken(checked, last + 1, "the chain head says " + head.seq()
                        + " rows but " + last + " rows link up: rows at the end were removed or replaced");
            }
            return ChainVerification.ok(checked);
        }
    }
}
