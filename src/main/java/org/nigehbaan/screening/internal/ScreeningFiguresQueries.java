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
 * reviews, namesake redress. When redress becomes records of its own (PENDING / CONFIRMED / REVOKED),
 * {@link #notThisPersonReviews} is the one query to change.
 */
@Repository
public class ScreeningFiguresQueries {

    /** One rollup cell: a day, purpose, point, decision and degraded flag, and how many screenings. */
    public record Cell(LocalDate day, String purpose, String point, String decision, boolean degraded, long screenings) {
    }

    /** What became of the period's referrals, and the minutes to first review of those reviewed. */
    public record ReferralOutcomes(long referrals, long reviewed, long confirmed, long cleared, Double medianMinutes) {
    }

    private final JdbcClient jdbc;

    ScreeningFiguresQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rollup's cells for the period's days (and points, when any are named). */
    public List<Cell> cells(ReportingPeriod period, Collection<String> points) {
        MapSqlParameterSource p = params(period, points);
        List<Cell> cells = new ArrayList<>();
        jdbc.sql("select day, purpose, point, decision, degraded, screenings from scr_screening_day "
                        + "where day between :from and :to" + pointFilter("point", points))
                .paramSource(p)
                .query(rs -> {
                    cells.add(new Cell(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getBoolean(5), rs.getLong(6)));
                });
        return cells;
    }

    /**
     * Referrals of the period and their reviews: confirmed when a hit was confirmed; cleared when, without a
     * confirmation, as many distinct hits were found "not this person" as the screening had; the median of the
     * minutes from the screening to its first review.
     */
    public ReferralOutcomes referrals(ReportingPeriod period, Collection<String> points) {
        return jdbc.sql("""
                        with r as (
                            select f.screening_id, f.at, f.hit_count,
                                   min(v.at) as first_review,
                                   bool_or(v.outcome = 'CONFIRMED') as confirmed,
                                   count(distinct v.hit_key) filter (where v.outcome = 'NOT_THIS_PERSON') as cleared_hits
                            from scr_referral f left join scr_review v on v.screening_id = f.screening_id
                            where f.day between :from and :to""" + pointFilter("f.point", points) + """

                            group by f.screening_id, f.at, f.hit_count)
                        select count(*),
                               count(first_review),
                               count(*) filter (where confirmed),
                               count(*) filter (where not coalesce(confirmed, false) and cleared_hits >= hit_count),
                               percentile_cont(0.5) within group (order by extract(epoch from first_review - at) / 60)
                        from r""")
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

    private static MapSqlParameterSource params(ReportingPeriod period, Collection<String> points) {
        return new MapSqlParameterSource().addValue("from", Date.valueOf(period.from()))
                .addValue("to", Date.valueOf(period.to())).addValue("points", points.isEmpty() ? List.of("") : points);
    }

    private static String pointFilter(String column, Collection<String> points) {
        return points.isEmpty() ? "" : " and " + column + " in (:points)";
    }
}
