package org.nigehbaan.register.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nigehbaan.register.RegisterChange;
import org.nigehbaan.register.RegistrantStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Removal and discharge requests, waiting for (or decided by) a second register officer. */
@Repository
public class ChangeRequests {

    private static final String SELECT = "select c.*, r.status as registrant_status from register_change_request c "
            + "join register_registrant r on r.id = c.registrant_id";

    private final JdbcClient jdbc;

    ChangeRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long registrantId, RegisterChange.Kind kind, String reason, String by, Instant at) {
        return jdbc.sql("insert into register_change_request (registrant_id, kind, reason, requested_by, requested_at, "
                        + "status) values (?, ?, ?, ?, ?, 'PENDING') returning id")
                .params(registrantId, kind.name(), reason, by, Timestamp.from(at)).query(Long.class).single();
    }

    public Optional<RegisterChange> find(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query((rs, n) -> row(rs)).optional();
    }

    public Optional<RegisterChange> pending(long registrantId) {
        return jdbc.sql(SELECT + " where c.registrant_id = ? and c.status = 'PENDING'").param(registrantId)
                .query((rs, n) -> row(rs)).optional();
    }

    public void decide(long id, RegisterChange.Status status, String by, Instant at, String note) {
        jdbc.sql("update register_change_request set status = ?, decided_by = ?, decided_at = ?, decision_note = ? "
                + "where id = ? and status = 'PENDING'").params(status.name(), by, Timestamp.from(at), note, id).update();
    }

    /** Requests in the given districts ({@code null}: all), newest first. */
    public List<RegisterChange> list(String[] districtKeys, RegisterChange.Status status, int limit, int offset) {
        List<Object> params = new ArrayList<>();
        String where = where(districtKeys, status, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(SELECT + where + " order by c.id desc limit ? offset ?").params(params)
                .query((rs, n) -> row(rs)).list();
    }

    public long count(String[] districtKeys, RegisterChange.Status status) {
        List<Object> params = new ArrayList<>();
        String where = where(districtKeys, status, params);
        return jdbc.sql("select count(*) from register_change_request c join register_registrant r "
                + "on r.id = c.registrant_id" + where).params(params).query(Long.class).single();
    }

    private static String where(String[] districtKeys, RegisterChange.Status status, List<Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (districtKeys != null) {
            where.append(" and r.district_key = any(?::text[])");
            params.add(districtKeys);
        }
        if (status != null) {
            where.append(" and c.status = ?");
            params.add(status.name());
        }
        return where.toString();
    }

    private static RegisterChange row(ResultSet rs) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new RegisterChange(rs.getLong("id"), rs.getLong("registrant_id"),
                RegisterChange.Kind.valueOf(rs.getString("kind")), rs.getString("reason"), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(), RegisterChange.Status.valueOf(rs.getString("status")),
                rs.getString("decided_by"), decided == null ? null : decided.toInstant(), rs.getString("decision_note"),
                RegistrantStatus.valueOf(rs.getString("registrant_status")));
    }
}
