package org.nigehbaan.controllist;

import java.io.BufferedWriter;
import java.io.IOException;
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
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports 1,000,000 generated rows in one HTTP request and reports the time and the JVM's peak heap. Not part of
 * {@code mvn verify}; run it with {@code mvn -Pbenchmarks test -Dtest=ControlListImportBenchmark}
 * (rows: {@code -Dimport.rows=1000000}). The benchmark profile runs with {@code -Xmx1g}, so a pass also proves
 * the import streams: the parsed rows alone would not fit.
 */
@IntegrationTest
@Tag("benchmark")
class ControlListImportBenchmark {

    @Autowired
    ApiClient api;

    @Test
    void importsAMillionRowsInOneRequest() throws Exception {
        int rows = Integer.getInteger("import.rows", 1_000_000);
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
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("admin:" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
            long start = System.nanoTime();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - start) / 1e9;
            long peakHeap = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peakHeap += pool.getPeakUsage().getUsed();
                }
            }
            JsonNode body = JsonMapper.builder().build().readTree(response.body());
            System.out.printf("%nIMPORT BENCHMARK: %,d rows (%,d MB file) in %.1f s; imported %d, rejected %d; "
                            + "peak heap %,d MB (max heap %,d MB)%n%n", rows, Files.size(file) >> 20, seconds,
                    body.get("imported").asInt(), body.get("rejectedCount").asInt(), peakHeap >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(body.get("imported").asInt()).isEqualTo(rows);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
