package org.nigehbaan.controllist;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stages 1,000,000 generated rows in one HTTP request, then approves them in another, and reports both times,
 * the JVM's peak heap, and a reference measured in the same run: PostgreSQL's raw COPY of the same file into an
 * unindexed scratch table (the floor any import sits on; other builds on the machine move absolute figures 2x).
 * Not part of {@code mvn verify}; run it with {@code mvn -Pbenchmarks test -Dtest=ControlListImportBenchmark}
 * (rows: {@code -Dimport.rows=1000000}). The benchmark profile runs with {@code -Xmx1g}, so a pass also proves
 * staging and approval stream: the parsed rows alone would not fit.
 */
@IntegrationTest
@Tag("benchmark")
class ControlListImportBenchmark {

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void stagesAndApprovesAMillionRows() throws Exception {
        int rows = Integer.getInteger("import.rows", 1_000_000);
        users.user(Role.LIST_APPROVER);
        Path file = Files.createTempFile("pcl-import", ".csv");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                ImportCsvGenerator.write(w, "BENCH" + System.currentTimeMillis(), rows, 7, LocalDate.now());
            }
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(api.baseUrl()
                            + "/api/v1/control-list/imports?approvalReference=BENCHMARK"))
                    .header("Authorization", basic("admin"))
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
            long start = System.nanoTime();
            HttpResponse<String> staged = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            double stageSeconds = (System.nanoTime() - start) / 1e9;
            JsonNode body = JsonMapper.builder().build().readTree(staged.body());
            assertThat(staged.statusCode()).as(staged.body()).isEqualTo(202);
            long importId = body.get("importId").asLong();

            HttpRequest approve = HttpRequest.newBuilder(URI.create(api.baseUrl()
                            + "/api/v1/control-list/imports/" + importId + "/approve"))
                    .header("Authorization", basic("list_approver"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"comment\":\"benchmark\"}")).build();
            start = System.nanoTime();
            HttpResponse<String> approved = HttpClient.newHttpClient().send(approve, HttpResponse.BodyHandlers.ofString());
            double approveSeconds = (System.nanoTime() - start) / 1e9;
            JsonNode result = JsonMapper.builder().build().readTree(approved.body());

            long peakHeap = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peakHeap += pool.getPeakUsage().getUsed();
                }
            }
            double copySeconds = rawCopySeconds(file);
            System.out.printf("%nIMPORT BENCHMARK: %,d rows (%,d MB file): staged in %.1f s (%d to create, %d rejected), "
                            + "approved in %.1f s (%d created, manifest %s); peak heap %,d MB (max heap %,d MB); "
                            + "reference in the same run: raw COPY of the file into an unindexed table %.1f s%n%n",
                    rows, Files.size(file) >> 20, stageSeconds, body.get("imported").asInt(),
                    body.get("rejectedCount").asInt(), approveSeconds, result.get("imported").asInt(),
                    result.get("manifestSha256").asString().substring(0, 12), peakHeap >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, copySeconds);
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
            assertThat(result.get("imported").asInt()).isEqualTo(rows);
            assertThat(jdbc.sql("select count(*) from cl_entry where import_id = ? and status = 'ACTIVE'")
                    .param(importId).query(Long.class).single()).isEqualTo(rows);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private double rawCopySeconds(Path file) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             InputStream in = Files.newInputStream(file)) {
            s.execute("create temporary table bench_raw (a text, b text, c text, d text, e text, f text, g text, "
                    + "h text, i text, j text, k text, l text, m text, n text)");
            long start = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_raw from stdin with (format csv, header)", in);
            double seconds = (System.nanoTime() - start) / 1e9;
            s.execute("drop table bench_raw");
            return seconds;
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
