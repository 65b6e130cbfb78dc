package org.nigehbaan.register.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.nigehbaan.register.DistrictGrant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Extra districts granted to register officers. */
@Repository
public class GrantRepository {

    private final JdbcClient jdbc;

    GrantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String username, String district, String reason, String by, Instant at) {
        return jdbc.sql("insert into register_district_grant (username, district, district_key, reason, granted_by, "
                        + "granted_at) values (?, ?, ?, ?, ?, ?) returning id")
                .params(username, district, DistrictScope.key(district), reason, by, Timestamp.from(at))
                .query(Long.class).single();
    }

    public boolean activeExists(String username, String district) {
        return jdbc.sql("select count(*) from register_district_grant where lower(username) = lower(?) "
                        + "and district_key = ? and revoked_at is null")
                .params(username, DistrictScope.key(district)).query(Long.class).single() > 0;
    }

    /** The district keys granted to a user and not revoked. */
    public List<String> activeDistrictKeys(String username) {
        return jdbc.sql("select district_key from register_district_grant where lower(username) = lower(?) "
                + "and revoked_at is null").param(username).query(String.class).list();
    }

    public int revoke(long id, String by, Instant at, String reason) {
        return jdbc.sql("update register_district_grant set revoked_by = ?, revoked_at = ?, revoke_reason = ? "
                        + "where id = ? and revoked_at is null")
                .params(by, Timestamp.from(at), reason, id).update();
    }

    public Optional<DistrictGrant> find(long id) {
        return jdbc.sql("select * from register_district_grant where id = ?").param(id).query((rs, n) -> row(rs))
                .optional();
    }

    public List<DistrictGrant> all(boolean includeRevoked) {
        return jdbc.sql("select * from register_district_grant" + (includeRevoked ? "" : " where revoked_at is null")
                + " order by lower(username), district_key, id").query((rs, n) -> row(rs)).list();
    }

    private static DistrictGrant row(ResultSet rs) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new DistrictGrant(rs.getLong("id"), rs.getString("username"), rs.getString("district"),
                rs.getString("reason"), rs.getString("granted_by"), rs.getTimestamp("granted_at").toInstant(),
                rs.getString("revoked_by"), revoked == null ? null : revoked.toInstant(), rs.getString("revoke_reason"));
    }
}
