package org.nigehbaan.screening;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.Figure;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.screening.internal.ScreeningFiguresQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Screening's programme figures: {@link #figures(ReportingPeriod, Actor)}, for analysts and administrators. */
@Service
public class ScreeningFiguresService {

    private final ScreeningFiguresQueries queries;

    ScreeningFiguresService(ScreeningFiguresQueries queries) {
        this.queries = queries;
    }

    /** Every point of entry. */
    @Transactional(readOnly = true)
    public ScreeningFigures figures(ReportingPeriod period, Actor by) {
        return figures(period, List.of(), by);
    }

    /** Only the screenings at the given points of entry ({@link PointOfEntry}); all when {@code points} is empty. */
    @Transactional(readOnly = true)
    public ScreeningFigures figures(ReportingPeriod period, Collection<String> points, Actor by) {
        if (!by.hasAny(Role.ANALYST, Role.ADMIN)) {
            throw DomainException.forbidden("programme figures are for analysts and administrators");
        }
        List<String> chosen = points.stream().map(PointOfEntry::of).distinct().sorted().toList();
        Tally total = new Tally();
        Map<Purpose, Tally> byPurpose = new TreeMap<>();
        for (Purpose p : Purpose.values()) {
            byPurpose.put(p, new Tally());
        }
        Map<String, Tally> byPoint = new TreeMap<>();
        Map<YearMonth, Tally> byMonth = new TreeMap<>();
        Map<LocalDate, Tally> byDay = new TreeMap<>();
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            byDay.put(d, new Tally());
            byMonth.computeIfAbsent(YearMonth.from(d), m -> new Tally());
        }
        long degraded = 0;
        for (ScreeningFiguresQueries.Cell c : queries.cells(period, chosen)) {
            switch (c.by()) {
                case DAY -> {
                    total.add(c);
                    byMonth.get(YearMonth.from(c.day())).add(c);
                    byDay.get(c.day()).add(c);
                    degraded += c.degraded() ? c.screenings() : 0;
                }
                case PURPOSE -> byPurpose.computeIfAbsent(Purpose.valueOf(c.key()), p -> new Tally()).add(c);
                case POINT -> byPoint.computeIfAbsent(c.key(), p -> new Tally()).add(c);
            }
        }
        List<ScreeningFigures.PointRow> pointRows = new ArrayList<>();
        byPoint.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Tally> e) -> -e.getValue().screenings)
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> pointRows.add(new ScreeningFigures.PointRow(e.getKey(), e.getValue().counts())));
        ScreeningFiguresQueries.ReferralOutcomes r = queries.referrals(period, chosen);
        long awaiting = r.referrals() - r.confirmed() - r.cleared();
        return new ScreeningFigures(chosen, total.counts(),
                byPurpose.entrySet().stream().map(e -> new ScreeningFigures.PurposeRow(e.getKey(), e.getValue().counts())).toList(),
                pointRows,
                byMonth.entrySet().stream().map(e -> new ScreeningFigures.MonthRow(e.getKey(), e.getValue().counts())).toList(),
                byDay.entrySet().stream().map(e -> new ScreeningFigures.DayRow(e.getKey(), e.getValue().counts())).toList(),
                new ScreeningFigures.Referrals(Figure.count(r.referrals()), Figure.count(r.reviewed()),
                        Figure.count(r.confirmed()), Figure.count(r.cleared()), Figure.count(awaiting),
                        r.medianMinutes() == null ? Figure.median(0, 0) : Figure.median(r.medianMinutes(), r.reviewed())),
                new ScreeningFigures.Redress(Figure.count(queries.notThisPersonReviews(period)),
                        Figure.count(queries.redressDecided(period, "confirmed_at")),
                        Figure.count(queries.redressDecided(period, "revoked_at"))),
                new ScreeningFigures.Degraded(Figure.count(degraded), Figure.share(degraded, total.screenings)));
    }

    private static final class Tally {
        long screenings;
        long referred;
        long stopped;

        void add(ScreeningFiguresQueries.Cell c) {
            screenings += c.screenings();
            if (c.decision().equals(Decision.REFER.name())) {
                referred += c.screenings();
            } else if (c.decision().equals(Decision.STOP.name())) {
                stopped += c.screenings();
            }
        }

        ScreeningFigures.Counts counts() {
            return ScreeningFigures.Counts.of(screenings, referred, stopped);
        }
    }
}
