package org.nigehbaan.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nigehbaan.accounts.AccountKind;
import org.nigehbaan.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users, their roles, sign-in failures and recovery codes, in explicit SQL. */
@Repository
public class UserRepository {

    private final JdbcClient jdbc;

    private final SecretBox secrets;

    UserRepository(JdbcClient jdbc, SecretBox secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    public boolean existsByUsername(String username) {
        return jdbc.sql("select count(*) from app_user where lower(username) = lower(?)").param(username)
                .query(Long.class).single() > 0;
    }

    public long insert(String username, String passwordHash, String displayName, String agency, String district,
                       Set<Role> roles, Instant createdAt, String createdBy, AccountKind kind) {
        long id = jdbc.sql("insert into app_user (username, password_hash, display_name, agency, district, "
                        + "created_at, created_by, kind, password_changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(username, passwordHash, displayName, agency, district, Timestamp.from(createdAt), createdBy,
                        kind.name(), Timestamp.from(createdAt))
                .query(Long.class).single();
        replaceRoles(id, roles);
        return id;
    }

    public void replaceRoles(long userId, Set<Role> roles) {
        jdbc.sql("delete from app_user_role where user_id = ?").param(userId).update();
        for (Role r : roles) {
            jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)").params(userId, r.name()).update();
        }
        bumpVersion(userId);
    }

    public Optional<UserRow> findByUsername(String username) {
        return load("where lower(u.username) = lower(?)", List.of(username), 1, 0).stream().findFirst();
    }

    /** The row locked for update, for commands that read, decide and write. */
    public Optional<UserRow> lockByUsername(String username) {
        List<Long> ids = jdbc.sql("select id from app_user where lower(username) = lower(?) for update")
                .param(username).query(Long.class).list();
        return ids.isEmpty() ? Optional.empty() : findById(ids.get(0));
    }

    public Optional<UserRow> findById(long id) {
        return load("where u.id = ?", List.of(id), 1, 0).stream().findFirst();
    }

    public List<UserRow> page(int limit, long offset) {
        return load("", List.of(), limit, offset);
    }

    /** Where a username or display name contains the parameter ({@link #containing}), any case. */
    private static final String NAME_CONTAINS =
            "where lower(u.username) like ? escape '\\' or lower(u.display_name) like ? escape '\\'";

    /** Accounts whose username or display name contains {@code text} (any case), in creation order. */
    public List<UserRow> search(String text, int limit, long offset) {
        String like = containing(text);
        return load(NAME_CONTAINS, List.of(like, like), limit, offset);
    }

    public long countMatching(String text) {
        String like = containing(text);
        return jdbc.sql("select count(*) from app_user u " + NAME_CONTAINS).params(like, like).query(Long.class)
                .single();
    }

    /** A LIKE pattern for {@code text} anywhere, its own %, _ and \ taken literally. */
    private static String containing(String text) {
        return "%" + likeEscaped(text.toLowerCase(java.util.Locale.ROOT)) + "%";
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public long countEnabledWithRole(Role role) {
        return jdbc.sql("select count(*) from app_user u join app_user_role r on r.user_id = u.id "
                + "where u.enabled and r.role = ?").param(role.name()).query(Long.class).single();
    }

    public void setEnabled(long id, boolean enabled, Instant at, String by, String reason) {
        jdbc.sql("update app_user set enabled = ?, disabled_at = ?, disabled_by = ?, disabled_reason = ?, "
                        + "security_version = security_version + 1 where id = ?")
                .params(enabled, enabled ? null : Timestamp.from(at), enabled ? null : by, enabled ? null : reason, id)
                .update();
    }

    public void setPassword(long id, String hash, boolean mustChange, Instant at) {
        jdbc.sql("update app_user set password_hash = ?, password_must_change = ?, password_changed_at = ?, "
                + "security_version = security_version + 1 where id = ?")
                .params(hash, mustChange, Timestamp.from(at), id).update();
    }

    public void bumpVersion(long id) {
        jdbc.sql("update app_user set security_version = security_version + 1 where id = ?").param(id).update();
    }

    public void markUsed(long id, Instant at) {
        jdbc.sql("update app_user set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                .params(Timestamp.from(at), id, Timestamp.from(at)).update();
    }

    /** Accounts with no use since {@code before} (or never used and created before it), still enabled. */
    public List<UserRow> unusedSince(Instant before) {
        return load("where u.enabled and coalesce(u.last_used_at, u.created_at) < ?", List.of(Timestamp.from(before)),
                10_000, 0);
    }

    // Sign-in failures and lockout

    public int recordFailure(long userId, Instant at, Instant windowStart) {
        jdbc.sql("insert into acc_sign_in_failure (user_id, at) values (?, ?)").params(userId, Timestamp.from(at)).update();
        jdbc.sql("delete from acc_sign_in_failure where user_id = ? and at < ?").params(userId, Timestamp.from(windowStart))
                .update();
        return jdbc.sql("select count(*) from acc_sign_in_failure where user_id = ? and at >= ?")
                .params(userId, Timestamp.from(windowStart)).query(Integer.class).single();
    }

    public void lockUntil(long userId, Instant until) {
        jdbc.sql("update app_user set locked_until = ? where id = ?")
                .params(until == null ? null : Timestamp.from(until), userId).update();
    }

    public void clearFailures(long userId) {
        jdbc.sql("delete from acc_sign_in_failure where user_id = ?").param(userId).update();
    }

    // TOTP

    /** Stores the user's TOTP secret sealed ({@link SecretBox}); null removes it. */
    public void setTotp(long userId, String secret, Instant confirmedAt) {
        jdbc.sql("update app_user set totp_secret = ?, totp_confirmed_at = ?, totp_last_step = 0 where id = ?")
                .params(secrets.seal(userId, secret), confirmedAt == null ? null : Timestamp.from(confirmedAt), userId)
                .update();
    }

    /** The user's TOTP secret, opened; null when none is enrolled. */
    public String totpSecret(UserRow row) {
        return secrets.open(row.id(), row.totpSecret());
    }

    /** Seals the TOTP secrets written in clear before sealing existed; returns how many. */
    public int sealLegacyTotpSecrets() {
        List<Map.Entry<Long, String>> clear = jdbc.sql("select id, totp_secret from app_user "
                        + "where totp_secret is not null and totp_secret not like 'v1:%'")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
        for (Map.Entry<Long, String> e : clear) {
            jdbc.sql("update app_user set totp_secret = ? where id = ? and totp_secret = ?")
                    .params(secrets.seal(e.getKey(), e.getValue()), e.getKey(), e.getValue()).update();
        }
        return clear.size();
    }

    /** Records the time step of an accepted code; false when it (or a later one) was already used (a replay). */
    public boolean useTotpStep(long userId, long step) {
        return jdbc.sql("update app_user set totp_last_step = ? where id = ? and totp_last_step < ?")
                .params(step, userId, step).update() == 1;
    }

    public void replaceRecoveryCodes(long userId, List<String> hashes) {
        jdbc.sql("delete from acc_recovery_code where user_id = ?").param(userId).update();
        for (String h : hashes) {
            jdbc.sql("insert into acc_recovery_code (user_id, code_hash) values (?, ?)").params(userId, h).update();
        }
    }

    /** Spends a recovery code; false when there is no unused code with that hash. */
    public boolean useRecoveryCode(long userId, String hash, Instant at) {
        return jdbc.sql("update acc_recovery_code set used_at = ? where user_id = ? and code_hash = ? and used_at is null")
                .params(Timestamp.from(at), userId, hash).update() == 1;
    }

    public int unusedRecoveryCodes(long userId) {
        return jdbc.sql("select count(*) from acc_recovery_code where user_id = ? and used_at is null").param(userId)
                .query(Integer.class).single();
    }

    // Passkeys (Spring Security's WebAuthn tables: the user entity's name is the username)

    public int passkeys(String username) {
        return jdbc.sql("select count(*) from user_credentials c join user_entities e on e.id = c.user_entity_user_id "
                + "where lower(e.name) = lower(?)").param(username).query(Integer.class).single();
    }

    public void deletePasskeys(String username) {
        jdbc.sql("delete from user_credentials where user_entity_user_id in (select id from user_entities "
                + "where lower(name) = lower(?))").param(username).update();
    }

    private List<UserRow> load(String where, List<Object> params, int limit, long offset) {
        Map<Long, UserRow> byId = new LinkedHashMap<>();
        Map<Long, Set<Role>> roles = new LinkedHashMap<>();
        List<Object> p = new ArrayList<>(params);
        p.add(limit);
        p.add(offset);
        jdbc.sql("select u.*, r.role from (select * from app_user u " + where
                        + " order by u.id limit ? offset ?) u left join app_user_role r on r.user_id = u.id order by u.id")
                .params(p)
                .query(rs -> {
                    long id = rs.getLong("id");
                    if (!byId.containsKey(id)) {
                        byId.put(id, row(rs));
                        roles.put(id, EnumSet.noneOf(Role.class));
                    }
                    String role = rs.getString("role");
                    if (role != null) {
                        roles.get(id).add(Role.valueOf(role));
                    }
                });
        return byId.values().stream().map(r -> r.withRoles(Set.copyOf(roles.get(r.id())))).toList();
    }

    private static UserRow row(ResultSet rs) throws SQLException {
        return new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("display_name"), rs.getString("agency"), rs.getString("district"),
                rs.getBoolean("enabled"), Set.of(), instant(rs, "created_at"),
                AccountKind.valueOf(rs.getString("kind")), instant(rs, "locked_until"),
                rs.getBoolean("password_must_change"), instant(rs, "last_used_at"), rs.getInt("security_version"),
                rs.getString("totp_secret"), instant(rs, "totp_confirmed_at"), rs.getLong("totp_last_step"),
                rs.getString("disabled_reason"), instant(rs, "disabled_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
