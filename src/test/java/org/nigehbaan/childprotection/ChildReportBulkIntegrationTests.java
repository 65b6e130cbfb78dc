package org.nigehbaan.childprotection;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk intake's smoke run (ChildReportBulkBenchmark takes 100,000): stored, then linked by the bundler after the
 * answer, and idempotent.
 */
@IntegrationTest
class ChildReportBulkIntegrationTests {

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoThousandLinesAreStoredLinkedIntoBundlesAndChangeNothingWhenSentAgain() {
        String platform = users.user("platform.bulk.smoke", "Hotline", null, Role.PLATFORM_REPORTER).username();
        String prefix = ChildReportTestData.uniqueId("smoke");
        String body = new String(BulkLines.generate(prefix, 2_000, 10, 42), StandardCharsets.UTF_8);
        ApiClient.Response first = api.postRaw(platform, "/api/v1/child-reports/bulk", body, "application/x-ndjson");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode r = first.json();
        assertThat(r.get("created").asLong()).isEqualTo(2_000);
        assertThat(r.get("rejectedCount").asLong()).isZero();
        // The answer comes once the reports are stored; the bundler, woken by the intake, links them on its thread.
        ChildReportTestData.awaitLinked(jdbc, prefix + "-%", Duration.ofSeconds(60));
        assertThat(jdbc.sql("select count(*) from child_report where source_report_id like ? and bundled_seq is null")
                .param(prefix + "-%").query(Long.class).single()).as("every report linked").isZero();
        long bundled = jdbc.sql("select count(distinct bundle_id) from child_report where source_report_id like ?")
                .param(prefix + "-%").query(Long.class).single();
        // One report in 10 shares a URL with the one before it, one in 10 a PDQ hash 8 bits from the one before.
        assertThat(bundled).isEqualTo(2_000 - 2 * 200);
        JsonNode again = api.postRaw(platform, "/api/v1/child-reports/bulk", body, "application/x-ndjson").json();
        assertThat(again.get("created").asLong()).isZero();
        assertThat(again.get("duplicates").asLong()).isEqualTo(2_000);
    }
}
