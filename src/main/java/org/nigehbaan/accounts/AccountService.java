package org.nigehbaan.accounts;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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

/** Creates and lists users. Every creation is audited; passwords are stored only as BCrypt hashes. */
@Service
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    AccountService(UserRepository users, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a user.
     *
     * @throws org.nigehbaan.identity.InvalidInputException naming each bad field
     * @throws DomainException CONFLICT when the username is taken
     */
    @Transactional
    public UserSummary createUser(NewUser u, Actor by) {
        Violations v = new Violations();
        if (u.username() == null || !USERNAME.matcher(u.username()).matches()) {
            v.add("username", "must be 3 to 64 letters, digits, dots, dashes or underscores");
        }
        if (u.password() == null || u.password().length() < MIN_PASSWORD_LENGTH) {
            v.add("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters");
        } else if (u.password().length() > 128) {
            v.add("password", "must be at most 128 characters");
        } else if (u.password().equalsIgnoreCase(u.username())) {
            v.add("password", "must differ from the username");
        }
        requireText(v, "displayName", u.displayName(), 100);
        requireText(v, "agency", u.agency(), 50);
        if (u.district() != null && u.district().length() > 100) {
            v.add("district", "must be at most 100 characters");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (u.roles() == null || u.roles().isEmpty()) {
            v.add("roles", "at least one role is required");
        } else {
            for (int i = 0; i < u.roles().size(); i++) {
                try {
                    roles.add(Role.parse(u.roles().get(i)));
                } catch (IllegalArgumentException e) {
                    v.add("roles[" + i + "]", e.getMessage());
                }
            }
        }
        v.throwIfAny();
        if (users.existsByUsername(u.username())) {
            throw DomainException.conflict("username '" + u.username() + "' is already taken");
        }
        String district = u.district() == null || u.district().isBlank() ? null : u.district().strip();
        long id = users.insert(u.username(), encoder.encode(u.password()), u.displayName().strip(),
                u.agency().strip(), district, roles, clock.instant(), by.username());
        audit.append(AuditRecord.of(by.username(), "accounts.user.created", "User", id)
                .with("username", u.username()).with("agency", u.agency().strip()).with("roles", roles));
        return summary(users.findByUsername(u.username()).orElseThrow());
    }

    @Transactional(readOnly = true)
    public PageResult<UserSummary> listUsers(PageRequest page) {
        return new PageResult<>(users.page(page.size(), page.offset()).stream().map(AccountService::summary).toList(),
                page.page(), page.size(), users.count());
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

    private static UserSummary summary(UserRow r) {
        return new UserSummary(r.id(), r.username(), r.displayName(), r.agency(), r.district(), r.roles(),
                r.enabled(), r.createdAt());
    }

    private static void requireText(Violations v, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            v.add(field, "is required");
        } else if (value.length() > max) {
            v.add(field, "must be at most " + max + " characters");
        }
    }
}
