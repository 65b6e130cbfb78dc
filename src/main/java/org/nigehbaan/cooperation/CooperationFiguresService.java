package org.nigehbaan.cooperation;

import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.cooperation.internal.CaseRepository;
import org.nigehbaan.cooperation.internal.StatisticsCalculator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cooperation's programme figures: {@link #figures(ReportingPeriod, Actor)}, for analysts and administrators. */
@Service
public class CooperationFiguresService {

    private final CaseRepository cases;
    private final CooperationService cooperation;

    CooperationFiguresService(CaseRepository cases, CooperationService cooperation) {
        this.cases = cases;
        this.cooperation = cooperation;
    }

    @Transactional(readOnly = true)
    public CooperationFigures figures(ReportingPeriod period, Actor by) {
        if (!by.hasAny(Role.ANALYST, Role.ADMIN)) {
            throw DomainException.forbidden("programme figures are for analysts and administrators");
        }
        return StatisticsCalculator.figures(cases.caseDates(period.to()), period.from(), period.to(), cooperation.today());
    }
}
