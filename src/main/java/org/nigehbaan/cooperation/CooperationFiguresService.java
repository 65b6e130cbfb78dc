package org.nigehbaan.cooperation;

import java.time.LocalDate;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.cooperation.internal.CaseRepository;
import org.nigehbaan.cooperation.internal.FiguresCalculator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cooperation's figures: {@link #figures(ReportingPeriod, Actor)}, for analysts and administrators (the
 * programme) and for case officers (the module's own statistics page and endpoint).
 */
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
        if (!by.hasAny(Role.ANALYST, Role.ADMIN, Role.CASE_OFFICER)) {
            throw DomainException.forbidden("cooperation figures are for analysts, administrators and case officers");
        }
        return FiguresCalculator.figures(cases.caseDates(period.to()), period.from(), period.to(), cooperation.today());
    }

    /** The day the running clocks are judged on, and the default end of a period. */
    public LocalDate today() {
        return cooperation.today();
    }
}
