package org.nigehbaan.register;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nigehbaan.accounts.AccountService;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditRecord;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.Figure;
import org.nigehbaan.identity.Violations;
import org.nigehbaan.register.internal.DistrictScope;
import org.nigehbaan.register.internal.GrantRepository;
import org.nigehbaan.register.internal.Inputs;
import org.nigehbaan.register.internal.RegisterAccess;
import org.nigehbaan.register.internal.RegisterSettings;
import org.nigehbaan.register.internal.StatisticsRepository;
import org.nigehbaan.register.policy.NotificationPolicy;
import org.nigehbaan.register.policy.PolicyName;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's policy as configured, the district grants administrators manage, and the counts analysts
 * read.
 */
@Service
public class RegisterAdministration {

    private final RegisterSettings settings;
    private final GrantRepository grants;
    private final StatisticsRepository statistics;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    RegisterAdministration(RegisterSettings settings, GrantRepository grants, StatisticsRepository statistics,
                           AccountService accounts, AuditLog audit, Clock clock) {
        this.settings = settings;
        this.grants = grants;
        this.statistics = statistics;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The policy in force, its table, the clocks and the offence list. */
    public RegisterPolicy policy() {
        NotificationPolicy p = settings.policy();
        var travel = p.travelNotice();
        return new RegisterPolicy(p.name().name(), p.title(), Arrays.stream(PolicyName.values()).map(Enum::name).toList(),
                p.table().stream().map(r -> new RegisterPolicy.Row(r.applies(), r.period(), r.underEighteen(),
                        r.reNotification())).toList(),
                settings.properties().noticeWindowDays(), travel.daysAhead(),
                travel.shortNotice() == null ? null : (int) travel.shortNotice().toHours(),
                settings.properties().travelToleranceDays(), settings.properties().policeRequestMaxAge().toHours(),
                settings.zone().getId(), settings.offences().source(),
                settings.offences().all().stream().map(o -> new RegisterPolicy.Offence(o.code(), o.title(),
                        o.registrable(), o.sornaTier(), o.source())).toList());
    }

    /** Grants, active ones (and revoked ones when asked); administrators only. */
    @Transactional(readOnly = true)
    public List<DistrictGrant> grants(boolean includeRevoked, Actor by) {
        RegisterAccess.requireAny(by, Role.ADMIN);
        return grants.all(includeRevoked);
    }

    /**
     * Lets a register officer work in another district, or in every district ({@code *}, e.g. for NPB's
     * national desk).
     */
    @Transactional
    public DistrictGrant grant(String username, String district, String reason, Actor by) {
        RegisterAccess.requireAny(by, Role.ADMIN);
        Violations v = new Violations();
        String user = Inputs.text(v, "username", username, true, 64);
        String d = Inputs.text(v, "district", district, true, 100);
        String why = Inputs.text(v, "reason", reason, true, 2000);
        if (user != null) {
            var actor = accounts.findActor(user);
            if (actor.isEmpty()) {
                v.add("username", "no user '" + user + "'");
            } else if (!actor.get().has(Role.REGISTER_OFFICER)) {
                v.add("username", user + " is not a register officer");
            } else {
                user = actor.get().username();
            }
        }
        v.throwIfAny();
        if (grants.activeExists(user, d)) {
            throw DomainException.conflict(user + " already holds a grant for " + d);
        }
        long id = grants.insert(user, d, why, by.username(), clock.instant());
        audit.append(AuditRecord.of(by.username(), "register.grant.created", "DistrictGrant", id)
                .with("username", user).with("district", DistrictScope.key(d)));
        return grants.find(id).orElseThrow();
    }

    @Transactional
    public DistrictGrant revoke(long grantId, String reason, Actor by) {
        RegisterAccess.requireAny(by, Role.ADMIN);
        Violations v = new Violations();
        String why = Inputs.text(v, "reason", reason, true, 2000);
        v.throwIfAny();
        DistrictGrant g = grants.find(grantId).orElseThrow(() -> DomainException.notFound("Grant", grantId));
        if (grants.revoke(grantId, by.username(), clock.instant(), why) == 0) {
            throw DomainException.conflict("Grant " + grantId + " was already revoked");
        }
        audit.append(AuditRecord.of(by.username(), "register.grant.revoked", "DistrictGrant", grantId)
                .with("username", g.username()).with("district", DistrictScope.key(g.district())));
        return grants.find(grantId).orElseThrow();
    }

    /** Counts for analysts; no personal data, counts under 5 as "<5". */
    @Transactional(readOnly = true)
    public RegisterStatistics statistics(Actor by) {
        RegisterAccess.requireAny(by, Role.ANALYST, Role.ADMIN);
        LocalDate today = settings.today();
        Instant now = clock.instant();
        List<RegisterStatistics.District> districts = new ArrayList<>();
        for (Object[] row : statistics.byDistrict(today)) {
            districts.add(new RegisterStatistics.District((String) row[0], Figure.count((Long) row[1]),
                    Figure.count((Long) row[2]), Figure.count((Long) row[3])));
        }
        return new RegisterStatistics(today,
                figures(names(RegistrantStatus.values()), statistics.registrantsByStatus()),
                figures(List.of("1", "2", "3"), statistics.activeByRiskLevel()),
                Figure.count(statistics.count("select count(*) from register_registrant where status = 'ACTIVE' and indefinite")),
                Figure.count(statistics.count("select count(*) from register_duty d join register_registrant r on r.id = d.registrant_id "
                        + "where d.status = 'OPEN' and r.status = 'ACTIVE'")),
                Figure.count(statistics.count("select count(*) from register_duty d join register_registrant r on r.id = d.registrant_id "
                        + "where d.status = 'OPEN' and r.status = 'ACTIVE' and d.due_on < ?", today)),
                Figure.count(statistics.count("select count(*) from register_breach where resolved_at is null")),
                figures(names(BreachKind.values()), statistics.breachesSince(today.minusDays(30))),
                figures(names(DisclosurePurpose.values()), statistics.disclosuresSince(now.minus(Duration.ofDays(30)))),
                districts);
    }

    /** Every key, zeros included (an absent key would tell a zero from a few), then any other key counted. */
    private static Map<String, Figure> figures(List<String> keys, Map<String, Long> counts) {
        Map<String, Figure> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, Figure.count(counts.getOrDefault(k, 0L))));
        counts.forEach((k, n) -> out.putIfAbsent(k, Figure.count(n)));
        return out;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
