package org.nigehbaan.support;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nigehbaan.accounts.internal.Totp;

/**
 * The next TOTP code a test may use for a user. The service accepts the current 30-second step or either
 * neighbour, each once per user, so sign-ins in quick succession take the next step, and wait only when all three
 * were used. One tracker for the whole test run, shared by {@link Browser} and MockMvc tests.
 */
public final class TotpCodes {

    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();
    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();

    private TotpCodes() {
    }

    /** Remembers the secret a user enrolled through the pages (the bootstrap admin, users made by a test). */
    public static void remember(String username, String secret) {
        SECRETS.put(username.toLowerCase(Locale.ROOT), secret);
    }

    /** The secret the user enrolled: one seen on an enrolment page, else the one {@link TestUsers} provisions. */
    public static String secretOf(String username) {
        return SECRETS.getOrDefault(username.toLowerCase(Locale.ROOT), TestUsers.totpSecret(username));
    }

    /** The next code of a user. */
    public static String next(String username) {
        return next(username, secretOf(username));
    }

    public static synchronized String next(String username, String secret) {
        String k = username.toLowerCase(Locale.ROOT);
        long now = Totp.step(Instant.now());
        long step = Math.max(now - 1, LAST_STEP.getOrDefault(k, Long.MIN_VALUE / 2) + 1);
        while (step > Totp.step(Instant.now()) + 1) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        LAST_STEP.put(k, step);
        return Totp.code(secret, step);
    }
}
