package org.nigehbaan.screening.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.nigehbaan.screening.ReviewOutcome;
import org.nigehbaan.screening.index.IndexChangeHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Officers' reviews of hits, kept in memory on every instance (they must work while the database is down) and
 * in the database: which travellers were found not to be a listed person, and which were confirmed to be.
 */
@Component
public class Reviews implements IndexChangeHandler {

    static final String PREFIX = "REVIEW-";

    /** A remembered review: its id, and the traveller fingerprints it covers. */
    public record Remembered(long reviewId, ReviewOutcome outcome, Instant at, Set<String> fingerprints) {
    }

    private final JdbcClient jdbc;
    /** hit key → reviews of that listing. */
    private final Map<String, List<Remembered>> byKey = new ConcurrentHashMap<>();

    Reviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest review of this listing covering one of the traveller's fingerprints, if any. */
    public Optional<Remembered> find(String hitKey, Set<String> fingerprints) {
        List<Remembered> reviews = byKey.get(hitKey);
        if (reviews == null) {
            return Optional.empty();
        }
        Remembered latest = null;
        for (Remembered r : reviews) {
            if (r.fingerprints().stream().anyMatch(fingerprints::contains)
                    && (latest == null || r.reviewId() > latest.reviewId())) {
                latest = r;
            }
        }
        return Optional.ofNullable(latest);
    }

    @Override
    public boolean handles(String key) {
        return key.startsWith(PREFIX);
    }

    @Override
    public void apply(String key) {
        long id = Long.parseLong(key.substring(PREFIX.length()));
        jdbc.sql("select * from scr_review where id = ?").param(id).query(rs -> {
            remember(rs);
        });
    }

    @Override
    public void loadAll() {
        jdbc.sql("select * from scr_review order by id").query(rs -> {
            remember(rs);
        });
    }

    private void remember(java.sql.ResultSet rs) throws java.sql.SQLException {
        Remembered r = new Remembered(rs.getLong("id"), ReviewOutcome.valueOf(rs.getString("outcome")),
                rs.getTimestamp("at").toInstant(), Set.of((String[]) rs.getArray("fingerprints").getArray()));
        byKey.compute(rs.getString("hit_key"), (k, list) -> {
            if (list != null && list.stream().anyMatch(x -> x.reviewId() == r.reviewId())) {
                return list;
            }
            List<Remembered> next = new java.util.ArrayList<>(list == null ? List.of() : list);
            next.add(r);
            return List.copyOf(next);
        });
    }
}
