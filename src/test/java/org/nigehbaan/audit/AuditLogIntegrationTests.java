package org.nigehbaan.audit;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuditLogIntegrationTests {

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;

    /** Tampering tests break the shared chain; each repairs it by re-sealing the rows it touched. */
    private Runnable repair = () -> { };

    @AfterEach
    void repairChain() {
        repair.run();
        assertThat(audit.verify().intact()).isTrue();
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
    void anAlteredRowIsFoundByVerification() {
        AuditEntry target = audit.append(AuditRecord.of("tester", "test.tamper.target", "Thing", "42")
                .with("reason", "original"));
        audit.append(AuditRecord.of("tester", "test.tamper.after", "Thing", "43"));

        jdbc.sql("update audit_log set details = ? where seq = ?").params("{\"reason\":\"forged\"}", target.seq()).update();
        repair = () -> jdbc.sql("update audit_log set details = ? where seq = ?")
                .params(target.details(), target.seq()).update();

        ChainVerification v = audit.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(target.seq());
        assertThat(v.problem()).contains("altered");

        JsonNode viaApi = api.get(users.user(Role.AUDITOR).username(), "/api/v1/audit/verify").json();
        assertThat(viaApi.get("intact").asBoolean()).isFalse();
        assertThat(viaApi.get("firstBrokenSeq").asLong()).isEqualTo(target.seq());
    }

    @Test
    void aDeletedRowIsFoundByVerification() {
        AuditEntry gone = audit.append(AuditRecord.of("tester", "test.delete.target", "Thing", "7"));
        audit.append(AuditRecord.of("tester", "test.delete.after", "Thing", "8"));
        jdbc.sql("delete from audit_log where seq = ?").param(gone.seq()).update();
        repair = () -> restore(gone);

        ChainVerification v = audit.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(gone.seq());
        assertThat(v.problem()).contains("missing");
    }

    @Test
    void removingTheLastRowsIsFoundThroughTheHead() {
        AuditEntry last = audit.append(AuditRecord.of("tester", "test.truncate", "Thing", "9"));
        jdbc.sql("delete from audit_log where seq = ?").param(last.seq()).update();
        repair = () -> restore(last);

        ChainVerification v = audit.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(last.seq());
    }

    @Test
    void auditorsPageThroughTheLogNewestFirstWithFilters() {
        audit.append(AuditRecord.of("pager", "test.page.one", "Page", "p1"));
        audit.append(AuditRecord.of("pager", "test.page.two", "Page", "p2"));
        JsonNode page = api.get(users.user(Role.AUDITOR).username(), "/api/v1/audit?actor=pager&size=1").json();
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.get("items").get(0).get("action").asString()).isEqualTo("test.page.two");
        assertThat(api.get(users.user(Role.AUDITOR).username(), "/api/v1/audit?size=0").status()).isEqualTo(400);
        assertThat(api.get(users.user(Role.AUDITOR).username(), "/api/v1/audit?from=yesterday").json()
                .get("errors").get(0).get("field").asString()).isEqualTo("from");
    }

    @Test
    void rowsWrittenDuringARequestRecordTheClientAndTheOutcome() {
        api.get(users.user(Role.AUDITOR).username(), "/api/v1/audit/head");
        AuditEntry denied = audit.append(AuditRecord.of("tester", "test.context", "Thing", "c1")
                .withOutcome(AuditRecord.DENIED).from("203.0.113.9", "curl/8.0"));
        assertThat(denied.outcome()).isEqualTo("DENIED");
        assertThat(denied.clientAddress()).isEqualTo("203.0.113.9");
        AuditEntry job = audit.append(AuditRecord.of("system", "test.context.job", "Thing", "c2"));
        assertThat(job.clientAddress()).isNull();
        assertThat(job.outcome()).isEqualTo("SUCCESS");

        JsonNode page = api.get(users.user(Role.AUDITOR).username(), "/api/v1/audit?action=test.context&size=5")
                .json();
        JsonNode newest = page.get("items").get(1);
        assertThat(newest.get("clientAddress").asString()).isEqualTo("203.0.113.9");
        assertThat(newest.get("outcome").asString()).isEqualTo("DENIED");
        assertThat(newest.get("target").asString()).isEqualTo("Thing:c1");
        assertThat(newest.get("at").asString()).isNotBlank();

        jdbc.sql("update audit_log set client_address = ? where seq = ?").params("198.51.100.1", denied.seq()).update();
        repair = () -> jdbc.sql("update audit_log set client_address = ? where seq = ?")
                .params(denied.clientAddress(), denied.seq()).update();
        ChainVerification v = audit.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(denied.seq());
    }

    private void restore(AuditEntry e) {
        jdbc.sql("insert into audit_log (seq, occurred_at, actor, action, target_type, target_id, details, "
                        + "client_address, user_agent, outcome, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.seq(), java.sql.Timestamp.from(e.occurredAt()), e.actor(), e.action(), e.targetType(),
                        e.targetId(), e.details(), e.clientAddress(), e.userAgent(), e.outcome(), e.prevHash(), e.hash())
                .update();
    }

    @Test
    void detailsAreWrittenInOneCanonicalForm() {
        AuditEntry e = audit.append(new AuditRecord("tester", "test.canonical", "Thing", null,
                Map.of("quote", "say \"hi\"\n")));
        assertThat(e.details()).isEqualTo("{\"quote\":\"say \\\"hi\\\"\\n\"}");
    }
}
