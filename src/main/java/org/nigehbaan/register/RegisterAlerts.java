package org.nigehbaan.register;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditRecord;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.identity.Violations;
import org.nigehbaan.register.internal.AlertRepository;
import org.nigehbaan.register.internal.DistrictScope;
import org.nigehbaan.register.internal.RegisterAccess;
import org.nigehbaan.register.internal.RegistrantRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts other modules raise about registrants (a suspect in a child-harassment report matched one), for the
 * register officers of the registrant's district: the alert names the source's reference and the match reasons
 * only. Raising is idempotent per registrant and source reference.
 */
@Service
public class RegisterAlerts {

    /** The source name of alerts from reports of children's online harassment. */
    public static final String CHILD_REPORT = "CHILD_REPORT";

    private final AlertRepository alerts;
    private final RegistrantRepository registrants;
    private final RegisterAccess access;
    private final AuditLog audit;
    private final Clock clock;

    RegisterAlerts(AlertRepository alerts, RegistrantRepository registrants, RegisterAccess access, AuditLog audit,
                   Clock clock) {
        this.alerts = alerts;
        this.registrants = registrants;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Raises an alert for the registrant's district, in the caller's transaction; empty when there is no such
     * registrant or this source reference already raised one.
     */
    @Transactional
    public Optional<Long> raise(RegistrantId registrant, String source, String sourceReference, List<String> reasons,
                                Actor raisedBy) {
        return registrants.find(registrant.value()).flatMap(r -> {
            Optional<Long> id = alerts.insert(r.id(), r.district(), DistrictScope.key(r.district()), source,
                    sourceReference, String.join("\n", reasons), clock.instant());
            id.ifPresent(a -> audit.append(AuditRecord.of(raisedBy.username(), "register.alert.raised", "Registrant",
                    r.id()).with("alert", a).with("source", source).with("reference", sourceReference)));
            return id;
        });
    }

    /** Alerts in the officer's districts, open ones first, newest first; the list names registrants, so it is audited. */
    @Transactional
    public PageResult<SuspectAlert> alerts(Actor by, boolean openOnly, PageRequest page) {
        DistrictScope scope = access.officerScope(by);
        PageResult<SuspectAlert> result;
        if (scope.isEmpty()) {
            result = new PageResult<>(List.of(), page.page(), page.size(), 0);
        } else {
            String[] keys = scope.all() ? null : scope.keys();
            result = new PageResult<>(alerts.list(keys, openOnly, page.size(), page.offset()), page.page(),
                    page.size(), alerts.count(keys, openOnly));
        }
        audit.append(AuditRecord.of(by.username(), "register.alerts.listed", "Registrant", null)
                .with("openOnly", openOnly).with("page", page.page()).with("returned", result.items().size())
                .with("total", result.total()));
        return result;
    }

    /** The officer has seen the alert and records what they did. */
    @Transactional
    public SuspectAlert acknowledge(long id, String note, Actor by) {
        DistrictScope scope = access.officerScope(by);
        Violations v = new Violations();
        String text = v.text("note", note, false, 2000);
        v.throwIfAny();
        SuspectAlert a = alerts.find(id).filter(x -> scope.allows(x.district()))
                .orElseThrow(() -> DomainException.notFound("Alert", id));
        if (alerts.acknowledge(id, by.username(), clock.instant(), text) == 0) {
            throw DomainException.conflict("alert " + id + " was already acknowledged by " + a.acknowledgedBy());
        }
        audit.append(AuditRecord.of(by.username(), "register.alert.acknowledged", "Registrant", a.registrantId())
                .with("alert", id));
        return alerts.find(id).orElseThrow();
    }
}
