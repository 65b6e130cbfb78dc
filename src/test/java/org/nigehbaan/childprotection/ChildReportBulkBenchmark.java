package org.nigehbaan.childprotection;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends 100,000 reports in one bulk request over HTTP and reports the time to the answer (all stored: the target is
 * under a minute), the time until the bundler (woken by the intake) has linked them all, the time of the same request
 * again (idempotent: nothing new), and, as the same-run reference, the median time of
 * {@code GET /actuator/health}. Not part of {@code mvn verify}:
 * {@code flock /work/.bench.lock mvn -Pbenchmarks test -Dtest=ChildReportBulkBenchmark} ({@code -Dbulk.reports=N}).
 */
@IntegrationTest
@Tag("benchmark")
class ChildReportBulkBenchmark {

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void takesAHundredThousandReportsInOneRequestInUnderAMinute() throws Exception {
        int n = Integer.getInteger("bulk.reports", 100_000);
        String platform = users.user("platform.bulk.bench", "Hotline", null, Role.PLATFORM_REPORTER).username();
        String prefix = "BENCH" + System.currentTimeMillis();
        byte[] body = BulkLines.generate(prefix, n, 10, 7);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString((platform + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/v1/child-reports/bulk"))
                .timeout(Duration.ofMinutes(10)).header("Authorization", auth)
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();

        long healthBefore = healthMedianMicros(http);
        long t0 = System.nanoTime();
        HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
        long firstMillis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode r = JsonMapper.builder().build().readTree(first.body());
        assertThat(r.get("created").asLong()).isEqualTo(n);
        ChildReportTestData.awaitLinked(jdbc, prefix + "-%", Duration.ofMinutes(5));
        long linkedMillis = (System.nanoTime() - t0) / 1_000_000;

        long t1 = System.nanoTime();
        HttpResponse<String> again = http.send(request, HttpResponse.BodyHandlers.ofString());
        long againMillis = (System.nanoTime() - t1) / 1_000_000;
        JsonNode r2 = JsonMapper.builder().build().readTree(again.body());
        assertThat(r2.get("created").asLong()).isZero();
        assertThat(r2.get("duplicates").asLong()).isEqualTo(n);
        long healthAfter = healthMedianMicros(http);

        long unlinked = jdbc.sql("select count(*) from child_report where source_report_id like ? and bundled_seq is null")
                .param(prefix + "-%").query(Long.class).single();
        long bundles = jdbc.sql("select count(distinct bundle_id) from child_report where source_report_id like ?")
                .param(prefix + "-%").query(Long.class).single();
        System.out.printf("%nBULK INTAKE %,d reports (%,d bytes of JSON Lines) in one request: answered in %,d ms "
                        + "(%,.0f reports/s), all stored; all linked by the bundler %,d ms after sending, into %,d "
                        + "bundles, %d left unlinked%n"
                        + "  same request again (idempotent, 0 created, %,d duplicates): %,d ms%n"
                        + "  reference, GET /actuator/health median: %,d us before, %,d us after%n%n",
                n, body.length, firstMillis, n * 1000.0 / firstMillis, linkedMillis, bundles, unlinked,
                r2.get("duplicates").asLong(), againMillis, healthBefore, healthAfter);
        assertThat(unlinked).isZero();
        assertThat(firstMillis).as("100,000 reports in under a minute").isLessThan(60_000);
    }

    private long healthMedianMicros(HttpClient http) throws Exception {
        HttpRequest health = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/actuator/health")).GET().build();
        long[] t = new long[201];
        for (int i = 0; i < t.length; i++) {
            long s = System.nanoTime();
            http.send(health, HttpResponse.BodyHandlers.discarding());
            t[i] = (System.nanoTime() - s) / 1_000;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }
}
