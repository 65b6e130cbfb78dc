package org.nigehbaan.controllist.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.controllist.Ground;
import org.nigehbaan.controllist.ListType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queries behind the control lists' figures, each in one place. They read the per-day counts that triggers
 * on {@code cl_entry} keep (V10_1): {@code cl_entry_day} (entries listed and ended per day, list and ground) and
 * {@code cl_deportee_day} (deportees listed per day, by days since deportation). An entry is listed on the day it
 * became active and ended on the day it stopped being screened (removed, or its term over at 00:00 that day),
 * in Pakistan's calendar. When imports are staged and approved, {@link #imports} is the query to change: entries
 * count as listed from their activation either way.
 */
@Repository
public class ControlListFiguresRepository {

    /** Per list and ground: listed in the period, active at the end of {@code asOf}, ended in the period. */
    public record GroundCounts(ListType list, Ground ground, long listed, long active, long ended) {
    }

    public record MonthCounts(YearMonth month, long listed, long ended) {
    }

    /** Deportees listed in the period, and of them those listed within the days of their deportation. */
    public record DeporteeCounts(long listed, long withinDays) {
    }

    /** The longest "within N days" the per-day counts can answer exactly (their lags stop at 367). */
    public static final int MAX_DEPORTEE_DAYS = 366;

    private final JdbcClient jdbc;

    ControlListFiguresRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param asOf the last day whose endings count (the period's last day, or today if the period runs on):
     *             an entry is active at the end of that day if it was listed on or before it and not ended
     */
    public List<GroundCounts> byGround(ReportingPeriod period, LocalDate asOf) {
        List<GroundCounts> rows = new ArrayList<>();
        jdbc.sql("""
                        select list, ground,
                               coalesce(sum(listed) filter (where day between :from and :to), 0),
                               coalesce(sum(listed - ended) filter (where day <= :asOf), 0),
                               coalesce(sum(ended) filter (where day between :from and :asOf), 0)
                        from cl_entry_day group by list, ground""")
                .param("from", Date.valueOf(period.from())).param("to", Date.valueOf(period.to()))
                .param("asOf", Date.valueOf(asOf))
                .query(rs -> {
                    rows.add(new GroundCounts(ListType.valueOf(rs.getString(1)), Ground.valueOf(rs.getString(2)),
                            rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                });
        return rows;
    }

    /** Listed per month of the period; ended per month up to {@code asOf} (see {@link #byGround}). */
    public List<MonthCounts> byMonth(ReportingPeriod period, LocalDate asOf) {
        List<MonthCounts> rows = new ArrayList<>();
        jdbc.sql("""
                        select date_trunc('month', day)::date, sum(listed),
                               coalesce(sum(ended) filter (where day <= :asOf), 0)
                        from cl_entry_day where day between :from and :to group by 1 order by 1""")
                .param("from", Date.valueOf(period.from())).param("to", Date.valueOf(period.to()))
                .param("asOf", Date.valueOf(asOf))
                .query(rs -> {
                    rows.add(new MonthCounts(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2),
                            rs.getLong(3)));
                });
        return rows;
    }

    /** Deportation date = the entry's effective date; listing day = its activation, in Pakistan's calendar. */
    public DeporteeCounts deportees(ReportingPeriod period, int withinDays) {
        return jdbc.sql("""
                        select coalesce(sum(listed), 0), coalesce(sum(listed) filter (where lag <= :days), 0)
                        from cl_deportee_day where day between :from and :to""")
                .param("days", withinDays)
                .param("from", Date.valueOf(period.from())).param("to", Date.valueOf(period.to()))
                .query((rs, n) -> new DeporteeCounts(rs.getLong(1), rs.getLong(2))).single();
    }

    /** {@code [imports, entries created]} by imports started in the period. */
    public long[] imports(ReportingPeriod period) {
        return jdbc.sql("select count(*), coalesce(sum(imported), 0) from cl_import where started_at >= :start and started_at < :end")
                .param("start", Timestamp.from(period.start())).param("end", Timestamp.from(period.endExclusive()))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }
}
