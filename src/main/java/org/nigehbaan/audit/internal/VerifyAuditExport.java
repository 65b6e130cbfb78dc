package org.nigehbaan.audit.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nigehbaan.audit.ChainVerification;
import org.nigehbaan.audit.SignedHead;

/**
 * Verifies an audit export offline, with nothing but a Java runtime: the rows of a period (the CSV from
 * {@code /api/v1/audit/export}), the heads signed within them ({@code /api/v1/audit/signed-heads}, or the
 * operator's own copy of the signed-heads file) and the public key ({@code signing-key.pem.pub}, or
 * {@code /api/v1/audit/public-key}). Recomputes every row's hash and link, checks every signature, and checks that
 * the rows lead to every signed head among them. Exit status 0 when everything holds, 1 when something does not,
 * 2 when the files cannot be read.
 *
 * <pre>
 * java -cp target/classes org.nigehbaan.audit.internal.VerifyAuditExport audit-log.csv audit-signed-heads.csv signing-key.pem.pub
 * </pre>
 */
public final class VerifyAuditExport {

    private VerifyAuditExport() {
    }

    /** What the verifier found, in the words it prints. */
    public record Report(boolean ok, ChainVerification verification, long firstSeq, long lastSeq, List<String> lines) {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: java -cp <classes> " + VerifyAuditExport.class.getName()
                    + " <audit-log.csv> <signed-heads.csv> <public-key.pem>");
            System.exit(2);
        }
        int status;
        try {
            Report report = verify(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
            print(report, System.out);
            status = report.ok() ? 0 : 1;
        } catch (IOException | GeneralSecurityException e) {
            System.err.println("cannot verify: " + e.getMessage());
            status = 2;
        }
        System.exit(status);
    }

    public static void print(Report report, PrintStream out) {
        report.lines().forEach(out::println);
    }

    public static Report verify(Path log, Path heads, Path publicKey) throws IOException, GeneralSecurityException {
        PublicKey key = SigningKey.readPublicKey(publicKey);
        List<SignedHead> signed;
        try (Reader in = Files.newBufferedReader(heads, StandardCharsets.UTF_8)) {
            signed = AuditCsv.readHeads(in);
        }
        List<String> lines = new ArrayList<>();
        String keyId = SigningKey.keyId(key);
        lines.add("public key " + keyId + "; " + signed.size() + " signed heads in " + heads.getFileName());
        String chain = chainOf(signed, log);
        AuditChain.Verifier[] verifier = new AuditChain.Verifier[1];
        long[] range = {0, -1};
        try (Reader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            AuditCsv.readRows(in, e -> {
                if (verifier[0] == null) {
                    range[0] = e.seq();
                    List<SignedHead> inChain = signed.stream()
                            .filter(h -> h.seq() >= e.seq() && (chain == null || h.chainId().equals(chain))).toList();
                    verifier[0] = new AuditChain.Verifier(e.seq(), e.prevHash(), inChain, key);
                }
                range[1] = e.seq();
                verifier[0].accept(e);
            });
        }
        if (verifier[0] == null) {
            lines.add("the export holds no rows");
            return new Report(false, null, 0, -1, lines);
        }
        ChainVerification v = verifier[0].finish();
        lines.add("rows " + range[0] + " to " + range[1] + " (" + v.checked() + " checked)");
        if (v.intact()) {
            lines.add("OK: every row's hash and link hold, and the rows lead to all " + v.signedHeads()
                    + " signed heads among them");
            if (v.lastSignedSeq() == null) {
                lines.add("WARNING: no signed head falls within these rows: they link up, but nothing outside the "
                        + "database vouches for them; export a period that ends before a signing");
            } else if (v.lastSignedSeq() < range[1]) {
                lines.add("rows " + range[0] + " to " + v.lastSignedSeq() + " are vouched for by the head signed at "
                        + v.lastSignedAt() + "; rows " + (v.lastSignedSeq() + 1) + " to " + range[1]
                        + " were written after it and are not yet covered");
            } else {
                lines.add("all rows are vouched for by the head signed at " + v.lastSignedAt());
            }
        } else {
            lines.add("BROKEN at row " + v.firstBrokenSeq() + ": " + v.problem());
        }
        return new Report(v.intact(), v, range[0], range[1], lines);
    }

    /**
     * The chain the export belongs to, when the heads file holds several (an operator's copy may): the chain of a
     * head whose row and hash are in the export, or else of any head among its rows (which will then not match).
     */
    private static String chainOf(List<SignedHead> signed, Path log) throws IOException {
        Map<Long, List<SignedHead>> bySeq = new HashMap<>();
        signed.forEach(h -> bySeq.computeIfAbsent(h.seq(), k -> new ArrayList<>()).add(h));
        String[] found = new String[2];
        try (Reader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            AuditCsv.readRows(in, e -> {
                for (SignedHead h : bySeq.getOrDefault(e.seq(), List.of())) {
                    if (h.hash().equals(e.hash()) && found[0] == null) {
                        found[0] = h.chainId();
                    }
                    if (found[1] == null) {
                        found[1] = h.chainId();
                    }
                }
            });
        }
        return found[0] != null ? found[0] : found[1];
    }
}
