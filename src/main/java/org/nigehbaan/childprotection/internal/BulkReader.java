package org.nigehbaan.childprotection.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.nigehbaan.identity.FieldViolation;
import org.nigehbaan.identity.InvalidInputException;

/**
 * Reads a bulk intake's JSON Lines and parses them on a thread of its own, a chunk ahead of the caller, so that
 * parsing (JSON, the media check, validation) runs while the caller's transaction inserts the previous chunk: on
 * two cores the one is the service's and the other the database's. The caller takes chunks in line order with
 * {@link #next()}; a failure of the parser thread (media in a line, too many lines, a broken stream) is thrown
 * there, so the caller's transaction rolls back whole. {@link #close()} stops the thread and waits for it: the
 * request's body is never read after the request has returned.
 */
public final class BulkReader implements AutoCloseable {

    /** Lines a chunk holds: one insert batch. */
    public static final int CHUNK = 1000;
    /** Chunks parsed ahead at most, so memory does not grow with the file. */
    private static final int AHEAD = 4;

    /** A line's outcome: a report, or the line's errors. */
    public sealed interface Line permits Parsed, Rejected {
        long line();
    }

    public record Parsed(long line, ParsedReport report) implements Line {
    }

    public record Rejected(long line, List<FieldViolation> errors) implements Line {
    }

    /** Parses one line (numbered from 1), timing its stages into {@code times}; throws to fail the whole intake. */
    @FunctionalInterface
    public interface LineParser {
        Line parse(String line, long lineNo, StageTimes times);
    }

    private record Chunk(List<Line> lines, RuntimeException failure, boolean end) {
    }

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(AHEAD);
    private final StageTimes parseTimes = new StageTimes();
    private final Thread thread;
    private volatile boolean cancelled;
    private volatile long lines;
    private boolean ended;

    private BulkReader(InputStream body, long maxLines, LineParser parser) {
        thread = new Thread(() -> run(body, maxLines, parser), "bulk-intake-parser");
        thread.setDaemon(true);
    }

    /** Starts parsing {@code body}; more than {@code maxLines} non-blank lines fail the intake. */
    public static BulkReader start(InputStream body, long maxLines, LineParser parser) {
        BulkReader r = new BulkReader(body, maxLines, parser);
        r.thread.start();
        return r;
    }

    /** The next chunk of parsed lines, in order; null after the last. */
    public List<Line> next() {
        if (ended) {
            return null;
        }
        Chunk c;
        try {
            c = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bulk intake interrupted", e);
        }
        if (c.failure != null) {
            ended = true;
            throw c.failure;
        }
        if (c.end) {
            ended = true;
            return null;
        }
        return c.lines;
    }

    /** Non-blank lines read (all of them once {@link #next()} has returned null). */
    public long lines() {
        return lines;
    }

    /** The parser thread's stage times: complete once {@link #close()} has returned. */
    public StageTimes parseTimes() {
        return parseTimes;
    }

    @Override
    public void close() {
        cancelled = true;
        queue.clear(); // frees a parser waiting to put
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
        }
    }

    private void run(InputStream body, long maxLines, LineParser parser) {
        Chunk last;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16)) {
            List<Line> chunk = new ArrayList<>(CHUNK);
            long lineNo = 0;
            long count = 0;
            String line;
            while (!cancelled && (line = r.readLine()) != null) {
                parseTimes.lap("parse: read");
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                if (++count > maxLines) {
                    throw new InvalidInputException("body", "has more than " + maxLines + " reports: split it");
                }
                lines = count;
                chunk.add(parser.parse(line, lineNo, parseTimes));
                if (chunk.size() == CHUNK) {
                    if (!put(new Chunk(chunk, null, false))) {
                        return;
                    }
                    chunk = new ArrayList<>(CHUNK);
                    parseTimes.lap("parse: waiting for inserts");
                }
            }
            if (!chunk.isEmpty() && !put(new Chunk(chunk, null, false))) {
                return;
            }
            last = new Chunk(null, null, true);
        } catch (IOException e) {
            last = new Chunk(null, new UncheckedIOException(e), false);
        } catch (RuntimeException e) {
            last = new Chunk(null, e, false);
        } catch (Error e) {
            last = new Chunk(null, new IllegalStateException("bulk intake parser failed", e), false);
        }
        put(last);
    }

    /** Hands a chunk over, waiting while the caller is behind; false once the caller has given up. */
    private boolean put(Chunk c) {
        try {
            while (!cancelled) {
                if (queue.offer(c, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
