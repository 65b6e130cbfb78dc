package org.nigehbaan.support;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.nigehbaan.accounts.AccountService;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.NewUser;
import org.nigehbaan.accounts.Role;
import org.springframework.boot.test.context.TestComponent;

/**
 * Creates test users on demand, once per context: {@code user(Role.LIST_OFFICER)} is a list officer, and
 * {@code user("approver2", Role.LIST_APPROVER)} a second approver. Every test user's password is
 * {@link #PASSWORD}.
 */
@TestComponent
public class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";

    private final AccountService accounts;
    private final ConcurrentHashMap<String, Actor> created = new ConcurrentHashMap<>();

    TestUsers(AccountService accounts) {
        this.accounts = accounts;
    }

    /** The standard test user holding exactly {@code role}; its username is the role's name in lower case. */
    public Actor user(Role role) {
        return user(role.name().toLowerCase(), "PK-TEST", null, role);
    }

    public Actor user(String username, Role... roles) {
        return user(username, "PK-TEST", null, roles);
    }

    public synchronized Actor user(String username, String agency, String district, Role... roles) {
        return created.computeIfAbsent(username, u -> accounts.findActor(u).orElseGet(() -> {
            accounts.createUser(new NewUser(u, PASSWORD, "Test " + u, agency, district,
                    List.of(roles).stream().map(Role::name).toList()), Actor.SYSTEM);
            return accounts.findActor(u).orElseThrow();
        }));
    }
}
