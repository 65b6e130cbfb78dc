package org.nigehbaan.support;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.nigehbaan.accounts.AccountService;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.NewUser;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.accounts.SecondFactorService;
import org.springframework.boot.test.context.TestComponent;

/**
 * Creates test users on demand, once per context: {@code user(Role.LIST_OFFICER)} is a list officer, and
 * {@code user("approver2", Role.LIST_APPROVER)} a second approver. Every test user's password is
 * {@link #PASSWORD}, and each is enrolled with the TOTP secret {@link #totpSecret(String)}, so that
 * {@link Browser#signIn} completes the second factor itself. Users are provisioned by the system, so privileged
 * roles are granted at once (people's grants of them need a second administrator).
 */
@TestComponent
public class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";

    private final AccountService accounts;
    private final SecondFactorService secondFactors;
    private final ConcurrentHashMap<String, Actor> created = new ConcurrentHashMap<>();

    TestUsers(AccountService accounts, SecondFactorService secondFactors) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
    }

    /** The TOTP secret every test user is enrolled with: base32 of the first 20 bytes of SHA-256 of the name. */
    public static String totpSecret(String username) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("nigehbaan-test-totp:" + username.toLowerCase(java.util.Locale.ROOT))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return org.nigehbaan.accounts.internal.Totp.base32(java.util.Arrays.copyOf(digest, 20));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The standard test user holding exactly {@code role}; its username is the role's name in lower case. */
    public Actor user(Role role) {
        return user(role.name().toLowerCase(), "PK-TEST", null, role);
    }

    public Actor user(String username, Role... roles) {
        return user(username, "PK-TEST", null, roles);
    }

    public synchronized Actor user(String username, String agency, String district, Role... roles) {
        return created.computeIfAbsent(username, u -> accounts.findActor(u).map(existing -> {
            if (!secondFactors.status(u).any()) {
                secondFactors.provisionTotp(u, totpSecret(u), Actor.SYSTEM); // the bootstrap admin, say
            }
            return existing;
        }).orElseGet(() -> {
            accounts.createUser(new NewUser(u, PASSWORD, "Test " + u, agency, district,
                    List.of(roles).stream().map(Role::name).toList()), Actor.SYSTEM);
            secondFactors.provisionTotp(u, totpSecret(u), Actor.SYSTEM);
            return accounts.findActor(u).orElseThrow();
        }));
    }
}
