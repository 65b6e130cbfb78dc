package org.nigehbaan.screening.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
 * What later screenings remember of earlier decisions, kept in memory on every instance (they must work while the
 * database is down) and loaded from the database: travellers an officer confirmed were the listed person, and
 * travellers a second person (a border supervisor) confirmed were not. A reviewing officer's NOT_THIS_PERSON
 * alone is not remembered: it is a pending redress until a supervisor confirms it.
 */
@Component
public class Reviews implements IndexChangeHandler {

    public static final String REVIEW_PREFIX = "REVIEW-";
    public static final String REDRESS_PREFIX = "REDRESS-";

    /**
     * A remembered decision.
     *
     * @param ref          {@code REVIEW-<id>} or {@code REDRESS-<id>}
     * @param reviewId     the review it came from
     * @param at           when it took effect (the review, or the supervisor's confirmation)
     * @param fingerprints the travellers it covers
     */
    public record Remembered(String ref, long reviewId, ReviewOutcome outcome, Instant at, Set<String> fingerprints) {
    }

    private final JdbcClient jdbc;
    /** hit key → remembered decisions about that listing. */
    private final Map<String, List<Remembered>> byKey = new ConcurrentHashMap<>();

    Reviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest decision about this listing covering one of the traveller's fingerprints, if any. */
    public Optional<Remembered> find(String hitKey, Set<String> fingerprints) {
        List<Remembered> remembered = byKey.get(hitKey);
        if (remembered == null) {
            return Optional.empty();
        }
        return remembered.stream().filter(r -> r.fingerprints().stream().anyMatch(fingerprints::contains))
                .max(Comparator.comparing(Remembered::at).thenComparing(Remembered::reviewId));
    }

    @Override
    public boolean handles(String key) {
        return key.startsWith(REVIEW_PREFIX) || key.startsWith(REDRESS_PREFIX);
    }

    @Override
    public void apply(String key) {
        if (key.startsWith(REVIEW_PREFIX)) {
            long id = Long.parseLong(key.substring(REVIEW_PREFIX.length()));
            jdbc.sql("select * from scr_review where id = ? and outcome = 'CONFIRMED'").param(id).query(rs -> {
                remember(rs.getString("hit_key"), confirmedReview(rs));
            });
        } else {
            long id = Long.parseLong(key.substring(REDRESS_PREFIX.length()));
            jdbc.sql("select * from scr_redress where id = ?").param(id).query(rs -> {
                if ("CONFIRMED".equals(rs.getString("status"))) {
                    remember(rs.getString("hit_key"), confirmedRedress(rs));
                } else {
                    forget(rs.getString("hit_key"), key);
                }
            });
        }
    }

    @Override
    public void loadAll() {
        jdbc.sql("select * from scr_review where outcome = 'CONFIRMED' order by id").query(rs -> {
            remember(rs.getString("hit_key"), confirmedReview(rs));
        });
        jdbc.sql("select * from scr_redress where status = 'CONFIRMED' order by id").query(rs -> {
            remember(rs.getString("hit_key"), confirmedRedress(rs));
        });
    }

    private static Remembered confirmedReview(ResultSet rs) throws SQLException {
        return new Remembered(REVIEW_PREFIX + rs.getLong("id"), rs.getLong("id"), ReviewOutcome.CONFIRMED,
                rs.getTimestamp("at").toInstant(), fingerprints(rs));
    }

    private static Remembered confirmedRedress(ResultSet rs) throws SQLException {
        return new Remembered(REDRESS_PREFIX + rs.getLong("id"), rs.getLong("review_id"), ReviewOutcome.NOT_THIS_PERSON,
                rs.getTimestamp("confirmed_at").toInstant(), fingerprints(rs));
    }

    private static Set<String> fingerprints(ResultSet rs) throws SQLException {
        return Set.of((String[]) rs.getArray("fingerprints").getArray());
    }

    private void remember(String hitKey, Remembered r) {
        byKey.compute(hitKey, (k, list) -> {
            if (list != null && list.stream().anyMatch(x -> x.ref().equals(r.ref()))) {
                return list;
            }
            List<Remembered> next = new ArrayList<>(list == null ? List.of() : list);
            next.add(r);
            return List.copyOf(next);
        });
    }

    private void forget(String hitKey, String ref) {
        byKey.computeIfPresent(hitKey, (k, list) -> {
            List<Remembered> next = list.stream().filter(x -> !x.ref().equals(ref)).toList();
            return next.isEmpty() ? null : next;
        });
    }
}
