package org.nigehbaan.common.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the {@link ChangeFeed} on a connection of its own: woken by NOTIFY the moment a change commits, and
 * polling every half second in case a notification was lost. Hands each key it {@code accepts} to its consumer
 * once; other modules' keys are skipped.
 *
 * <p>Sequence numbers are taken when a row is written but become visible when its transaction commits, so a
 * lower number can appear after a higher one. The follower therefore re-reads a window behind the highest
 * number applied and applies any row it has not applied yet; consumers must tolerate a key twice.
 */
public final class ChangeFeedFollower {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeedFollower.class);
    static final int REREAD_WINDOW = 1_000;
    private static final int MAX_REMEMBERED = 20_000;

    private final DataSource dataSource;
    private final String name;
    private final Predicate<String> accepts;
    private final Consumer<String> consumer;
    private final AtomicLong highest = new AtomicLong();
    private final LinkedHashSet<Long> applied = new LinkedHashSet<>();
    private volatile boolean running;
    private volatile boolean connected;

    /**
     * @param name     the follower's thread name, and how its log lines name it
     * @param accepts  which keys this follower applies
     * @param consumer applies one key
     */
    public ChangeFeedFollower(DataSource dataSource, String name, Predicate<String> accepts, Consumer<String> consumer) {
        this.dataSource = dataSource;
        this.name = name;
        this.accepts = accepts;
        this.consumer = consumer;
    }

    /**
     * Where the feed stands now: its newest number, and every number visible in the re-read window behind it. A
     * follower started from here applies only rows not among them (including late commits with lower numbers).
     */
    public record Position(long seq, Set<Long> visible) {
    }

    public Position position() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long max;
            try (ResultSet rs = s.executeQuery("select coalesce(max(seq), 0) from change_feed")) {
                rs.next();
                max = rs.getLong(1);
            }
            Set<Long> visible = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("select seq from change_feed where seq > ?")) {
                ps.setLong(1, max - REREAD_WINDOW);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        visible.add(rs.getLong(1));
                    }
                }
            }
            return new Position(max, visible);
        }
    }

    /** Starts following from {@code position}: rows it saw are taken as applied. */
    public synchronized void start(Position position) {
        if (running) {
            return;
        }
        highest.set(position.seq());
        applied.addAll(new TreeSet<>(position.visible()));
        running = true;
        Thread thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops following (the thread ends within half a second). */
    public void stop() {
        running = false;
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
                    s.execute("listen " + ChangeFeed.CHANNEL);
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
                    log.warn("{}: change feed unreachable ({}); retrying in {} ms", name, e.getSQLState(), backoff);
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 5_000);
                }
            } catch (RuntimeException e) {
                log.error("{}: applying a change failed; retrying", name, e);
                sleep(1_000);
            }
        }
    }

    private void applyNewChanges(Connection c) throws SQLException {
        List<Long> seqs = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select seq, key from change_feed where seq > ? order by seq limit 10000")) {
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
            if (accepts.test(keys.get(i))) {
                consumer.accept(keys.get(i));
            }
            long seq = seqs.get(i);
            applied.add(seq);
            highest.accumulateAndGet(seq, Math::max);
        }
        while (applied.size() > MAX_REMEMBERED) {
            applied.remove(applied.iterator().next());
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
