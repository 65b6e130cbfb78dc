package org.nigehbaan.register.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aggregate counts over the register; never a row about a person. */
@Repository
public class StatisticsRepository {

    private final JdbcClient jdbc;

    StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Long> counts(String sql, Object... params) {
        Map<String, Long> m = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            m.put(rs.getString(1), rs.getLong(2));
        });
        return m;
    }

    public long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    public Map<String, Long> registrantsByStatus() {
        return counts("select status, count(*) from register_registrant group by status order by status");
    }

    public Map<String, Long> activeByRiskLevel() {
        return counts("select risk_level::text, count(*) from register_registrant where status = 'ACTIVE' "
                + "group by risk_level order by risk_level");
    }

    public Map<String, Long> breachesSince(LocalDate from) {
        return counts("select kind, count(*) from register_breach where detected_on >= ? group by kind order by kind",
                from);
    }

    public Map<String, Long> disclosuresSince(Instant from) {
        return counts("select purpose, count(*) from register_disclosure where occurred_at >= ? group by purpose "
                + "order by purpose", Timestamp.from(from));
    }

    /** {@code [district, active, overdue duties, open breaches]} per district, by district. */
    public List<Object[]> byDistrict(LocalDate today) {
        List<Object[]> rows = new ArrayList<>();
        jdbc.sql("""
                        select min(r.district) as district,
                               count(*) filter (where r.status = 'ACTIVE') as active,
                               coalesce(sum((select count(*) from register_duty d where d.registrant_id = r.id
                                   and d.status = 'OPEN' and d.due_on < ?)), 0) as overdue,
                               coalesce(sum((select count(*) from register_breach b where b.registrant_id = r.id
                                   and b.resolved_at is null)), 0) as breaches
                        from register_registrant r where r.status <> 'REMOVED'
                        group by r.district_key order by r.district_key""")
                .param(today)
                .query(rs -> {
                    rows.add(new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                });
        return rows;
    }
}
