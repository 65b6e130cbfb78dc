package org.nigehbaan.register.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nigehbaan.common.ReportingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The queries behind the register's figures, per district; counts only, never a row about a person. */
@Repository
public class RegisterFiguresRepository {

    /** One district's raw counts (see {@link org.nigehbaan.register.RegisterFigures.Counts}). */
    public static final class Tally {
        public String district;
        public long registered;
        public long active;
        public long ended;
        public long dutiesDue;
        public long dutiesMet;
        public long breachesRaised;
        public long openBreaches;

        public void add(Tally t) {
            registered += t.registered;
            active += t.active;
            ended += t.ended;
            dutiesDue += t.dutiesDue;
            dutiesMet += t.dutiesMet;
            breachesRaised += t.breachesRaised;
            openBreaches += t.openBreaches;
        }
    }

    public record MonthCounts(YearMonth month, long registered, long breachesRaised) {
    }

    private final JdbcClient jdbc;

    RegisterFiguresRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per district key. A duty "due in the period" fell due on a day of the period before {@code today} and was
     * not cancelled; it was met on time when closed as MET on or before its due day (register zone).
     */
    public Map<String, Tally> byDistrict(ReportingPeriod period, Instant asOf, LocalDate today, ZoneId zone) {
        Map<String, Tally> out = new LinkedHashMap<>();
        LocalDate lastDue = period.to().isBefore(today) ? period.to() : today.minusDays(1);
        jdbc.sql("""
                        select r.district_key, min(r.district),
                               count(*) filter (where r.registered_at >= :start and r.registered_at < :end),
                               count(*) filter (where r.registered_at < :asOf
                                                 and (r.status = 'ACTIVE' or r.status_changed_at >= :asOf)),
                               count(*) filter (where r.status <> 'ACTIVE' and r.status_changed_at >= :start
                                                 and r.status_changed_at < :end),
                               coalesce(sum(d.due), 0), coalesce(sum(d.met), 0),
                               coalesce(sum(b.raised), 0), coalesce(sum(b.open), 0)
                        from register_registrant r
                        left join lateral (
                            select count(*) as due,
                                   count(*) filter (where status = 'MET'
                                                    and (closed_at at time zone :zone)::date <= due_on) as met
                            from register_duty
                            where registrant_id = r.id and status <> 'CANCELLED' and due_on between :from and :lastDue
                        ) d on true
                        left join lateral (
                            select count(*) filter (where detected_on between :from and :to) as raised,
                                   count(*) filter (where detected_at < :asOf
                                                    and (resolved_at is null or resolved_at >= :asOf)) as open
                            from register_breach where registrant_id = r.id
                        ) b on true
                        group by r.district_key order by r.district_key""")
                .param("start", Timestamp.from(period.start())).param("end", Timestamp.from(period.endExclusive()))
                .param("asOf", Timestamp.from(asOf)).param("zone", zone.getId())
                .param("from", period.from()).param("to", period.to()).param("lastDue", lastDue)
                .query(rs -> {
                    Tally t = new Tally();
                    t.district = rs.getString(2);
                    t.registered = rs.getLong(3);
                    t.active = rs.getLong(4);
                    t.ended = rs.getLong(5);
                    t.dutiesDue = rs.getLong(6);
                    t.dutiesMet = rs.getLong(7);
                    t.breachesRaised = rs.getLong(8);
                    t.openBreaches = rs.getLong(9);
                    out.put(rs.getString(1), t);
                });
        return out;
    }

    /** Registrations and breaches per month of the period, for one district key or all (null). */
    public List<MonthCounts> byMonth(ReportingPeriod period, String districtKey, ZoneId zone) {
        List<MonthCounts> rows = new ArrayList<>();
        jdbc.sql("""
                        with m as (
                            select date_trunc('month', r.registered_at at time zone :zone)::date as month, 1 as reg, 0 as br
                            from register_registrant r
                            where r.registered_at >= :start and r.registered_at < :end
                              and (cast(:key as text) is null or r.district_key = :key)
                            union all
                            select date_trunc('month', b.detected_on)::date, 0, 1
                            from register_breach b join register_registrant r on r.id = b.registrant_id
                            where b.detected_on between :from and :to
                              and (cast(:key as text) is null or r.district_key = :key))
                        select month, sum(reg), sum(br) from m group by month order by month""")
                .param("zone", zone.getId()).param("key", districtKey)
                .param("start", Timestamp.from(period.start())).param("end", Timestamp.from(period.endExclusive()))
                .param("from", period.from()).param("to", period.to())
                .query(rs -> {
                    rows.add(new MonthCounts(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2), rs.getLong(3)));
                });
        return rows;
    }
}
