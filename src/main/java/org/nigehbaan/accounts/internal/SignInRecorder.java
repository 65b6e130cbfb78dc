package org.nigehbaan.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what a sign-in attempt leaves behind, each in its own transaction: failures and the lockout they cause
 * (CJIS AC-7: five failures for one username within 15 minutes lock it for 15 minutes), successes, and the audit
 * rows ({@code AUTH_SUCCESS}, {@code AUTH_FAILURE}, {@code AUTH_LOCKED}, {@code ACCESS_DENIED}, {@code LOGOUT}).
 */
@Component
public class SignInRecorder {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    /** Attempted usernames are written to the audit as given, cut to this length. */
    static final int MAX_ATTEMPTED_NAME = 64;

    private final UserRepository users;
    private final AuditLog audit;
    private final Clock clock;

    SignInRecorder(UserRepository users, AuditLog audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** A wrong password (or second-factor code) for a known user; locks the account at the fifth in the window. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failure(UserRow user, String factor, String channel) {
        Instant now = clock.instant();
        int failures = users.recordFailure(user.id(), now, now.minus(WINDOW));
        audit.append(AuditRecord.of(user.username(), "AUTH_FAILURE", "User", user.id())
                .with("factor", factor).with("channel", channel).with("failuresInWindow", failures)
                .withOutcome(AuditRecord.FAILURE));
        if (failures >= MAX_FAILURES) {
            Instant until = now.plus(LOCKOUT);
            users.lockUntil(user.id(), until);
            audit.append(AuditRecord.of(user.username(), "AUTH_LOCKED", "User", user.id())
                    .with("lockedUntil", until).with("failuresInWindow", failures).withOutcome(AuditRecord.DENIED));
        }
    }

    /** An attempt for a username nobody holds. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void unknownUser(String attempted, String channel) {
        audit.append(AuditRecord.of(attemptedName(attempted), "AUTH_FAILURE", "User", null)
                .with("reason", "unknown user").with("channel", channel).withOutcome(AuditRecord.FAILURE));
    }

    /** An attempt against a locked account (refused with the same reply as a wrong password). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void whileLocked(UserRow user, String channel) {
        audit.append(AuditRecord.of(user.username(), "AUTH_LOCKED", "User", user.id())
                .with("lockedUntil", user.lockedUntil()).with("channel", channel).withOutcome(AuditRecord.DENIED));
    }

    /** Right credentials, but the account may not come in this way (disabled, a person's HTTP Basic in production...). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(String username, String reason, String channel) {
        audit.append(AuditRecord.of(attemptedName(username), "ACCESS_DENIED", "User", null)
                .with("status", 401).with("reason", reason).with("channel", channel).withOutcome(AuditRecord.DENIED));
    }

    /** A verified credential (or factor): failures are forgotten, the account counts as used. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void success(UserRow user, String factor, String channel) {
        Instant now = clock.instant();
        users.clearFailures(user.id());
        users.markUsed(user.id(), now);
        audit.append(AuditRecord.of(user.username(), "AUTH_SUCCESS", "User", user.id())
                .with("factor", factor).with("channel", channel));
    }

    /** The first refusal of a client address that ran out of attempts (later ones in the same spell are not written). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void throttled(String attempted, String address) {
        audit.append(AuditRecord.of(attemptedName(attempted), "AUTH_FAILURE", "ClientAddress", address)
                .with("reason", "too many failed sign-ins from this address").with("status", 429)
                .withOutcome(AuditRecord.DENIED));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void logout(String username) {
        audit.append(AuditRecord.of(attemptedName(username), "LOGOUT", "User", null));
    }

    /** A refused request (401 with an attempted identity, or 403), at the security layer. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void accessDenied(String username, int status, String method, String path, String reason) {
        audit.append(AuditRecord.of(attemptedName(username), "ACCESS_DENIED", "Request", null)
                .with("status", status).with("method", method).with("path", path.length() > 200 ? path.substring(0, 200) : path)
                .with("reason", reason).withOutcome(AuditRecord.DENIED));
    }

    /** An attacker chooses the attempted name: keep it short and printable. */
    static String attemptedName(String raw) {
        if (raw == null || raw.isBlank()) {
            return "(none)";
        }
        String s = raw.replaceAll("\\p{Cntrl}", "?");
        return s.length() > MAX_ATTEMPTED_NAME ? s.substring(0, MAX_ATTEMPTED_NAME) : s;
    }
}
