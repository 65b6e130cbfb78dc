package org.nigehbaan.accounts.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.accounts.TokenSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tokens, stored only as the SHA-256 of the token. */
@Repository
public class TokenRepository {

    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored token and its owner's id. */
    public record TokenRow(long id, long userId, String name, Set<Role> roles, LocalDate expiresOn, Instant revokedAt) {
    }

    public long insert(long userId, String name, String hash, Set<Role> roles, LocalDate expiresOn, Instant at, String by) {
        return jdbc.sql("insert into acc_token (user_id, name, token_hash, roles, expires_on, created_at, created_by) "
                        + "values (?, ?, ?, ?::text[], ?, ?, ?) returning id")
                .params(userId, name, hash, "{" + String.join(",", roles.stream().map(Role::name).sorted().toList()) + "}",
                        expiresOn, Timestamp.from(at), by)
                .query(Long.class).single();
    }

    public Optional<TokenRow> findByHash(String hash) {
        return jdbc.sql("select * from acc_token where token_hash = ?").param(hash).query(TokenRepository::row).optional();
    }

    public List<TokenSummary> list(long userId) {
        return jdbc.sql("select * from acc_token where user_id = ? order by id desc").param(userId)
                .query((rs, n) -> {
                    TokenRow r = row(rs, n);
                    return new TokenSummary(r.id(), r.name(), r.roles(), r.expiresOn(),
                            rs.getTimestamp("created_at").toInstant(), instant(rs, "last_used_at"), r.revokedAt());
                }).list();
    }

    public boolean revoke(long userId, long id, Instant at, String by) {
        return jdbc.sql("update acc_token set revoked_at = ?, revoked_by = ? where id = ? and user_id = ? and revoked_at is null")
                .params(Timestamp.from(at), by, id, userId).update() == 1;
    }

    public boolean exists(long userId, long id) {
        return jdbc.sql("select count(*) from acc_token where id = ? and user_id = ?").params(id, userId)
                .query(Long.class).single() > 0;
    }

    public void markUsed(long id, Instant at) {
        jdbc.sql("update acc_token set last_used_at = ? where id = ?").params(Timestamp.from(at), id).update();
    }

    private static TokenRow row(ResultSet rs, int n) throws SQLException {
        Array a = rs.getArray("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) a.getArray()).map(Role::valueOf).forEach(roles::add);
        return new TokenRow(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"), Set.copyOf(roles),
                rs.getObject("expires_on", LocalDate.class), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
