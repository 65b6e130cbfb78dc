package org.nigehbaan.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.nigehbaan.accounts.internal.AccountChanges;
import org.nigehbaan.accounts.internal.TokenRepository;
import org.nigehbaan.accounts.internal.UserRepository;
import org.nigehbaan.accounts.internal.UserRow;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditRecord;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.identity.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tokens for machines and scripts (API.md, "Tokens"): opaque random strings sent as {@code Authorization: Bearer},
 * shown once and stored as SHA-256, named, with an expiry and a subset of the owner's roles. A person holds
 * personal tokens; an administrator issues and revokes a service account's. A token dies with its account.
 */
@Service
public class TokenService {

    public static final String PREFIX = "ngb_";
    /** The longest life a token may be given. */
    public static final int MAX_DAYS = 400;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final TokenRepository tokens;
    private final AccountChanges changes;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    TokenService(UserRepository users, TokenRepository tokens, AccountChanges changes, AuditLog audit, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
        this.zone = ZoneId.of("Asia/Karachi");
    }

    /** A personal token for the signed-in user. */
    @Transactional
    public IssuedToken issueOwn(Actor me, String name, List<String> roles, String expiresOn) {
        return issue(row(me.username()), name, roles, expiresOn, me);
    }

    /**
     * An administrator's token for a service account.
     *
     * @throws DomainException CONFLICT when the account is a person's (people make their own tokens)
     */
    @Transactional
    public IssuedToken issueForService(String username, String name, List<String> roles, String expiresOn, Actor by) {
        UserRow owner = row(username);
        if (!owner.isService()) {
            throw DomainException.conflict("'" + owner.username() + "' is a person's account: people make their own "
                    + "tokens (POST /api/v1/me/tokens)");
        }
        return issue(owner, name, roles, expiresOn, by);
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> list(String username) {
        return tokens.list(row(username).id());
    }

    /** Revokes a token of {@code username}'s; refused at once afterwards on every instance. */
    @Transactional
    public void revoke(String username, long id, Actor by) {
        UserRow owner = row(username);
        if (!tokens.exists(owner.id(), id)) {
            throw DomainException.notFound("token", id);
        }
        if (tokens.revoke(owner.id(), id, clock.instant(), by.username())) {
            audit.append(AuditRecord.of(by.username(), "accounts.token.revoked", "Token", id)
                    .with("owner", owner.username()));
            changes.changed(owner.username());
        }
    }

    /** The hash under which a token is stored and looked up. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private IssuedToken issue(UserRow owner, String name, List<String> rawRoles, String rawExpiresOn, Actor by) {
        Violations v = new Violations();
        String n = v.text("name", name, true, 100);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate expiresOn = v.date("expiresOn", rawExpiresOn, true);
        if (expiresOn != null && !expiresOn.isAfter(today)) {
            v.add("expiresOn", "must be after today");
        } else if (expiresOn != null && expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            v.add("expiresOn", "must be at most " + MAX_DAYS + " days ahead");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (rawRoles == null || rawRoles.isEmpty()) {
            roles.addAll(owner.roles());
        } else {
            for (int i = 0; i < rawRoles.size(); i++) {
                try {
                    Role r = Role.parse(rawRoles.get(i));
                    if (!owner.roles().contains(r)) {
                        v.add("roles[" + i + "]", r + " is not a role of '" + owner.username() + "'");
                    }
                    roles.add(r);
                } catch (IllegalArgumentException e) {
                    v.add("roles[" + i + "]", e.getMessage());
                }
            }
        }
        if (roles.isEmpty()) {
            v.add("roles", "the account has no role to give the token");
        }
        v.throwIfAny();
        if (!owner.enabled()) {
            throw DomainException.conflict("'" + owner.username() + "' is disabled");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        long id = tokens.insert(owner.id(), n, hash(token), roles, expiresOn, clock.instant(), by.username());
        audit.append(AuditRecord.of(by.username(), "accounts.token.created", "Token", id)
                .with("owner", owner.username()).with("name", n).with("roles", roles).with("expiresOn", expiresOn));
        return new IssuedToken(id, token);
    }

    private UserRow row(String username) {
        return users.findByUsername(username == null ? "" : username)
                .orElseThrow(() -> DomainException.notFound("user", username));
    }
}
