package org.nigehbaan.audit.internal;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.nigehbaan.audit.AuditEntry;
import org.nigehbaan.audit.AuditRecord;
import org.nigehbaan.audit.ChainHead;
import org.nigehbaan.audit.ChainVerification;
import org.nigehbaan.audit.SignedHead;

/** The rules of the chain: how a row is sealed, and how a sequence of rows is checked. Plain Java. */
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

    /** The hash a stored row should carry, recomputed from its content and its link. */
    public static String rehash(AuditEntry e) {
        return AuditHasher.hash(e.prevHash(), e.seq(), e.occurredAt(), e.actor(), e.action(), e.targetType(),
                e.targetId(), e.details(), e.clientAddress(), e.userAgent(), e.outcome());
    }

    /**
     * Checks rows fed in sequence order, and that they lead to every signed head among them; stops judging at
     * the first failure. A row altered in place fails its own hash; a chain rewritten from some row on and
     * re-hashed to the end links up, but no longer reaches the hashes signed before the rewrite: the break lies
     * after the last signed head it still matches.
     */
    public static final class Verifier {
        private long expectedSeq;
        private String prevHash;
        private final long firstSeq;
        private long checked;
        private ChainVerification failure;
        private final TreeMap<Long, SignedHead> signed = new TreeMap<>();
        private SignedHead lastCovered;
        private int matchedHeads;

        /** A verifier of a whole chain, from row 1. */
        public Verifier(Collection<SignedHead> heads, PublicKey key) {
            this(1, GENESIS, heads, key);
        }

        /**
         * A verifier of a stretch of the chain starting at row {@code firstSeq}, whose link to the row before is
         * taken as given (an export for a period).
         */
        public Verifier(long firstSeq, String prevHash, Collection<SignedHead> heads, PublicKey key) {
            this.firstSeq = firstSeq;
            this.expectedSeq = firstSeq;
            this.prevHash = prevHash;
            String keyId = key == null ? null : SigningKey.keyId(key);
            List<SignedHead> sorted = heads.stream().sorted(Comparator.comparingLong(SignedHead::seq)).toList();
            for (SignedHead h : sorted) {
                boolean valid = key != null && h.keyId().equals(keyId)
                        && SigningKey.verify(key, h.material(), decode(h.signature()));
                if (!valid) {
                    failure = broken(h.seq(), "the head signed for row " + h.seq() + " at " + h.signedAt()
                            + " does not carry a valid signature of key " + keyId + ": it was forged or damaged");
                    return;
                }
                SignedHead earlier = signed.putIfAbsent(h.seq(), h);
                if (earlier != null && !earlier.hash().equals(h.hash())) {
                    failure = broken(h.seq(), "two validly signed heads disagree about row " + h.seq());
                    return;
                }
            }
        }

        public boolean isIntact() {
            return failure == null;
        }

        public void accept(AuditEntry e) {
            if (failure != null) {
                return;
            }
            checked++;
            if (e.seq() != expectedSeq) {
                failure = broken(expectedSeq, "row " + expectedSeq + " is missing (next row found is " + e.seq() + ")");
                return;
            }
            if (!e.prevHash().equals(prevHash)) {
                failure = broken(e.seq(), "row " + e.seq() + " does not link to the hash of the row before it");
                return;
            }
            if (!rehash(e).equals(e.hash())) {
                failure = broken(e.seq(), "row " + e.seq()
                        + " was altered after it was written (its content no longer matches its hash)");
                return;
            }
            SignedHead head = signed.get(e.seq());
            if (head != null) {
                if (!head.hash().equals(e.hash())) {
                    long from = lastCovered == null ? firstSeq : lastCovered.seq() + 1;
                    failure = broken(from, "the chain was rewritten and re-hashed: row " + e.seq()
                            + " no longer has the hash signed at " + head.signedAt() + "; the rewrite lies in rows "
                            + from + " to " + e.seq() + (lastCovered == null ? ""
                            : " (rows up to " + lastCovered.seq() + " still match the head signed at "
                            + lastCovered.signedAt() + ")"));
                    return;
                }
                lastCovered = head;
                matchedHeads++;
            }
            prevHash = e.hash();
            expectedSeq++;
        }

        /** The verdict on a whole chain, whose head the database says is {@code head}. */
        public ChainVerification finish(ChainHead head) {
            ChainVerification tail = finishRows(true);
            if (tail != null) {
                return tail;
            }
            long last = expectedSeq - 1;
            if (head.seq() != last || !head.hash().equals(prevHash)) {
                return broken(last + 1, "the chain head says " + head.seq() + " rows but " + last
                        + " rows link up: rows at the end were removed or replaced");
            }
            return ChainVerification.ok(checked, matchedHeads, lastSeq(), lastAt());
        }

        /**
         * The verdict on a stretch of the chain (an export): its end is not checked against a head, and heads
         * signed after its last row are not its concern.
         */
        public ChainVerification finish() {
            ChainVerification tail = finishRows(false);
            return tail != null ? tail : ChainVerification.ok(checked, matchedHeads, lastSeq(), lastAt());
        }

        private ChainVerification finishRows(boolean wholeChain) {
            if (failure != null) {
                return failure;
            }
            long last = expectedSeq - 1;
            var beyond = signed.higherEntry(last);
            if (wholeChain && beyond != null) {
                return broken(last + 1, "row " + beyond.getKey() + " was signed at " + beyond.getValue().signedAt()
                        + " but the log ends at row " + last + ": rows were removed");
            }
            return null;
        }

        private ChainVerification broken(long seq, String problem) {
            return ChainVerification.broken(checked, seq, problem, matchedHeads, lastSeq(), lastAt());
        }

        private Long lastSeq() {
            return lastCovered == null ? null : lastCovered.seq();
        }

        private Instant lastAt() {
            return lastCovered == null ? null : lastCovered.signedAt();
        }

        private static byte[] decode(String base64) {
            try {
                return Base64.getDecoder().decode(base64);
            } catch (IllegalArgumentException e) {
                return new byte[0];
            }
        }
    }
}
