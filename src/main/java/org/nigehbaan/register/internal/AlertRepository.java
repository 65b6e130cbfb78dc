package org.nigehbaan.register.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nigehbaan.register.SuspectAlert;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Alerts about registrants raised by other modules. */
@Repository
public class AlertRepository {

    private static final String SELECT = "select a.*, r.person ->> 'fullName' as full_name from register_alert a "
            + "join register_registrant r on r.id = a.registrant_id";

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> insert(long registrantId, String district, String districtKey, String source,
                                 String sourceReference, String reasons, Instant at) {
        return jdbc.sql("insert into register_alert (registrant_id, district, district_key, source, source_reference, "
                        + "reasons, raised_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id")
                .params(registrantId, district, districtKey, source, sourceReference, reasons, Timestamp.from(at))
                .query(Long.class).optional();
    }

    public Optional<SuspectAlert> find(long id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query((rs, n) -> alert(rs)).optional();
    }

    public List<SuspectAlert> list(String[] districtKeys, boolean openOnly, int limit, long offset) {
        List<Object> params = new ArrayList<>();
        String where = where(districtKeys, openOnly, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(SELECT + where + " order by (a.acknowledged_at is null) desc, a.raised_at desc, a.id desc "
                + "limit ? offset ?").params(params).query((rs, n) -> alert(rs)).list();
    }

    public long count(String[] districtKeys, boolean openOnly) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from register_alert a" + where(districtKeys, openOnly, params)).params(params)
                .query(Long.class).single();
    }

    public int acknowledge(long id, String by, Instant at, String note) {
        return jdbc.sql("update register_alert set acknowledged_by = ?, acknowledged_at = ?, note = ? "
                + "where id = ? and acknowledged_at is null").params(by, Timestamp.from(at), note, id).update();
    }

    private static String where(String[] districtKeys, boolean openOnly, List<Object> params) {
        StringBuilder w = new StringBuilder(" where true");
        if (districtKeys != null) {
            w.append(" and a.district_key = any(?::text[])");
            params.add(districtKeys);
        }
        if (openOnly) {
            w.append(" and a.acknowledged_at is null");
        }
        return w.toString();
    }

    private static SuspectAlert alert(ResultSet rs) throws SQLException {
        Timestamp ack = rs.getTimestamp("acknowledged_at");
        return new SuspectAlert(rs.getLong("id"), rs.getLong("registrant_id"), rs.getString("full_name"),
                rs.getString("district"), rs.getString("source"), rs.getString("source_reference"),
                List.of(rs.getString("reasons").split("\n")), rs.getTimestamp("raised_at").toInstant(),
                ack == null ? null : ack.toInstant(), rs.getString("acknowledged_by"), rs.getString("note"));
    }
}
