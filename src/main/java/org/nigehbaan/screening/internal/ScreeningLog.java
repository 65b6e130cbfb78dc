package org.nigehbaan.screening.internal;

import jakarta.annotation.PreDestroy;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The screening log. A screening never waits for the database: each record goes into a bounded queue that one
 * writer thread drains in batches (the log rows and their audit entries in one transaction). While the database
 * is down the writer keeps its batch and retries, the service reports itself degraded, and records that no
 * longer fit in memory are appended to a spool file under {@code nigehbaan.data-dir}, replayed when the database
 * returns. Nothing is lost short of the disk.
 */
@Component
public class ScreeningLog {

    private static final Logger log = LoggerFactory.getLogger(ScreeningLog.class);
    private static final int BATCH = 1_000;

    /** A screening as logged: everything the row holds, already in its stored form. */
    public record Row(UUID id, Instant at, String officer, String agency, String location, String purpose,
                      String channel, String batchRef, String travellerJson, String decision, String hitsJson,
                      int hitCount, long tookMicros, boolean degraded, String searchText) {
    }

    private final BlockingQueue<Row> queue;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final ScreeningFiguresRollup figures;
    private final JsonMapper json;
    private final Path spoolDir;
    private final Object spoolLock = new Object();
    private volatile boolean lastWriteFailed;
    private volatile boolean running = true;
    private final Thread writer;

    ScreeningLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditLog audit, ScreeningFiguresRollup figures,
                 JsonMapper json,
                 @Value("${nigehbaan.data-dir:./data}") Path dataDir,
                 @Value("${nigehbaan.screening.log-queue:200000}") int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
        this.figures = figures;
        this.json = json;
        this.spoolDir = dataDir.resolve("screening-spool");
        this.writer = new Thread(this::drain, "screening-log-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Queues a record; when the queue is full (a long outage), spools it to disk instead. */
    public void append(Row row) {
        if (!queue.offer(row)) {
            spool(List.of(row));
        }
    }

    /** True while the last attempt to write the log failed: answers come from memory and the log waits. */
    public boolean isDegraded() {
        return lastWriteFailed;
    }

    /** Records waiting to be written, in memory. */
    public int backlog() {
        return queue.size();
    }

    /** Waits (up to the timeout) until everything queued so far is written; false if it could not be. */
    public boolean flush(long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!queue.isEmpty() || writing) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !lastWriteFailed;
    }

    private volatile boolean writing;

    private void drain() {
        List<Row> batch = new ArrayList<>(BATCH);
        long backoff = 200;
        while (running || !queue.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    Row first = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        if (!lastWriteFailed) {
                            replaySpool();
                        }
                        continue;
                    }
                    writing = true;
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                }
                write(batch);
                batch.clear();
                writing = false;
                lastWriteFailed = false;
                backoff = 200;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                if (!running) {
                    spool(batch); // shutting down with the database away: keep the batch on disk
                    batch.clear();
                    break;
                }
                if (!lastWriteFailed) {
                    log.warn("screening log: database unavailable ({}); {} records wait", e.getClass().getSimpleName(),
                            batch.size() + queue.size());
                }
                lastWriteFailed = true;
                sleep(backoff);
                backoff = Math.min(backoff * 2, 5_000);
            }
        }
    }

    private void write(List<Row> rows) {
        tx.executeWithoutResult(status -> {
            int[][] written = jdbc.batchUpdate("""
                    insert into scr_screening (id, at, officer, agency, location, purpose, channel, batch_ref,
                        traveller, decision, hits, hit_count, took_micros, degraded, search_text)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""",
                    rows, rows.size(), (ps, r) -> {
                        ps.setObject(1, r.id());
                        ps.setTimestamp(2, Timestamp.from(r.at()));
                        ps.setString(3, r.officer());
                        ps.setString(4, r.agency());
                        ps.setString(5, r.location());
                        ps.setString(6, r.purpose());
                        ps.setString(7, r.channel());
                        ps.setString(8, r.batchRef());
                        ps.setString(9, r.travellerJson());
                        ps.setString(10, r.decision());
                        ps.setString(11, r.hitsJson());
                        ps.setInt(12, r.hitCount());
                        ps.setLong(13, r.tookMicros());
                        ps.setBoolean(14, r.degraded());
                        ps.setString(15, r.searchText());
                    });
            figures.record(inserted(rows, written));
            List<AuditRecord> records = new ArrayList<>(rows.size());
            for (Row r : rows) {
                records.add(AuditRecord.of(r.officer(), "screening.performed", "Screening", r.id())
                        .with("purpose", r.purpose()).with("channel", r.channel()).with("location", r.location())
                        .with("decision", r.decision()).with("hits", r.hitCount()));
            }
            audit.appendAll(records);
        });
    }

    /** The rows the insert wrote (a replayed row already in the log reports 0). */
    private static List<Row> inserted(List<Row> rows, int[][] written) {
        List<Row> done = new ArrayList<>(rows.size());
        int i = 0;
        for (int[] batch : written) {
            for (int count : batch) {
                if (count != 0) {
                    done.add(rows.get(i));
                }
                i++;
            }
        }
        return done;
    }

    private void spool(List<Row> rows) {
        synchronized (spoolLock) {
            try {
                Files.createDirectories(spoolDir);
                Path file = spoolDir.resolve("spool-" + (System.currentTimeMillis() / 60_000) + ".jsonl");
                try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                    for (Row r : rows) {
                        w.write(json.writeValueAsString(r));
                        w.newLine();
                    }
                }
            } catch (IOException e) {
                log.error("screening log: cannot spool {} records to {}", rows.size(), spoolDir, e);
            }
        }
    }

    /** Writes back what was spooled during an outage, one file at a time, oldest first. */
    private void replaySpool() {
        synchronized (spoolLock) {
            if (!Files.isDirectory(spoolDir)) {
                return;
            }
            try (Stream<Path> files = Files.list(spoolDir)) {
                for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                    List<Row> rows = new ArrayList<>();
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        if (!line.isBlank()) {
                            rows.add(json.readValue(line, Row.class));
                        }
                    }
                    for (int i = 0; i < rows.size(); i += BATCH) {
                        write(rows.subList(i, Math.min(rows.size(), i + BATCH)));
                    }
                    Files.delete(file);
                    log.info("screening log: {} spooled records written", rows.size());
                }
            } catch (IOException | RuntimeException e) {
                lastWriteFailed = e instanceof RuntimeException;
            }
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        writer.join(10_000);
        List<Row> left = new ArrayList<>();
        queue.drainTo(left);
        if (!left.isEmpty()) {
            spool(left);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
