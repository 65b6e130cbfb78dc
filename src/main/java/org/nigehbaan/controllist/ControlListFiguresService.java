package org.nigehbaan.controllist;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.Figure;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.controllist.internal.ControlListFiguresRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The control lists' programme figures: {@link #figures(ReportingPeriod, Actor)}, for analysts and administrators. */
@Service
public class ControlListFiguresService {

    private final ControlListFiguresRepository repository;
    private final Clock clock;
    private final int deporteeDays;

    ControlListFiguresService(ControlListFiguresRepository repository, Clock clock,
                              @Value("${nigehbaan.control-list.figures.deportee-listing-days:30}") int deporteeDays) {
        if (deporteeDays < 0 || deporteeDays > ControlListFiguresRepository.MAX_DEPORTEE_DAYS) {
            throw new IllegalArgumentException("nigehbaan.control-list.figures.deportee-listing-days must be between 0 and "
                    + ControlListFiguresRepository.MAX_DEPORTEE_DAYS + ", not " + deporteeDays);
        }
        this.repository = repository;
        this.clock = clock;
        this.deporteeDays = deporteeDays;
    }

    @Transactional(readOnly = true)
    public ControlListFigures figures(ReportingPeriod period, Actor by) {
        if (!by.hasAny(Role.ANALYST, Role.ADMIN)) {
            throw DomainException.forbidden("programme figures are for analysts and administrators");
        }
        // Endings count up to the period's last day, or up to today while the period runs on.
        LocalDate today = LocalDate.ofInstant(clock.instant(), ReportingPeriod.ZONE);
        LocalDate asOf = period.to().isBefore(today) ? period.to() : today;
        Map<Ground, ControlListFiguresRepository.GroundCounts> counts = new EnumMap<>(Ground.class);
        for (ControlListFiguresRepository.GroundCounts c : repository.byGround(period, asOf)) {
            counts.put(c.ground(), c);
        }
        List<ControlListFigures.GroundRow> byGround = new ArrayList<>();
        Map<ListType, long[]> lists = new EnumMap<>(ListType.class);
        long[] all = new long[3];
        for (Ground g : Ground.values()) {
            ControlListFiguresRepository.GroundCounts c = counts.getOrDefault(g, new ControlListFiguresRepository.GroundCounts(g.list(), g, 0, 0, 0));
            byGround.add(new ControlListFigures.GroundRow(g.list(), g, ControlListFigures.Counts.of(c.listed(), c.active(), c.ended())));
            long[] l = lists.computeIfAbsent(g.list(), k -> new long[3]);
            l[0] += c.listed();
            l[1] += c.active();
            l[2] += c.ended();
            all[0] += c.listed();
            all[1] += c.active();
            all[2] += c.ended();
        }
        List<ControlListFigures.ListRow> byList = new ArrayList<>();
        for (ListType t : ListType.values()) {
            long[] l = lists.getOrDefault(t, new long[3]);
            byList.add(new ControlListFigures.ListRow(t, ControlListFigures.Counts.of(l[0], l[1], l[2])));
        }
        Map<YearMonth, ControlListFiguresRepository.MonthCounts> months = new HashMap<>();
        repository.byMonth(period, asOf).forEach(m -> months.put(m.month(), m));
        List<ControlListFigures.MonthRow> byMonth = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            ControlListFiguresRepository.MonthCounts c = months.getOrDefault(m, new ControlListFiguresRepository.MonthCounts(m, 0, 0));
            byMonth.add(new ControlListFigures.MonthRow(m, Figure.count(c.listed()), Figure.count(c.ended())));
        }
        ControlListFiguresRepository.DeporteeCounts d = repository.deportees(period, deporteeDays);
        long[] imports = repository.imports(period);
        return new ControlListFigures(ControlListFigures.Counts.of(all[0], all[1], all[2]), byGround, byList,
                new ControlListFigures.Deportees(deporteeDays, Figure.count(d.listed()), Figure.count(d.withinDays()),
                        Figure.share(d.withinDays(), d.listed())),
                new ControlListFigures.Imports(Figure.count(imports[0]), Figure.count(imports[1])), byMonth);
    }

}
