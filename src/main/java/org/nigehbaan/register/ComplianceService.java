package org.nigehbaan.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditRecord;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.identity.Violations;
import org.nigehbaan.register.internal.ComplianceRepository;
import org.nigehbaan.register.internal.DistrictScope;
import org.nigehbaan.register.internal.DutyRow;
import org.nigehbaan.register.internal.Inputs;
import org.nigehbaan.register.internal.RegisterAccess;
import org.nigehbaan.register.internal.RegisterSettings;
import org.nigehbaan.register.internal.RegistrantRepository;
import org.nigehbaan.register.internal.RegistrantRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Duties, their clocks and breaches: the officer's work list (overdue first), the breach list, and the daily
 * job that ends notification periods and turns missed duties into breaches.
 */
@Service
public class ComplianceService {

    private final ComplianceRepository compliance;
    private final RegistrantRepository registrants;
    private final RegisterSettings settings;
    private final RegisterAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplianceService(ComplianceRepository compliance, RegistrantRepository registrants, RegisterSettings settings,
                      RegisterAccess access, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.compliance = compliance;
        this.registrants = registrants;
        this.settings = settings;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The officer's duties in their districts: overdue first (oldest due date first), then open ones by due
     * date; closed ones too when asked, most recently closed last.
     *
     * @param type one of {@link DutyType}, or null for all
     */
    @Transactional
    public PageResult<Duty> duties(Actor by, boolean includeClosed, String type, PageRequest page) {
        DistrictScope scope = access.officerScope(by);
        DutyType t = null;
        if (type != null && !type.isBlank()) {
            try {
                t = DutyType.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("type", "'" + type + "' is not a duty type: use one of "
                        + java.util.Arrays.toString(DutyType.values()));
            }
        }
        PageResult<Duty> result = scope.isEmpty() ? new PageResult<>(List.of(), page.page(), page.size(), 0)
                : new PageResult<>(compliance.dutyList(scope.all() ? null : scope.keys(), includeClosed, t,
                settings.today(), page.size(), page.offset()), page.page(), page.size(),
                compliance.dutyCount(scope.all() ? null : scope.keys(), includeClosed, t));
        audit.append(AuditRecord.of(by.username(), "register.duties.listed", "Registrant", null)
                .with("type", t).with("includeClosed", includeClosed).with("scope", scope.describe())
                .with("page", page.page()).with("returned", result.items().size()).with("total", result.total()));
        return result;
    }

    /** Breaches in the officer's districts, open ones first, newest first. */
    @Transactional
    public PageResult<Breach> breaches(Actor by, boolean openOnly, PageRequest page) {
        DistrictScope scope = access.officerScope(by);
        String[] keys = scope.all() ? null : scope.keys();
        PageResult<Breach> result = scope.isEmpty() ? new PageResult<>(List.of(), page.page(), page.size(), 0)
                : new PageResult<>(compliance.breachList(keys, openOnly, page.size(), page.offset()), page.page(),
                page.size(), compliance.breachCount(keys, openOnly));
        audit.append(AuditRecord.of(by.username(), "register.breaches.listed", "Registrant", null)
                .with("openOnly", openOnly).with("scope", scope.describe()).with("page", page.page())
                .with("returned", result.items().size()).with("total", result.total()));
        return result;
    }

    /** Records what was done about a breach (warning, arrest, referral to court...), which closes it. */
    @Transactional
    public Breach resolveBreach(long breachId, String resolution, Actor by) {
        DistrictScope scope = access.officerScope(by);
        Violations v = new Violations();
        String what = Inputs.text(v, "resolution", resolution, true, 2000);
        v.throwIfAny();
        Breach b = compliance.breach(breachId).filter(x -> scope.allows(x.district()))
                .orElseThrow(() -> DomainException.notFound("Breach", breachId));
        if (compliance.resolveBreach(breachId, by.username(), clock.instant(), what) == 0) {
            throw DomainException.conflict("Breach " + breachId + " was already resolved by " + b.resolvedBy());
        }
        audit.append(AuditRecord.of(by.username(), "register.breach.resolved", "Registrant", b.registrantId())
                .with("breach", breachId));
        return compliance.breach(breachId).orElseThrow();
    }

    /**
     * The daily job, for the register's today: ends the finite periods that ran out (withdrawing the identity
     * from screening), and raises a MISSED breach for every open duty past its due date. Idempotent: a second
     * run on the same day changes nothing.
     *
     * @param by {@link Actor#SYSTEM} for the scheduled run, or an administrator running it by hand
     */
    @Transactional
    public ComplianceRun runDailyCompliance(Actor by) {
        if (by != Actor.SYSTEM) {
            RegisterAccess.requireAny(by, Role.ADMIN);
        }
        LocalDate today = settings.today();
        Instant now = clock.instant();
        int ended = 0;
        for (RegistrantRow r : registrants.activeWithPeriodEndedBefore(today)) {
            registrants.updateStatus(r.id(), RegistrantStatus.ENDED, "the notification period ended on " + r.endsOn(),
                    now);
            compliance.cancelOutstanding(r.id(), now);
            events.publishEvent(new RegistrantIdentityWithdrawn(new RegistrantId(r.id()),
                    WithdrawalReason.NOTIFICATION_PERIOD_ENDED, now));
            audit.append(AuditRecord.of(by.username(), "register.period.ended", "Registrant", r.id())
                    .with("endsOn", r.endsOn()));
            ended++;
        }
        int raised = 0;
        for (DutyRow d : compliance.openDutiesDueBefore(today)) {
            compliance.markBreached(d.id());
            RegistrantRow r = registrants.find(d.registrantId()).orElseThrow();
            var breachId = compliance.insertBreach(d.registrantId(), d.id(), BreachKind.MISSED, d.type(), d.dueOn(),
                    today, now, d.type() + " was due " + d.dueOn());
            if (breachId.isPresent()) {
                raised++;
                events.publishEvent(new ComplianceBreachRaised(new RegistrantId(d.registrantId()), breachId.get(),
                        BreachKind.MISSED, d.type(), d.dueOn(), r.district()));
                audit.append(AuditRecord.of(by.username(), "register.breach.raised", "Registrant", d.registrantId())
                        .with("breach", breachId.get()).with("duty", d.type()).with("dueOn", d.dueOn()));
            }
        }
        return new ComplianceRun(today, ended, raised, compliance.countOpenReviewsDueBy(today));
    }

    /**
     * Records that a registrant left the country without a travel notification covering the journey: for
     * exit screening, once an officer has confirmed that the traveller is the registrant.
     *
     * @return the breach's number
     * @throws DomainException NOT_FOUND when there is no such registrant subject to notification
     */
    @Transactional
    public long reportUnnotifiedDeparture(RegistrantId id, LocalDate departureDate, String place, Actor reportedBy) {
        Violations v = new Violations();
        if (departureDate == null) {
            v.add("departureDate", "is required");
        }
        String where = Inputs.text(v, "place", place, true, 200);
        v.throwIfAny();
        RegistrantRow r = registrants.findForUpdate(id.value()).filter(RegistrantRow::active)
                .orElseThrow(() -> DomainException.notFound("Registrant subject to notification", id));
        Instant now = clock.instant();
        long breachId = compliance.insertBreach(r.id(), null, BreachKind.UNNOTIFIED_DEPARTURE,
                DutyType.TRAVEL_NOTIFICATION, departureDate, settings.today(), now,
                "left through " + where + " on " + departureDate + " without a travel notification").orElseThrow();
        events.publishEvent(new ComplianceBreachRaised(id, breachId, BreachKind.UNNOTIFIED_DEPARTURE,
                DutyType.TRAVEL_NOTIFICATION, departureDate, r.district()));
        audit.append(AuditRecord.of(reportedBy.username(), "register.breach.raised", "Registrant", r.id())
                .with("breach", breachId).with("kind", BreachKind.UNNOTIFIED_DEPARTURE).with("place", where));
        return breachId;
    }
}
