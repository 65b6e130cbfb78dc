package org.nigehbaan.audit;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.audit.internal.AuditChain;
import org.nigehbaan.audit.internal.AuditCsv;
import org.nigehbaan.audit.internal.HeadSigner;
import org.nigehbaan.audit.internal.SigningKey;
import org.nigehbaan.audit.internal.VerifyAuditExport;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.DatabaseSuperuser;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuditLogIntegrationTests {

    @Autowired
    AuditLog audit;
    @Autowired
    HeadSigner signer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    org.nigehbaan.support.MutableClock clock;

    /**
     * Tampering tests break the shared chain as a database superuser would; each repairs it the same way,
     * restoring the rows it touched.
     */
    private Runnable repair = () -> { };

    @AfterEach
    void repairChain() {
        repair.run();
        assertThat(audit.verify().intact()).isTrue();
    }

    private String auditor() {
        return users.user(Role.AUDITOR).username();
    }

    @Test
    void appendedRowsLinkEachToTheOneBefore() {
        List<AuditEntry> entries = audit.appendAll(List.of(
                AuditRecord.of("tester", "test.linked.one", "Thing", 1),
                AuditRecord.of("tester", "test.linked.two", "Thing", 2).with("why", "because")));
        assertThat(entries.get(1).prevHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(1).seq()).isEqualTo(entries.get(0).seq() + 1);
        assertThat(entries.get(1).details()).isEqualTo("{\"why\":\"because\"}");
        assertThat(audit.head().hash()).isEqualTo(entries.get(1).hash());
        ChainVerification v = audit.verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.checked()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theApplicationCanOnlyAppendToTheAuditTables() {
        AuditEntry row = audit.append(AuditRecord.of("tester", "test.append-only", "Thing", "1"));
        signer.signHead();
        assertThatThrownBy(() -> jdbc.sql("update audit_log set details = '{}' where seq = ?").param(row.seq()).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where seq = ?").param(row.seq()).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update audit_chain_head set seq = seq - 1").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("only moves forward");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_signed_head").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_log where seq = ?").param(row.seq()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anAlteredRowIsFoundByVerification() {
        AuditEntry target = audit.append(AuditRecord.of("tester", "test.tamper.target", "Thing", "42")
                .with("reason", "original"));
        audit.append(AuditRecord.of("tester", "test.tamper.after", "Thing", "43"));

        synchronized (signer) {
            superuser("update audit_log set details = ? where seq = ?", "{\"reason\":\"forged\"}", target.seq());
            repair = () -> superuser("update audit_log set details = ? where seq = ?", target.details(), target.seq());

            ChainVerification v = audit.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSeq()).isEqualTo(target.seq());
            assertThat(v.problem()).contains("altered");

            JsonNode viaApi = api.get(auditor(), "/api/v1/audit/verify").json();
            assertThat(viaApi.get("valid").asBoolean()).isFalse();
            assertThat(viaApi.get("intact").asBoolean()).isFalse();
            assertThat(viaApi.get("firstBrokenSeq").asLong()).isEqualTo(target.seq());
            assertThat(signer.signHead()).as("a tampered tail is never signed").isEmpty();
        }
    }

    @Test
    void aDeletedRowIsFoundByVerification() {
        AuditEntry gone = audit.append(AuditRecord.of("tester", "test.delete.target", "Thing", "7"));
        audit.append(AuditRecord.of("tester", "test.delete.after", "Thing", "8"));
        synchronized (signer) {
            superuser("delete from audit_log where seq = ?", gone.seq());
            repair = () -> restore(List.of(gone));

            ChainVerification v = audit.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSeq()).isEqualTo(gone.seq());
            assertThat(v.problem()).contains("missing");
        }
    }

    @Test
    void removingTheLastRowsIsFoundThroughTheHead() {
        AuditEntry last = audit.append(AuditRecord.of("tester", "test.truncate", "Thing", "9"));
        synchronized (signer) {
            superuser("delete from audit_log where seq = ?", last.seq());
            repair = () -> restore(List.of(last));

            ChainVerification v = audit.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSeq()).isEqualTo(last.seq());
        }
    }

    /**
     * The attack the signed heads exist for: a database superuser rewrites a row, recomputes the hash of every
     * row after it and moves the head, so the chain links up again. Without signed heads nothing shows it; the
     * head signed before the rewrite does, and says where the chain broke, even when the signed heads are also
     * deleted from the database (the file outside it still has them).
     */
    @Test
    void aChainRewrittenAndRehashedByTheDatabaseSuperuserIsCaughtByTheSignedHeads() {
        audit.append(AuditRecord.of("tester", "test.rewrite.before", "Thing", "r0"));
        SignedHead before = signer.signHead().orElseThrow();
        AuditEntry target = audit.append(AuditRecord.of("tester", "test.rewrite.target", "Thing", "r1")
                .with("decision", "refused"));
        audit.append(AuditRecord.of("tester", "test.rewrite.after", "Thing", "r2"));
        audit.append(AuditRecord.of("tester", "test.rewrite.after", "Thing", "r3"));
        SignedHead after = signer.signHead().orElseThrow();
        assertThat(before.seq()).isEqualTo(target.seq() - 1);

        synchronized (signer) {
            List<AuditEntry> original = rowsFrom(target.seq());
            ChainHead originalHead = audit.head();
            List<AuditEntry> forged = new ArrayList<>();
            String prev = target.prevHash();
            for (AuditEntry e : original) {
                String details = e.seq() == target.seq() ? "{\"decision\":\"granted\"}" : e.details();
                AuditEntry rewritten = new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.action(), e.targetType(),
                        e.targetId(), details, e.clientAddress(), e.userAgent(), e.outcome(), prev, null);
                String hash = AuditChain.rehash(rewritten);
                forged.add(new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.action(), e.targetType(), e.targetId(),
                        details, e.clientAddress(), e.userAgent(), e.outcome(), prev, hash));
                prev = hash;
            }
            String forgedHead = prev;
            DatabaseSuperuser.tamper(dataSource, c -> {
                for (AuditEntry e : forged) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "update audit_log set details = ?, prev_hash = ?, hash = ? where seq = ?")) {
                        ps.setString(1, e.details());
                        ps.setString(2, e.prevHash());
                        ps.setString(3, e.hash());
                        ps.setLong(4, e.seq());
                        ps.executeUpdate();
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("update audit_chain_head set hash = ? where id = 1")) {
                    ps.setString(1, forgedHead);
                    ps.executeUpdate();
                }
                c.createStatement().executeUpdate("delete from audit_signed_head where seq >= " + target.seq());
            });
            repair = () -> {
                restoreRows(original);
                superuser("update audit_chain_head set seq = ?, hash = ? where id = 1", originalHead.seq(),
                        originalHead.hash());
                superuser("insert into audit_signed_head (chain_id, seq, hash, signed_at, key_id, signature) "
                                + "values (?::uuid, ?, ?, ?, ?, ?)", after.chainId(), after.seq(), after.hash(),
                        Timestamp.from(after.signedAt()), after.keyId(), after.signature());
            };

            AuditChain.Verifier unsigned = new AuditChain.Verifier(List.of(), signer.publicKey());
            jdbc.sql("select * from audit_log order by seq").query(rs -> {
                unsigned.accept(org.nigehbaan.audit.internal.AuditRows.entry(rs));
            });
            assertThat(unsigned.finish(audit.head()).intact())
                    .as("the rewritten chain links up: the hashes alone cannot show the rewrite").isTrue();

            JsonNode v = api.get(auditor(), "/api/v1/audit/verify").json();
            assertThat(v.get("valid").asBoolean()).isFalse();
            assertThat(v.get("firstBrokenSeq").asLong()).isEqualTo(target.seq());
            assertThat(v.get("problem").asString()).contains("rewritten and re-hashed")
                    .contains("rows " + target.seq() + " to " + after.seq());
            assertThat(v.get("lastSignedSeq").asLong()).isEqualTo(before.seq());
        }
    }

    @Test
    void signedHeadsAreKeptInTheDatabaseAndInAFileOutsideIt() throws Exception {
        audit.append(AuditRecord.of("tester", "test.sign", "Thing", "s1"));
        SignedHead h = signer.signHead().orElseThrow();
        assertThat(h.seq()).isEqualTo(audit.head().seq());
        assertThat(signer.signHead()).as("an unchanged head is not signed twice").isEmpty();
        assertThat(SigningKey.verify(signer.publicKey(), h.material(),
                java.util.Base64.getDecoder().decode(h.signature()))).isTrue();
        List<SignedHead> inFile = AuditCsv.readHeads(Files.newBufferedReader(signer.headsFile()));
        assertThat(inFile).contains(h);
        assertThat(jdbc.sql("select count(*) from audit_signed_head where signature = ?").param(h.signature())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void auditorsDownloadAPeriodAndVerifyItOffline(@TempDir Path dir) throws Exception {
        clock.advance(java.time.Duration.ofSeconds(1));
        Instant from = clock.instant();
        audit.append(AuditRecord.of("tester", "test.export.one", "Thing", "e1").with("quote", "a \"b\", c"));
        audit.append(new AuditRecord("tester", "test.export.two", "Thing", null, Map.of("n", 1), "", null, null));
        signer.signHead().orElseThrow();
        audit.append(AuditRecord.of("tester", "test.export.three", "Thing", "e3"));

        ApiClient.Response rows = api.get(auditor(), "/api/v1/audit/export?from=" + from);
        assertThat(rows.status()).as(rows.body()).isEqualTo(200);
        assertThat(rows.contentType()).startsWith("text/csv");
        ApiClient.Response heads = api.get(auditor(), "/api/v1/audit/signed-heads?from=" + from);
        ApiClient.Response key = api.get(auditor(), "/api/v1/audit/public-key");
        Path log = Files.writeString(dir.resolve("log.csv"), rows.body());
        Path signed = Files.writeString(dir.resolve("heads.csv"), heads.body());
        Path pub = Files.writeString(dir.resolve("key.pem"), key.body());
        assertThat(key.body()).isEqualTo(Files.readString(SigningKey.publicKeyFile(
                signer.headsFile().resolveSibling("signing-key.pem"))));

        VerifyAuditExport.Report ok = VerifyAuditExport.verify(log, signed, pub);
        assertThat(ok.ok()).as(String.join("\n", ok.lines())).isTrue();
        assertThat(ok.verification().signedHeads()).isGreaterThanOrEqualTo(1);
        assertThat(ok.lines()).anyMatch(l -> l.contains("not yet covered"));

        // Rewrite the first exported row and re-hash everything after it, as a forger would: caught offline.
        List<AuditEntry> exported = new ArrayList<>();
        AuditCsv.readRows(new StringReader(rows.body()), exported::add);
        StringBuilder forged = new StringBuilder(AuditCsv.LOG_HEADER + "\r\n");
        java.io.StringWriter w = new java.io.StringWriter();
        String prev = exported.get(0).prevHash();
        for (AuditEntry e : exported) {
            String actor = e == exported.get(0) ? "someone-else" : e.actor();
            AuditEntry r = new AuditEntry(e.seq(), e.occurredAt(), actor, e.action(), e.targetType(), e.targetId(),
                    e.details(), e.clientAddress(), e.userAgent(), e.outcome(), prev, null);
            r = new AuditEntry(r.seq(), r.occurredAt(), r.actor(), r.action(), r.targetType(), r.targetId(), r.details(),
                    r.clientAddress(), r.userAgent(), r.outcome(), prev, AuditChain.rehash(r));
            prev = r.hash();
            AuditCsv.writeRow(w, r);
        }
        forged.append(w);
        Path forgedLog = Files.writeString(dir.resolve("forged.csv"), forged.toString(), StandardCharsets.UTF_8);
        VerifyAuditExport.Report broken = VerifyAuditExport.verify(forgedLog, signed, pub);
        assertThat(broken.ok()).isFalse();
        assertThat(broken.verification().firstBrokenSeq()).isEqualTo(exported.get(0).seq());

        JsonNode trail = api.get(auditor(), "/api/v1/audit?action=audit.log.exported&actor=" + auditor() + "&size=1").json();
        assertThat(trail.get("items").get(0).get("details").asString()).contains("firstSeq");
        assertThat(trail.get("items").get(0).get("clientAddress").asString()).isNotBlank();
    }

    @Test
    void auditorsPageThroughTheLogNewestFirstWithFilters() {
        audit.append(AuditRecord.of("pager", "test.page.one", "Page", "p1"));
        audit.append(AuditRecord.of("pager", "test.page.two", "Page", "p2"));
        JsonNode page = api.get(auditor(), "/api/v1/audit?actor=pager&size=1").json();
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.get("items").get(0).get("action").asString()).isEqualTo("test.page.two");
        assertThat(api.get(auditor(), "/api/v1/audit?size=0").status()).isEqualTo(400);
        assertThat(api.get(auditor(), "/api/v1/audit?from=yesterday").json()
                .get("errors").get(0).get("field").asString()).isEqualTo("from");
    }

    @Test
    void rowsWrittenDuringARequestRecordTheClientAndTheOutcome() {
        api.get(auditor(), "/api/v1/audit/head");
        AuditEntry denied = audit.append(AuditRecord.of("tester", "test.context", "Thing", "c1")
                .withOutcome(AuditRecord.DENIED).from("203.0.113.9", "curl/8.0"));
        assertThat(denied.outcome()).isEqualTo("DENIED");
        assertThat(denied.clientAddress()).isEqualTo("203.0.113.9");
        AuditEntry job = audit.append(AuditRecord.of("system", "test.context.job", "Thing", "c2"));
        assertThat(job.clientAddress()).isNull();
        assertThat(job.outcome()).isEqualTo("SUCCESS");

        JsonNode page = api.get(auditor(), "/api/v1/audit?action=test.context&size=5").json();
        JsonNode newest = page.get("items").get(1);
        assertThat(newest.get("clientAddress").asString()).isEqualTo("203.0.113.9");
        assertThat(newest.get("outcome").asString()).isEqualTo("DENIED");
        assertThat(newest.get("target").asString()).isEqualTo("Thing:c1");
        assertThat(newest.get("at").asString()).isNotBlank();

        synchronized (signer) {
            superuser("update audit_log set client_address = ? where seq = ?", "198.51.100.1", denied.seq());
            repair = () -> superuser("update audit_log set client_address = ? where seq = ?", denied.clientAddress(),
                    denied.seq());
            ChainVerification v = audit.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSeq()).isEqualTo(denied.seq());
        }
    }

    @Test
    void detailsAreWrittenInOneCanonicalForm() {
        AuditEntry e = audit.append(new AuditRecord("tester", "test.canonical", "Thing", null,
                Map.of("quote", "say \"hi\"\n")));
        assertThat(e.details()).isEqualTo("{\"quote\":\"say \\\"hi\\\"\\n\"}");
    }

    private List<AuditEntry> rowsFrom(long seq) {
        return jdbc.sql("select * from audit_log where seq >= ? order by seq").param(seq)
                .query((rs, n) -> org.nigehbaan.audit.internal.AuditRows.entry(rs)).list();
    }

    private void superuser(String sql, Object... params) {
        DatabaseSuperuser.tamper(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                ps.executeUpdate();
            }
        });
    }

    private void restore(List<AuditEntry> rows) {
        for (AuditEntry e : rows) {
            superuser("insert into audit_log (seq, occurred_at, actor, action, target_type, target_id, details, "
                            + "client_address, user_agent, outcome, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    e.seq(), Timestamp.from(e.occurredAt()), e.actor(), e.action(), e.targetType(), e.targetId(),
                    e.details(), e.clientAddress(), e.userAgent(), e.outcome(), e.prevHash(), e.hash());
        }
    }

    private void restoreRows(List<AuditEntry> rows) {
        for (AuditEntry e : rows) {
            superuser("update audit_log set details = ?, prev_hash = ?, hash = ? where seq = ?", e.details(),
                    e.prevHash(), e.hash(), e.seq());
        }
    }
}
