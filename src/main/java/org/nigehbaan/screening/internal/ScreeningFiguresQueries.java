package org.nigehbaan.screening.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.nigehbaan.common.ReportingPeriod;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queries behind screening's figures, each in one place: counts from the daily rollup, referrals and their
 * reviews, namesake redress (opened by a review, then confirmed or revoked by a border supervisor).
 */
@Repository
public class ScreeningFiguresQueries {

    /** What a {@link Cell} sums over: a day (with its degraded flag), a purpose, or a point of entry. */
    public enum By { DAY, PURPOSE, POINT }

    /**
     * Screenings with one decision, summed over the period's rollup rows per day (and degraded flag), per purpose
     * or per point of entry.
     *
     * @param day      the day, for {@link By#DAY}
     * @param key      the purpose or the point, for {@link By#PURPOSE} and {@link By#POINT}
     * @param degraded answered from memory, for {@link By#DAY} (false otherwise)
     */
    public record Cell(By by, LocalDate day, String key, String decision, boolean degraded, long screenings) {
    }

    /** What became of the period's referrals, and the minutes to first review of those reviewed. */
    public record ReferralOutcomes(long referrals, long reviewed, long confirmed, long cleared, Double medianMinutes) {
    }

    private final JdbcClient jdbc;

    ScreeningFiguresQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The rollup for the period's days (and points, when any are named), summed in the database per day, per
     * purpose and per point: a few thousand rows for a year, whatever the number of screenings.
     */
    public List<Cell> cells(ReportingPeriod period, Collection<String> points) {
        MapSqlParameterSource p = params(period, points);
        List<Cell> cells = new ArrayList<>();
        jdbc.sql("""
                        select grouping(day, purpose, point), day, coalesce(purpose, point), decision, degraded,
                               sum(screenings)
                        from scr_screening_day
                        where day between :from and :to""" + pointFilter("point", points) + """

                        group by grouping sets ((day, decision, degraded), (purpose, decision), (point, decision))""")
                .paramSource(p)
                .query(rs -> {
                    By by = switch (rs.getInt(1)) {
                        case 0b011 -> By.DAY;
                        case 0b101 -> By.PURPOSE;
                        case 0b110 -> By.POINT;
                        default -> throw new IllegalStateException("grouping " + rs.getInt(1));
                    };
                    cells.add(new Cell(by, rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                            rs.getBoolean(5), rs.getLong(6)));
                });
        return cells;
    }

    /**
     * Referrals of the period and what became of them, as their rows keep it ({@link ScreeningFiguresRollup#reviewed}):
     * confirmed when a hit was confirmed; cleared when, without a confirmation, as many distinct hits were found
     * "not this person" as the screening had; the median of the minutes from the screening to its first review.
     */
    public ReferralOutcomes referrals(ReportingPeriod period, Collection<String> points) {
        return jdbc.sql("""
                        select count(*),
                               count(first_review_at),
                               count(*) filter (where confirmed),
                               count(*) filter (where not confirmed and cleared_hits >= hit_count),
                               percentile_cont(0.5) within group (order by extract(epoch from first_review_at - at) / 60)
                        from scr_referral
                        where day between :from and :to""" + pointFilter("point", points))
                .paramSource(params(period, points))
                .query((rs, n) -> new ReferralOutcomes(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getObject(5) == null ? null : rs.getDouble(5)))
                .single();
    }

    /**
     * Namesake redress opened in the period: hits reviewed "not this person" (each one sets the hit aside and
     * clears the same traveller for that listing). Not filtered by point: a review is not tied to a counter.
     */
    public long notThisPersonReviews(ReportingPeriod period) {
        return jdbc.sql("select count(*) from scr_review where outcome = 'NOT_THIS_PERSON' and at >= :start and at < :end")
                .param("start", Timestamp.from(period.start())).param("end", Timestamp.from(period.endExclusive()))
                .query(Long.class).single();
    }

    /** Redress records confirmed ({@code confirmed_at}) or revoked ({@code revoked_at}) within the period. */
    public long redressDecided(ReportingPeriod period, String column) {
        if (!column.equals("confirmed_at") && !column.equals("revoked_at")) {
            throw new IllegalArgumentException("not a redress decision column: " + column);
        }
        return jdbc.sql("select count(*) from scr_redress where " + column + " >= :start and " + column + " < :end")
                .param("start", Timestamp.from(period.start())).param("end", Timestamp.from(period.endExclusive()))
                .query(Long.class).single();
    }

    private static MapSqlParameterSource params(ReportingPeriod period, Collection<String> points) {
        return new MapSqlParameterSource().addValue("from", Date.valueOf(period.from()))
                .addValue("to", Date.valueOf(period.to())).addValue("points", points.isEmpty() ? List.of("") : points);
    }

    private static String pointFilter(String column, Collection<String> points) {
        return points.isEmpty() ? "" : " and " + column + " in (:points)";
    }
}
