package org.nigehbaan.accounts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nigehbaan.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users and their roles, in explicit SQL. */
@Repository
public class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    public boolean existsByUsername(String username) {
        return jdbc.sql("select count(*) from app_user where lower(username) = lower(?)").param(username)
                .query(Long.class).single() > 0;
    }

    public long insert(String username, String passwordHash, String displayName, String agency, String district,
                       Set<Role> roles, Instant createdAt, String createdBy) {
        long id = jdbc.sql("insert into app_user (username, password_hash, display_name, agency, district, "
                        + "created_at, created_by) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(username, passwordHash, displayName, agency, district, Timestamp.from(createdAt), createdBy)
                .query(Long.class).single();
        for (Role r : roles) {
            jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)").params(id, r.name()).update();
        }
        return id;
    }

    public Optional<UserRow> findByUsername(String username) {
        List<UserRow> rows = load("where lower(u.username) = lower(?)", List.of(username), 1, 0);
        return rows.stream().findFirst();
    }

    public List<UserRow> page(int limit, long offset) {
        return load("", List.of(), limit, offset);
    }

    private List<UserRow> load(String where, List<Object> params, int limit, long offset) {
        Map<Long, UserRow> byId = new LinkedHashMap<>();
        List<Object> p = new ArrayList<>(params);
        p.add(limit);
        p.add(offset);
        jdbc.sql("select u.*, r.role from (select * from app_user u " + where
                        + " order by u.id limit ? offset ?) u left join app_user_role r on r.user_id = u.id order by u.id")
                .params(p)
                .query(rs -> {
                    long id = rs.getLong("id");
                    UserRow row = byId.get(id);
                    if (row == null) {
                        row = new UserRow(id, rs.getString("username"), rs.getString("password_hash"),
                                rs.getString("display_name"), rs.getString("agency"), rs.getString("district"),
                                rs.getBoolean("enabled"), EnumSet.noneOf(Role.class),
                                rs.getTimestamp("created_at").toInstant());
                        byId.put(id, row);
                    }
                    String role = rs.getString("role");
                    if (role != null) {
                        row.roles().add(Role.valueOf(role));
                    }
                });
        return byId.values().stream()
                .map(r -> new UserRow(r.id(), r.username(), r.passwordHash(), r.displayName(), r.agency(),
                        r.district(), r.enabled(), Set.copyOf(r.roles()), r.createdAt()))
                .toList();
    }
}
