package org.nigehbaan.controllist.internal;

import java.sql.Timestamp;
import java.time.Instant;
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
 * The queries behind the control lists' figures, each in one place. A listing's end is the instant it stopped
 * being screened: the removal for a removed entry, the expiry instant for an expired one (whenever the nightly
 * job recorded it). When imports are staged and approved, {@link #imports} is the query to change: entries count
 * as listed from their activation either way.
 */
@Repository
public class ControlListFiguresRepository {

    /** Per list and ground: listed in the period, active at {@code asOf}, ended in the period. */
    public record GroundCounts(ListType list, Ground ground, long listed, long active, long ended) {
    }

    public record MonthCounts(YearMonth month, long listed, long ended) {
    }

    /** Deportees listed in the period, and of them those listed within the days of their deportation. */
    public record DeporteeCounts(long listed, long withinDays) {
    }

    private static final String ENTRIES = """
            with e as (
                select list, ground, activated_at, effective_from,
                       case when status = 'REMOVED' then ended_at
                            when status in ('ACTIVE', 'EXPIRED') then expires_at end as ends_at
                from cl_entry where activated_at is not null)
            """;

    private final JdbcClient jdbc;

    ControlListFiguresRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<GroundCounts> byGround(ReportingPeriod period, Instant asOf, Instant now) {
        List<GroundCounts> rows = new ArrayList<>();
        jdbc.sql(ENTRIES + """
                        select list, ground,
                               count(*) filter (where activated_at >= :start and activated_at < :end),
                               count(*) filter (where activated_at < :asOf and (ends_at is null or ends_at > :asOf)),
                               count(*) filter (where ends_at >= :start and ends_at < :end and ends_at <= :now)
                        from e group by list, ground""")
                .param("start", ts(period.start())).param("end", ts(period.endExclusive()))
                .param("asOf", ts(asOf)).param("now", ts(now))
                .query(rs -> {
                    rows.add(new GroundCounts(ListType.valueOf(rs.getString(1)), Ground.valueOf(rs.getString(2)),
                            rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                });
        return rows;
    }

    public List<MonthCounts> byMonth(ReportingPeriod period, Instant now) {
        List<MonthCounts> rows = new ArrayList<>();
        jdbc.sql(ENTRIES + """
                        , m as (
                            select date_trunc('month', activated_at at time zone :zone)::date as month, 1 as listed, 0 as ended
                            from e where activated_at >= :start and activated_at < :end
                            union all
                            select date_trunc('month', ends_at at time zone :zone)::date, 0, 1
                            from e where ends_at >= :start and ends_at < :end and ends_at <= :now)
                        select month, sum(listed), sum(ended) from m group by month order by month""")
                .param("zone", ReportingPeriod.ZONE.getId())
                .param("start", ts(period.start())).param("end", ts(period.endExclusive())).param("now", ts(now))
                .query(rs -> {
                    rows.add(new MonthCounts(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2),
                            rs.getLong(3)));
                });
        return rows;
    }

    /** Deportation date = the entry's effective date; listing day = its activation, in Pakistan's calendar. */
    public DeporteeCounts deportees(ReportingPeriod period, int withinDays) {
        return jdbc.sql("""
                        select count(*),
                               count(*) filter (where (activated_at at time zone :zone)::date - effective_from <= :days)
                        from cl_entry
                        where ground = 'DEPORTED_ILLEGAL_MIGRATION' and activated_at >= :start and activated_at < :end""")
                .param("zone", ReportingPeriod.ZONE.getId()).param("days", withinDays)
                .param("start", ts(period.start())).param("end", ts(period.endExclusive()))
                .query((rs, n) -> new DeporteeCounts(rs.getLong(1), rs.getLong(2))).single();
    }

    /** {@code [imports, entries created]} by imports started in the period. */
    public long[] imports(ReportingPeriod period) {
        return jdbc.sql("select count(*), coalesce(sum(imported), 0) from cl_import where started_at >= :start and started_at < :end")
                .param("start", ts(period.start())).param("end", ts(period.endExclusive()))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }
}
