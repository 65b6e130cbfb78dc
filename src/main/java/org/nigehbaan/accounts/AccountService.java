package org.nigehbaan.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.nigehbaan.accounts.internal.AccountChanges;
import org.nigehbaan.accounts.internal.PasswordPolicy;
import org.nigehbaan.accounts.internal.RoleRequestRepository;
import org.nigehbaan.accounts.internal.UserRepository;
import org.nigehbaan.accounts.internal.UserRow;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditRecord;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.identity.Violations;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and their lifecycle (CJIS AC-2): creation, roles (privileged grants through a second administrator),
 * disable and enable, unlock, password reset and change, and the inactivity rule. Every change is audited in its
 * own transaction and announced on the change feed, so that every instance drops cached credentials and ends
 * sessions of the account within a second. Passwords are stored only as hashes.
 */
@Service
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    /** Accounts unused this long are disabled by the daily job (CJIS AC-2(3)). */
    public static final Duration INACTIVITY_LIMIT = Duration.ofDays(90);
    /** Usernames no new account may take: the bootstrap administrator's and the one jobs act under. */
    public static final Set<String> RESERVED_USERNAMES = Set.of("admin", "system");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");
    private static final String NO_PASSWORD = "!no-password";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final RoleRequestRepository requests;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwords;
    private final AccountChanges changes;
    private final AuditLog audit;
    private final Clock clock;

    AccountService(UserRepository users, RoleRequestRepository requests, PasswordEncoder encoder,
                   PasswordPolicy passwords, AccountChanges changes, AuditLog audit, Clock clock) {
        this.users = users;
        this.requests = requests;
        this.encoder = encoder;
        this.passwords = passwords;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a user; privileged roles wait for a second administrator (see {@link #create}). */
    @Transactional
    public UserSummary createUser(NewUser u, Actor by) {
        return create(u, by).user();
    }

    /**
     * Creates a user. Non-privileged roles are granted at once; privileged ones (ADMIN, LIST_APPROVER, AUDITOR)
     * become a request another administrator decides, except when the system provisions the account or the
     * bootstrap administrator creates its first administrator colleague.
     *
     * @throws org.nigehbaan.identity.InvalidInputException naming each bad field
     * @throws DomainException CONFLICT when the username is taken or reserved, or the roles may not be held together
     */
    @Transactional
    public AccountChange create(NewUser u, Actor by) {
        Violations v = new Violations();
        if (u.username() == null || !USERNAME.matcher(u.username()).matches()) {
            v.add("username", "must be 3 to 64 letters, digits, dots, dashes or underscores");
        }
        AccountKind kind = AccountKind.PERSON;
        try {
            kind = AccountKind.parse(u.kind());
        } catch (IllegalArgumentException e) {
            v.add("kind", e.getMessage());
        }
        if (kind == AccountKind.SERVICE && (u.password() == null || u.password().isEmpty())) {
            // A service account may live on tokens alone.
        } else {
            String problem = passwords.problem(u.password(), u.username());
            if (problem != null) {
                v.add("password", problem);
            }
        }
        requireText(v, "displayName", u.displayName(), 100);
        requireText(v, "agency", u.agency(), 50);
        if (u.district() != null && u.district().length() > 100) {
            v.add("district", "must be at most 100 characters");
        }
        Set<Role> roles = parseRoles(v, u.roles());
        v.throwIfAny();
        boolean bootstrap = by == Actor.SYSTEM && !users.existsByUsername("admin") && "admin".equalsIgnoreCase(u.username());
        if (!bootstrap && RESERVED_USERNAMES.contains(u.username().toLowerCase(java.util.Locale.ROOT))) {
            throw DomainException.conflict("username '" + u.username() + "' is reserved");
        }
        if (users.existsByUsername(u.username())) {
            throw DomainException.conflict("username '" + u.username() + "' is already taken");
        }
        refuseIncompatible(roles);
        Grant grant = grantFor(null, roles, by);
        String district = u.district() == null || u.district().isBlank() ? null : u.district().strip();
        String hash = u.password() == null || u.password().isEmpty() ? NO_PASSWORD : encoder.encode(u.password());
        Instant now = clock.instant();
        long id = users.insert(u.username(), hash, u.displayName().strip(), u.agency().strip(), district, grant.now(),
                now, by.username(), kind);
        audit.append(AuditRecord.of(by.username(), "accounts.user.created", "User", id)
                .with("username", u.username()).with("kind", kind).with("agency", u.agency().strip())
                .with("roles", grant.now()));
        RoleRequest pending = record(id, u.username(), grant, by, now);
        return new AccountChange(summary(users.findById(id).orElseThrow()), pending);
    }

    /**
     * Sets a user's roles: withdrawals and ordinary roles at once, privileged additions as a request.
     *
     * @throws DomainException NOT_FOUND, or CONFLICT for roles that may not be held together
     */
    @Transactional
    public AccountChange setRoles(String username, List<String> rawRoles, Actor by) {
        Violations v = new Violations();
        Set<Role> wanted = parseRoles(v, rawRoles);
        v.throwIfAny();
        UserRow row = lock(username);
        refuseIncompatible(wanted);
        Grant grant = grantFor(row, wanted, by);
        Instant now = clock.instant();
        if (!grant.now().equals(row.roles())) {
            users.replaceRoles(row.id(), grant.now());
            audit.append(AuditRecord.of(by.username(), "accounts.roles.changed", "User", row.id())
                    .with("username", row.username()).with("from", row.roles()).with("to", grant.now()));
            changes.changed(row.username());
        }
        RoleRequest pending = record(row.id(), row.username(), grant, by, now);
        return new AccountChange(summary(users.findById(row.id()).orElseThrow()), pending);
    }

    @Transactional(readOnly = true)
    public List<RoleRequest> roleRequests(String status) {
        if (status != null && !List.of(RoleRequest.PENDING, RoleRequest.APPROVED, RoleRequest.REJECTED,
                RoleRequest.GRANTED).contains(status)) {
            throw new org.nigehbaan.identity.InvalidInputException("status", "must be PENDING, APPROVED, REJECTED or GRANTED");
        }
        return requests.byStatus(status, 500);
    }

    /**
     * A second administrator grants the requested roles.
     *
     * @throws DomainException CONFLICT when the decider asked for it (or is the account concerned), the request
     *                         is decided already, or the roles can no longer be held together
     */
    @Transactional
    public RoleRequest approveRoleRequest(long id, Actor by) {
        RoleRequest r = pendingRequest(id, by);
        UserRow row = lock(r.username());
        if (!row.enabled()) {
            throw DomainException.conflict("user '" + row.username() + "' is disabled");
        }
        Set<Role> roles = EnumSet.copyOf(row.roles().isEmpty() ? EnumSet.noneOf(Role.class) : row.roles());
        roles.addAll(r.roles());
        refuseIncompatible(roles);
        Instant now = clock.instant();
        users.replaceRoles(row.id(), roles);
        requests.decide(id, RoleRequest.APPROVED, by.username(), now, null);
        audit.append(AuditRecord.of(by.username(), "accounts.roles.approved", "RoleRequest", id)
                .with("username", row.username()).with("roles", r.roles()).with("requestedBy", r.requestedBy()));
        changes.changed(row.username());
        return requests.lock(id).orElseThrow();
    }

    @Transactional
    public RoleRequest rejectRoleRequest(long id, String comment, Actor by) {
        RoleRequest r = pendingRequest(id, by);
        requests.decide(id, RoleRequest.REJECTED, by.username(), clock.instant(),
                comment == null ? null : comment.strip());
        audit.append(AuditRecord.of(by.username(), "accounts.roles.rejected", "RoleRequest", id)
                .with("username", r.username()).with("roles", r.roles()).with("requestedBy", r.requestedBy()));
        return requests.lock(id).orElseThrow();
    }

    /**
     * Disables an account: its next request is refused on every instance, its sessions end, its tokens die.
     *
     * @throws DomainException CONFLICT for one's own account or the last enabled administrator
     */
    @Transactional
    public UserSummary disable(String username, String reason, Actor by) {
        if (reason == null || reason.isBlank()) {
            throw new org.nigehbaan.identity.InvalidInputException("reason", "is required");
        }
        if (reason.length() > 500) {
            throw new org.nigehbaan.identity.InvalidInputException("reason", "must be at most 500 characters");
        }
        UserRow row = lock(username);
        if (row.username().equalsIgnoreCase(by.username())) {
            throw DomainException.conflict("you cannot disable your own account");
        }
        if (row.enabled()) {
            refuseRemovingLastAdmin(row);
            users.setEnabled(row.id(), false, clock.instant(), by.username(), reason.strip());
            audit.append(AuditRecord.of(by.username(), "accounts.user.disabled", "User", row.id())
                    .with("username", row.username()).with("reason", reason.strip()));
            changes.changed(row.username());
        }
        return summary(users.findById(row.id()).orElseThrow());
    }

    @Transactional
    public UserSummary enable(String username, Actor by) {
        UserRow row = lock(username);
        if (!row.enabled()) {
            users.setEnabled(row.id(), true, clock.instant(), by.username(), null);
            // A re-enabled account starts its inactivity period again.
            users.markUsed(row.id(), clock.instant());
            audit.append(AuditRecord.of(by.username(), "accounts.user.enabled", "User", row.id())
                    .with("username", row.username()));
            changes.changed(row.username());
        }
        return summary(users.findById(row.id()).orElseThrow());
    }

    /** Ends a lockout before its 15 minutes are up. */
    @Transactional
    public UserSummary unlock(String username, Actor by) {
        UserRow row = lock(username);
        users.lockUntil(row.id(), null);
        users.clearFailures(row.id());
        audit.append(AuditRecord.of(by.username(), "accounts.user.unlocked", "User", row.id())
                .with("username", row.username()));
        changes.changed(row.username());
        return summary(users.findById(row.id()).orElseThrow());
    }

    /** A temporary password, shown once, that must be changed at the next sign-in; the old one stops working. */
    @Transactional
    public String resetPassword(String username, Actor by) {
        UserRow row = lock(username);
        String temporary = randomPassword(20);
        users.setPassword(row.id(), encoder.encode(temporary), true, clock.instant());
        users.lockUntil(row.id(), null);
        users.clearFailures(row.id());
        audit.append(AuditRecord.of(by.username(), "accounts.password.reset", "User", row.id())
                .with("username", row.username()));
        changes.changed(row.username());
        return temporary;
    }

    /**
     * The user's own password change; the old password stops working at once, on every instance.
     *
     * @throws org.nigehbaan.identity.InvalidInputException when the current password is wrong or the new one unfit
     */
    @Transactional
    public void changePassword(Actor me, String currentPassword, String newPassword) {
        UserRow row = lock(me.username());
        Violations v = new Violations();
        if (currentPassword == null || !encoder.matches(currentPassword, row.passwordHash())) {
            v.add("currentPassword", "is not your current password");
        }
        String problem = passwords.problem(newPassword, row.username());
        if (problem != null) {
            v.add("newPassword", problem);
        } else if (currentPassword != null && currentPassword.equals(newPassword)) {
            v.add("newPassword", "must differ from the current password");
        }
        v.throwIfAny();
        users.setPassword(row.id(), encoder.encode(newPassword), false, clock.instant());
        audit.append(AuditRecord.of(me.username(), "accounts.password.changed", "User", row.id())
                .with("username", row.username()));
        changes.changed(row.username());
    }

    /**
     * The daily job's rule: accounts unused for 90 days are disabled (never the last enabled administrator).
     *
     * @return the usernames disabled
     */
    @Transactional
    public List<String> disableUnused() {
        Instant now = clock.instant();
        List<String> disabled = new java.util.ArrayList<>();
        for (UserRow row : users.unusedSince(now.minus(INACTIVITY_LIMIT))) {
            if (row.roles().contains(Role.ADMIN) && users.countEnabledWithRole(Role.ADMIN) <= 1) {
                continue;
            }
            users.setEnabled(row.id(), false, now, Actor.SYSTEM.username(), "unused for 90 days");
            audit.append(AuditRecord.of(Actor.SYSTEM.username(), "accounts.user.disabled", "User", row.id())
                    .with("username", row.username()).with("reason", "unused for 90 days")
                    .with("lastUsedAt", row.lastUsedAt()));
            changes.changed(row.username());
            disabled.add(row.username());
        }
        return disabled;
    }

    @Transactional(readOnly = true)
    public PageResult<UserSummary> listUsers(PageRequest page) {
        return new PageResult<>(users.page(page.size(), page.offset()).stream().map(this::summary).toList(),
                page.page(), page.size(), users.count());
    }

    /** Users whose username or display name contains {@code text}; all users when it is blank. */
    @Transactional(readOnly = true)
    public PageResult<UserSummary> findUsers(String text, PageRequest page) {
        if (text == null || text.isBlank()) {
            return listUsers(page);
        }
        String q = text.strip();
        return new PageResult<>(users.search(q, page.size(), page.offset()).stream().map(this::summary).toList(),
                page.page(), page.size(), users.countMatching(q));
    }

    /** @throws DomainException NOT_FOUND */
    @Transactional(readOnly = true)
    public UserSummary user(String username) {
        return summary(users.findByUsername(username).orElseThrow(() -> notFound(username)));
    }

    /** The actor behind a username, for authentication and for commands run on a user's behalf. */
    @Transactional(readOnly = true)
    public Optional<Actor> findActor(String username) {
        return users.findByUsername(username).map(UserRow::toActor);
    }

    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }

    private record Grant(Set<Role> now, Set<Role> requested, boolean atOnce, String why) {
    }

    /** Which of the wanted roles take effect now, and which privileged ones wait for a second administrator. */
    private Grant grantFor(UserRow row, Set<Role> wanted, Actor by) {
        Set<Role> current = row == null ? Set.of() : row.roles();
        Set<Role> added = EnumSet.noneOf(Role.class);
        for (Role r : wanted) {
            if (r.privileged() && !current.contains(r)) {
                added.add(r);
            }
        }
        if (added.isEmpty()) {
            return new Grant(Set.copyOf(wanted), Set.of(), false, null);
        }
        if (by == Actor.SYSTEM) {
            return new Grant(Set.copyOf(wanted), Set.copyOf(added), true, "provisioned by the system");
        }
        if (added.equals(Set.of(Role.ADMIN)) && isBootstrapAdminAlone(by, row)) {
            return new Grant(Set.copyOf(wanted), Set.copyOf(added), true, "the bootstrap administrator's first administrator colleague");
        }
        Set<Role> now = EnumSet.noneOf(Role.class);
        now.addAll(wanted);
        now.removeAll(added);
        return new Grant(Set.copyOf(now), Set.copyOf(added), false, null);
    }

    /** The bootstrap administrator, with no other enabled administrator and none ever granted, may make one at once. */
    private boolean isBootstrapAdminAlone(Actor by, UserRow target) {
        Optional<UserRow> me = users.findByUsername(by.username());
        if (me.isEmpty() || !"admin".equalsIgnoreCase(me.get().username()) || !me.get().roles().contains(Role.ADMIN)) {
            return false;
        }
        if (target != null && target.id() == me.get().id()) {
            return false;
        }
        return users.countEnabledWithRole(Role.ADMIN) == 1 && !requests.adminEverGrantedToOtherThan(me.get().id());
    }

    private RoleRequest record(long userId, String username, Grant grant, Actor by, Instant now) {
        if (grant.requested().isEmpty()) {
            return null;
        }
        if (grant.atOnce()) {
            long id = requests.insert(userId, grant.requested(), RoleRequest.GRANTED, by.username(), now);
            audit.append(AuditRecord.of(by.username(), "accounts.roles.granted", "RoleRequest", id)
                    .with("username", username).with("roles", grant.requested()).with("why", grant.why()));
            changes.changed(username);
            return null;
        }
        long id = requests.insert(userId, grant.requested(), RoleRequest.PENDING, by.username(), now);
        audit.append(AuditRecord.of(by.username(), "accounts.roles.requested", "RoleRequest", id)
                .with("username", username).with("roles", grant.requested()));
        return requests.lock(id).orElseThrow();
    }

    private RoleRequest pendingRequest(long id, Actor by) {
        RoleRequest r = requests.lock(id).orElseThrow(() -> DomainException.notFound("role request", id));
        if (!RoleRequest.PENDING.equals(r.status())) {
            throw DomainException.conflict("role request " + id + " is " + r.status() + " already");
        }
        if (r.requestedBy().equalsIgnoreCase(by.username())) {
            throw DomainException.conflict("a role request is decided by an administrator other than the one who asked");
        }
        if (r.username().equalsIgnoreCase(by.username())) {
            throw DomainException.conflict("nobody decides a request for their own roles");
        }
        return r;
    }

    private void refuseRemovingLastAdmin(UserRow row) {
        if (row.roles().contains(Role.ADMIN) && users.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw DomainException.conflict("'" + row.username() + "' is the last enabled administrator");
        }
    }

    private static void refuseIncompatible(Set<Role> roles) {
        String problem = Role.incompatibility(roles);
        if (problem != null) {
            throw DomainException.conflict(problem);
        }
    }

    private static Set<Role> parseRoles(Violations v, List<String> raw) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (raw == null || raw.isEmpty()) {
            v.add("roles", "at least one role is required");
            return roles;
        }
        for (int i = 0; i < raw.size(); i++) {
            try {
                roles.add(Role.parse(raw.get(i)));
            } catch (IllegalArgumentException e) {
                v.add("roles[" + i + "]", e.getMessage());
            }
        }
        return roles;
    }

    private UserRow lock(String username) {
        return users.lockByUsername(username == null ? "" : username).orElseThrow(() -> notFound(username));
    }

    private static DomainException notFound(String username) {
        return DomainException.notFound("user", username);
    }

    UserSummary summary(UserRow r) {
        boolean secondFactor = r.totpEnrolled() || users.passkeys(r.username()) > 0;
        return new UserSummary(r.id(), r.username(), r.displayName(), r.agency(), r.district(), r.roles(),
                r.enabled(), r.createdAt(), r.kind(), r.lockedAt(clock.instant()) ? r.lockedUntil() : null,
                r.lastUsedAt(), r.passwordMustChange(), secondFactor, r.disabledReason());
    }

    /** A random password of letters and digits that are not easily confused (I/l/1, O/0). */
    public static String randomPassword(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static void requireText(Violations v, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            v.add(field, "is required");
        } else if (value.length() > max) {
            v.add(field, "must be at most " + max + " characters");
        }
    }
}
