package org.nigehbaan.screening.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.screening.PointOfEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps screening's figures read models current: called by the log writer inside the transaction that inserts
 * a batch of log rows, with the rows that were actually inserted (a replayed row is not counted twice). Adds
 * the batch's counts per day, purpose, point, decision and degraded mode to {@code scr_screening_day}, and one
 * row per referral to {@code scr_referral}; and called with each review, in its transaction, to keep on the
 * referral's row what became of it ({@link #reviewed}).
 */
@Component
public class ScreeningFiguresRollup {

    private static final ZoneId ZONE = ReportingPeriod.ZONE;

    private record Key(LocalDate day, String purpose, String point, String decision, boolean degraded) {
    }

    private final JdbcTemplate jdbc;

    ScreeningFiguresRollup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * After a review of the screening: its referral row takes the first review's time, whether a hit was
     * confirmed, and how many distinct hits were found "not this person" (recounted from its reviews, so a
     * repeated review of the same hit does not count twice). A screening that was not referred has no row.
     */
    public void reviewed(UUID screeningId) {
        jdbc.update("""
                update scr_referral f
                set first_review_at = r.first_review_at, confirmed = r.confirmed, cleared_hits = r.cleared_hits
                from (select min(at) as first_review_at, coalesce(bool_or(outcome = 'CONFIRMED'), false) as confirmed,
                             count(distinct hit_key) filter (where outcome = 'NOT_THIS_PERSON') as cleared_hits
                      from scr_review where screening_id = ?) r
                where f.screening_id = ?""", screeningId, screeningId);
    }

    void record(List<ScreeningLog.Row> inserted) {
        if (inserted.isEmpty()) {
            return;
        }
        Map<Key, Long> counts = new HashMap<>();
        List<ScreeningLog.Row> referrals = new ArrayList<>();
        for (ScreeningLog.Row r : inserted) {
            counts.merge(new Key(LocalDate.ofInstant(r.at(), ZONE), r.purpose(), PointOfEntry.of(r.location()),
                    r.decision(), r.degraded()), 1L, Long::sum);
            if ("REFER".equals(r.decision())) {
                referrals.add(r);
            }
        }
        // Sorted, so that two instances adding to the same days lock the rows in the same order.
        List<Map.Entry<Key, Long>> rows = counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Key::day).thenComparing(Key::purpose)
                        .thenComparing(Key::point).thenComparing(Key::decision).thenComparing(Key::degraded)))
                .toList();
        jdbc.batchUpdate("""
                insert into scr_screening_day (day, purpose, point, decision, degraded, screenings)
                values (?, ?, ?, ?, ?, ?)
                on conflict (day, purpose, point, decision, degraded)
                do update set screenings = scr_screening_day.screenings + excluded.screenings""",
                rows, rows.size(), (ps, e) -> {
                    ps.setDate(1, Date.valueOf(e.getKey().day()));
                    ps.setString(2, e.getKey().purpose());
                    ps.setString(3, e.getKey().point());
                    ps.setString(4, e.getKey().decision());
                    ps.setBoolean(5, e.getKey().degraded());
                    ps.setLong(6, e.getValue());
                });
        if (!referrals.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into scr_referral (screening_id, at, day, purpose, point, hit_count)
                    values (?, ?, ?, ?, ?, ?) on conflict (screening_id) do nothing""",
                    referrals, referrals.size(), (ps, r) -> {
                        ps.setObject(1, r.id());
                        ps.setTimestamp(2, Timestamp.from(r.at()));
                        ps.setDate(3, Date.valueOf(LocalDate.ofInstant(r.at(), ZONE)));
                        ps.setString(4, r.purpose());
                        ps.setString(5, PointOfEntry.of(r.location()));
                        ps.setInt(6, r.hitCount());
                    });
        }
    }
}
