package org.nigehbaan.controllist.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.nigehbaan.controllist.Ground;
import org.nigehbaan.controllist.PolicyView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Policy switches per ground and the change requests that flip them. */
@Repository
public class PolicyRepository {

    private final JdbcClient jdbc;

    PolicyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A switchable ground is off until an approved change turns it on. */
    boolean isEnabled(Ground ground) {
        return jdbc.sql("select enabled from cl_policy_switch where ground = ?").param(ground.name())
                .query(Boolean.class).optional().orElse(false);
    }

    void setEnabled(Ground ground, boolean enabled, String by, Instant at) {
        jdbc.sql("""
                        insert into cl_policy_switch (ground, enabled, changed_by, changed_at) values (?, ?, ?, ?)
                        on conflict (ground) do update set enabled = excluded.enabled, changed_by = excluded.changed_by,
                            changed_at = excluded.changed_at""")
                .params(ground.name(), enabled, by, Timestamp.from(at)).update();
    }

    long requestChange(Ground ground, boolean enable, String reason, String by, Instant at) {
        return jdbc.sql("""
                        insert into cl_policy_change (ground, enable, reason, requested_by, requested_at, status)
                        values (?, ?, ?, ?, ?, 'PENDING') returning id""")
                .params(ground.name(), enable, reason, by, Timestamp.from(at)).query(Long.class).single();
    }

    boolean hasPendingChange(Ground ground) {
        return jdbc.sql("select count(*) from cl_policy_change where ground = ? and status = 'PENDING'")
                .param(ground.name()).query(Long.class).single() > 0;
    }

    Optional<PolicyView.PolicyChange> findForUpdate(long id) {
        return jdbc.sql("select * from cl_policy_change where id = ? for update").param(id)
                .query((rs, n) -> change(rs)).optional();
    }

    void decide(long id, String status, String by, Instant at, String comment) {
        jdbc.sql("update cl_policy_change set status = ?, decided_by = ?, decided_at = ?, comment = ? where id = ?")
                .params(status, by, Timestamp.from(at), comment, id).update();
    }

    List<PolicyView.PolicyChange> recentChanges(int limit) {
        return jdbc.sql("select * from cl_policy_change order by id desc limit ?").param(limit)
                .query((rs, n) -> change(rs)).list();
    }

    private static PolicyView.PolicyChange change(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new PolicyView.PolicyChange(rs.getLong("id"), Ground.valueOf(rs.getString("ground")),
                rs.getBoolean("enable"), rs.getString("reason"), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(), rs.getString("status"), rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(), rs.getString("comment"));
    }
}
