package org.nigehbaan.register.internal;

import java.time.LocalDate;
import java.util.List;
import org.nigehbaan.register.Duty;
import org.nigehbaan.register.DutyStatus;
import org.nigehbaan.register.RegistrantRecord;
import org.springframework.stereotype.Component;

/** Assembles a registrant's whole record from its rows. */
@Component
public class RegistrantViews {

    private final RegistrantRepository registrants;
    private final ComplianceRepository compliance;
    private final RegisterSettings settings;

    RegistrantViews(RegistrantRepository registrants, ComplianceRepository compliance, RegisterSettings settings) {
        this.registrants = registrants;
        this.compliance = compliance;
        this.settings = settings;
    }

    public RegistrantRecord record(RegistrantRow r) {
        LocalDate today = settings.today();
        String name = r.person().fullName();
        List<Duty> duties = compliance.duties(r.id()).stream()
                .map(d -> new Duty(d.id(), r.id(), name, r.district(), d.type(), d.dueOn(), d.status(),
                        d.status() == DutyStatus.OPEN && d.dueOn().isBefore(today), null))
                .toList();
        List<RegistrantRecord.Conviction> convictions = registrants.convictions(r.id()).stream()
                .map(c -> new RegistrantRecord.Conviction(c.id(), c.offence(), c.citation(),
                        settings.offences().all().stream().filter(o -> o.code().equals(c.offence())).findFirst()
                                .map(o -> o.title()).orElse(null),
                        c.court(), c.convictedOn(), c.disposal(), c.sentenceLength(), c.sentenceUnit(),
                        c.ageAtConviction(), c.indefinite() ? "INDEFINITE" : c.period(), c.periodEndsOn(), c.rule()))
                .toList();
        return new RegistrantRecord(r.id(), r.status(), r.statusReason(), r.person().toInput(), r.photoRef(),
                r.biometricRefs(), r.riskLevel(), r.riskReason(), r.station(), r.district(), r.releasedOn(), terms(r),
                convictions, registrants.addresses(r.id()), duties, compliance.notifications(r.id()),
                compliance.travel(r.id()), compliance.breachesOf(r.id()), registrants.pclProposals(r.id()),
                r.registeredAt(), r.registeredBy());
    }

    public static RegistrantRecord.Terms terms(RegistrantRow r) {
        return new RegistrantRecord.Terms(r.policy(), r.tier(), r.indefinite(), r.obligationsStart(), r.startsOn(),
                r.endsOn(), r.reviewOn(), r.renotifyEvery(), r.travelNoticeDays(), r.travelShortNoticeHours(),
                r.basis());
    }
}
