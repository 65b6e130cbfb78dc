package org.nigehbaan.register;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.Figure;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.register.internal.DistrictScope;
import org.nigehbaan.register.internal.RegisterFiguresRepository;
import org.nigehbaan.register.internal.RegisterAccess;
import org.nigehbaan.register.internal.RegisterSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register's programme figures: {@link #figures(ReportingPeriod, Actor)}, for analysts and administrators. */
@Service
public class RegisterFiguresService {

    private final RegisterFiguresRepository repository;
    private final RegisterSettings settings;
    private final Clock clock;

    RegisterFiguresService(RegisterFiguresRepository repository, RegisterSettings settings, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
    }

    /** The whole country. */
    @Transactional(readOnly = true)
    public RegisterFigures figures(ReportingPeriod period, Actor by) {
        return figures(period, null, by);
    }

    /** One district's totals (the per-district rows always cover every district); null = the whole country. */
    @Transactional(readOnly = true)
    public RegisterFigures figures(ReportingPeriod period, String district, Actor by) {
        RegisterAccess.requireAny(by, Role.ANALYST, Role.ADMIN);
        Instant now = clock.instant();
        Instant asOf = period.endExclusive().isBefore(now) ? period.endExclusive() : now;
        String key = district == null || district.isBlank() ? null : DistrictScope.key(district);
        Map<String, RegisterFiguresRepository.Tally> tallies = repository.byDistrict(period, asOf, settings.today(), settings.zone());
        RegisterFiguresRepository.Tally total = new RegisterFiguresRepository.Tally();
        List<RegisterFigures.DistrictRow> rows = new ArrayList<>();
        tallies.forEach((k, t) -> {
            rows.add(new RegisterFigures.DistrictRow(t.district, counts(t)));
            if (key == null || key.equals(k)) {
                total.add(t);
            }
        });
        Map<YearMonth, RegisterFiguresRepository.MonthCounts> months = new HashMap<>();
        repository.byMonth(period, key, settings.zone()).forEach(m -> months.put(m.month(), m));
        List<RegisterFigures.MonthRow> byMonth = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            RegisterFiguresRepository.MonthCounts c = months.getOrDefault(m, new RegisterFiguresRepository.MonthCounts(m, 0, 0));
            byMonth.add(new RegisterFigures.MonthRow(m, Figure.count(c.registered()), Figure.count(c.breachesRaised())));
        }
        String shown = key == null ? null : tallies.containsKey(key) ? tallies.get(key).district : district.strip();
        return new RegisterFigures(shown, counts(total), rows, byMonth);
    }

    private static RegisterFigures.Counts counts(RegisterFiguresRepository.Tally t) {
        return new RegisterFigures.Counts(Figure.count(t.registered), Figure.count(t.active), Figure.count(t.ended),
                Figure.count(t.dutiesDue), Figure.count(t.dutiesMet), Figure.share(t.dutiesMet, t.dutiesDue),
                Figure.count(t.breachesRaised), Figure.count(t.openBreaches));
    }
}
