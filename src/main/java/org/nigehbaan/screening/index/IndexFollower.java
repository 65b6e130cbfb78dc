package org.nigehbaan.screening.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Follows the change feed on a connection of its own: woken by NOTIFY the moment a change commits, and polling
 * every half second in case a notification was lost. Reloads each key it names through the handlers.
 *
 * <p>Sequence numbers are taken when a row is written but become visible when its transaction commits, so a
 * lower number can appear after a higher one. The follower therefore re-reads a window behind the highest
 * number applied and applies any row it has not applied yet; reloading a key twice is harmless.
 */
@Component
public class IndexFollower {

    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);
    static final int REREAD_WINDOW = 1_000;
    private static final int MAX_REMEMBERED = 20_000;

    private final DataSource dataSource;
    private final List<IndexChangeHandler> handlers;
    private final AtomicLong highest = new AtomicLong();
    private final LinkedHashSet<Long> applied = new LinkedHashSet<>();
    private volatile boolean running;
    private volatile boolean connected;

    IndexFollower(DataSource dataSource, List<IndexChangeHandler> handlers) {
        this.dataSource = dataSource;
        this.handlers = handlers;
    }

    /**
     * Where the feed stands now: its newest number, and every number visible in the re-read window behind it.
     * The index loads everything those rows describe; the follower then applies only rows not among them
     * (including late commits with lower numbers).
     */
    public record Position(long seq, java.util.Set<Long> visible) {
    }

    public Position position() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long max;
            try (ResultSet rs = s.executeQuery("select coalesce(max(seq), 0) from scr_index_change")) {
                rs.next();
                max = rs.getLong(1);
            }
            java.util.Set<Long> visible = new java.util.HashSet<>();
            try (ResultSet rs = s.executeQuery("select seq from scr_index_change where seq > " + (max - REREAD_WINDOW))) {
                while (rs.next()) {
                    visible.add(rs.getLong(1));
                }
            }
            return new Position(max, visible);
        }
    }

    /** Starts following from {@code position}: rows it saw are already in the index. */
    public synchronized void start(Position position) {
        if (running) {
            return;
        }
        highest.set(position.seq());
        applied.addAll(new java.util.TreeSet<>(position.visible()));
        running = true;
        Thread thread = new Thread(this::run, "screening-index-follower");
        thread.setDaemon(true);
        thread.start();
    }

    /** False while the database cannot be reached. */
    public boolean isConnected() {
        return connected;
    }

    private void run() {
        long backoff = 500;
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("listen " + IndexChangeRecorder.CHANNEL);
                }
                connected = true;
                backoff = 500;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    applyNewChanges(c);
                    pg.getNotifications(500);
                }
            } catch (SQLException e) {
                connected = false;
                if (running) {
                    log.warn("screening index: change feed unreachable ({}); retrying in {} ms", e.getSQLState(), backoff);
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 5_000);
                }
            } catch (RuntimeException e) {
                log.error("screening index: applying a change failed; retrying", e);
                sleep(1_000);
            }
        }
    }

    private void applyNewChanges(Connection c) throws SQLException {
        List<Long> seqs = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select seq, key from scr_index_change where seq > ? order by seq limit 10000")) {
            ps.setLong(1, Math.max(0, highest.get() - REREAD_WINDOW));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    if (!applied.contains(seq)) {
                        seqs.add(seq);
                        keys.add(rs.getString(2));
                    }
                }
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            apply(keys.get(i));
            long seq = seqs.get(i);
            applied.add(seq);
            highest.accumulateAndGet(seq, Math::max);
        }
        while (applied.size() > MAX_REMEMBERED) {
            applied.remove(applied.iterator().next());
        }
    }

    private void apply(String key) {
        for (IndexChangeHandler h : handlers) {
            if (h.handles(key)) {
                h.apply(key);
                return;
            }
        }
        log.warn("screening index: no handler for change key {}", key);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
