package org.nigehbaan.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nigehbaan.accounts.internal.AccountChanges;
import org.nigehbaan.accounts.internal.Totp;
import org.nigehbaan.accounts.internal.UserRepository;
import org.nigehbaan.accounts.internal.UserRow;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditRecord;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.identity.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of a person's sign-in (CJIS IA-2(1), ASVS 5.0 V6.5-V6.6): a TOTP authenticator app, enrolled
 * from a QR code and confirmed with a first code; ten single-use recovery codes, stored as hashes; passkeys
 * (Spring Security's WebAuthn, registered from the account page); and an administrator's reset, audited, after
 * which enrolment is forced again at the next sign-in.
 *
 * <p>Codes are checked against the wall clock, not the injected one: they must agree with the officer's phone.
 */
@Service
public class SecondFactorService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SecondFactorService.class);

    public static final String ISSUER = "Nigehbaan";
    public static final int RECOVERY_CODES = 10;
    private static final String CODE_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a user has enrolled. */
    public record Status(boolean totp, int passkeys, int recoveryCodesLeft) {
        public boolean any() {
            return totp || passkeys > 0;
        }
    }

    private final UserRepository users;
    private final AccountChanges changes;
    private final AuditLog audit;
    private final Clock clock;
    private final Clock wallClock = Clock.systemUTC();

    SecondFactorService(UserRepository users, AccountChanges changes, AuditLog audit, Clock clock) {
        this.users = users;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    /** A fresh secret for an enrolment; kept by the caller (the session) until confirmed. */
    public String newTotpSecret() {
        return Totp.newSecret();
    }

    public String otpauthUri(String username, String secret) {
        return Totp.otpauthUri(ISSUER, username, secret);
    }

    @Transactional(readOnly = true)
    public Status status(String username) {
        UserRow row = row(username);
        return new Status(row.totpEnrolled(), users.passkeys(row.username()), users.unusedRecoveryCodes(row.id()));
    }

    /**
     * Confirms an enrolment with a first code from the app, and returns ten new recovery codes (shown once).
     *
     * @throws InvalidInputException field {@code code} when the code does not match the secret
     */
    @Transactional
    public List<String> confirmTotp(Actor me, String secret, String code) {
        UserRow row = row(me.username());
        long step = Totp.matchingStep(secret, code, wallClock.instant());
        if (step < 0) {
            throw new InvalidInputException("code", "does not match: type the six digits your app shows now");
        }
        users.setTotp(row.id(), secret, clock.instant());
        users.useTotpStep(row.id(), step);
        List<String> codes = replaceRecoveryCodes(row);
        audit.append(AuditRecord.of(me.username(), "accounts.second-factor.enrolled", "User", row.id())
                .with("username", row.username()).with("factor", "TOTP"));
        changes.changed(row.username());
        return codes;
    }

    /** Ten new recovery codes; the old ones stop working. */
    @Transactional
    public List<String> newRecoveryCodes(Actor me) {
        UserRow row = row(me.username());
        List<String> codes = replaceRecoveryCodes(row);
        audit.append(AuditRecord.of(me.username(), "accounts.recovery-codes.generated", "User", row.id())
                .with("username", row.username()));
        return codes;
    }

    /**
     * Whether {@code code} is the user's current TOTP code; a code is accepted once (its time step is recorded).
     */
    @Transactional
    public boolean verifyTotp(String username, String code) {
        UserRow row = row(username);
        if (!row.totpEnrolled()) {
            return false;
        }
        String secret;
        try {
            secret = users.totpSecret(row);
        } catch (IllegalStateException e) {
            log.error("accounts: {}", e.getMessage());
            return false;
        }
        long step = Totp.matchingStep(secret, code, wallClock.instant());
        return step >= 0 && users.useTotpStep(row.id(), step);
    }

    /** Spends one recovery code; audited. */
    @Transactional
    public boolean useRecoveryCode(String username, String code) {
        UserRow row = row(username);
        if (code == null || code.isBlank()) {
            return false;
        }
        boolean used = users.useRecoveryCode(row.id(), hashCode(code), clock.instant());
        if (used) {
            audit.append(AuditRecord.of(row.username(), "accounts.recovery-code.used", "User", row.id())
                    .with("left", users.unusedRecoveryCodes(row.id())));
        }
        return used;
    }

    /** An administrator's reset: TOTP, recovery codes and passkeys are removed; enrolment is forced again. */
    @Transactional
    public void reset(String username, Actor by) {
        UserRow row = row(username);
        if (row.username().equalsIgnoreCase(by.username())) {
            throw DomainException.conflict("another administrator resets your second factor");
        }
        users.setTotp(row.id(), null, null);
        users.replaceRecoveryCodes(row.id(), List.of());
        users.deletePasskeys(row.username());
        users.bumpVersion(row.id());
        audit.append(AuditRecord.of(by.username(), "accounts.second-factor.reset", "User", row.id())
                .with("username", row.username()));
        changes.changed(row.username());
    }

    /**
     * Enrols a TOTP secret chosen by a provisioning tool (the system only: tests and migrations of existing
     * officers' authenticators); people enrol through {@link #confirmTotp}.
     */
    @Transactional
    public void provisionTotp(String username, String secret, Actor by) {
        if (by != Actor.SYSTEM) {
            throw DomainException.forbidden("only the system provisions second factors");
        }
        UserRow row = row(username);
        Totp.decodeBase32(secret);
        users.setTotp(row.id(), secret, clock.instant());
        audit.append(AuditRecord.of(by.username(), "accounts.second-factor.enrolled", "User", row.id())
                .with("username", row.username()).with("factor", "TOTP").with("provisioned", true));
    }

    private List<String> replaceRecoveryCodes(UserRow row) {
        List<String> codes = new ArrayList<>(RECOVERY_CODES);
        List<String> hashes = new ArrayList<>(RECOVERY_CODES);
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder sb = new StringBuilder();
            // 24 characters of a 32-letter alphabet: 120 bits, so a fast hash suffices (ASVS 5.0 6.5.2).
            for (int j = 0; j < 24; j++) {
                if (j > 0 && j % 6 == 0) {
                    sb.append('-');
                }
                sb.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            codes.add(sb.toString());
            hashes.add(hashCode(sb.toString()));
        }
        users.replaceRecoveryCodes(row.id(), hashes);
        return codes;
    }

    static String hashCode(String code) {
        return TokenService.hash(code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT));
    }

    private UserRow row(String username) {
        return users.findByUsername(username == null ? "" : username)
                .orElseThrow(() -> DomainException.notFound("user", username));
    }
}
