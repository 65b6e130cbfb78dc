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
        repair = () -> jdbc.sql("insert into audit_log values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(gone.seq(), java.sql.Timestamp.from(gone.occurredAt()), gone.actor(), gone.action(),
                        gone.targetType(), gone.targetId(), gone.details(), gone.prevHash(), gone.hash()).update();

        ChainVerification v = audit.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(gone.seq());
        assertThat(v.problem()).contains("missing");
    }

    @Test
    void removingTheLastRowsIsFoundThroughTheHead() {
        AuditEntry last = audit.append(AuditRecord.of("tester", "test.truncate", "Thing", "9"));
        jdbc.sql("delete from audit_log where seq = ?").param(last.seq()).update();
        repair = () -> jdbc.sql("insert into audit_log values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(last.seq(), java.sql.Timestamp.from(last.occurredAt()), last.actor(), last.action(),
                        last.targetType(), last.targetId(), last.details(), last.prevHash(), last.hash()).update();

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
    void detailsAreWrittenInOneCanonicalForm() {
        AuditEntry e = audit.append(new AuditRecord("tester", "test.canonical", "Thing", null,
                Map.of("quote", "say \"hi\"\n")));
        assertThat(e.details()).isEqualTo("{\"quote\":\"say \\\"hi\\\"\\n\"}");
    }
}
