package org.nigehbaan.accounts.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.accounts.RoleRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Requests for, and the history of, privileged role grants. */
@Repository
public class RoleRequestRepository {

    private static final String SELECT = "select q.*, u.username from acc_role_request q join app_user u on u.id = q.user_id ";
    private final JdbcClient jdbc;

    RoleRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long userId, Set<Role> roles, String status, String requestedBy, Instant at) {
        boolean decided = !RoleRequest.PENDING.equals(status);
        return jdbc.sql("insert into acc_role_request (user_id, roles, status, requested_by, requested_at, decided_by, "
                        + "decided_at) values (?, ?::text[], ?, ?, ?, ?, ?) returning id")
                .params(userId, array(roles), status, requestedBy, Timestamp.from(at), decided ? requestedBy : null,
                        decided ? Timestamp.from(at) : null)
                .query(Long.class).single();
    }

    public Optional<RoleRequest> lock(long id) {
        return jdbc.sql(SELECT + "where q.id = ? for update of q").param(id).query(RoleRequestRepository::row).optional();
    }

    public void decide(long id, String status, String by, Instant at, String comment) {
        jdbc.sql("update acc_role_request set status = ?, decided_by = ?, decided_at = ?, comment = ? where id = ?")
                .params(status, by, Timestamp.from(at), comment, id).update();
    }

    public List<RoleRequest> byStatus(String status, int limit) {
        if (status == null) {
            return jdbc.sql(SELECT + "order by q.id desc limit ?").param(limit).query(RoleRequestRepository::row).list();
        }
        return jdbc.sql(SELECT + "where q.status = ? order by q.id desc limit ?").params(status, limit)
                .query(RoleRequestRepository::row).list();
    }

    public List<RoleRequest> pendingFor(long userId) {
        return jdbc.sql(SELECT + "where q.user_id = ? and q.status = 'PENDING' order by q.id").param(userId)
                .query(RoleRequestRepository::row).list();
    }

    /** Whether anyone other than {@code userId} was ever granted ADMIN (at once or approved). */
    public boolean adminEverGrantedToOtherThan(long userId) {
        return jdbc.sql("select count(*) from acc_role_request where user_id <> ? and status in ('GRANTED', 'APPROVED') "
                + "and 'ADMIN' = any(roles)").param(userId).query(Long.class).single() > 0;
    }

    private static String array(Set<Role> roles) {
        return "{" + String.join(",", roles.stream().map(Role::name).sorted().toList()) + "}";
    }

    private static RoleRequest row(ResultSet rs, int n) throws SQLException {
        Array a = rs.getArray("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) a.getArray()).map(Role::valueOf).forEach(roles::add);
        Timestamp decided = rs.getTimestamp("decided_at");
        return new RoleRequest(rs.getLong("id"), rs.getString("username"), Set.copyOf(roles), rs.getString("status"),
                rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(), rs.getString("decided_by"),
                decided == null ? null : decided.toInstant());
    }
}
