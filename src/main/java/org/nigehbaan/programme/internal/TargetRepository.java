package org.nigehbaan.programme.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.nigehbaan.programme.Target;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The administrator's targets, one per figure. */
@Repository
public class TargetRepository {

    private final JdbcClient jdbc;

    TargetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Target> all() {
        return jdbc.sql("select figure, comparison, value, set_by, set_at from prog_target order by figure")
                .query((rs, n) -> new Target(rs.getString(1), Target.Comparison.valueOf(rs.getString(2)),
                        rs.getBigDecimal(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    public void put(String figure, Target.Comparison comparison, BigDecimal value, String by, Instant at) {
        jdbc.sql("""
                        insert into prog_target (figure, comparison, value, set_by, set_at) values (?, ?, ?, ?, ?)
                        on conflict (figure) do update set comparison = excluded.comparison, value = excluded.value,
                            set_by = excluded.set_by, set_at = excluded.set_at""")
                .params(figure, comparison.name(), value, by, Timestamp.from(at)).update();
    }

    public boolean remove(String figure) {
        return jdbc.sql("delete from prog_target where figure = ?").param(figure).update() == 1;
    }
}
