package org.nigehbaan.programme.internal;

import java.util.List;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.common.Figure;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.programme.internal.Section.Chart;
import org.nigehbaan.programme.internal.Section.Headline;
import org.nigehbaan.programme.internal.Section.Row;
import org.nigehbaan.programme.internal.Section.Table;
import org.nigehbaan.screening.ScreeningFigures;
import org.nigehbaan.screening.ScreeningFiguresService;
import org.springframework.stereotype.Component;

/** Screening's figures; for a district, those of its points of entry. */
@Component
class ScreeningSource implements FiguresSource<ScreeningFigures> {

    /** Stands for "no point of entry" when a district has none: it matches no screening. */
    static final String NO_POINT = "NONE";
    private static final List<String> COUNTS = List.of("screening.screenings", "screening.referred",
            "screening.stopped", "screening.referRate", "screening.stopRate");

    private final ScreeningFiguresService service;

    ScreeningSource(ScreeningFiguresService service) {
        this.service = service;
    }

    @Override
    public String key() {
        return "screening";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public ScreeningFigures figures(ReportingPeriod period, Area area, Actor by) {
        if (area.national()) {
            return service.figures(period, by);
        }
        return service.figures(period, area.points().isEmpty() ? List.of(NO_POINT) : area.points(), by);
    }

    @Override
    public Section section(ScreeningFigures f) {
        ScreeningFigures.Referrals r = f.referrals();
        return new Section(key(), false, List.of(
                new Headline("screening.screenings", f.totals().screenings()),
                new Headline("screening.referRate", f.totals().referRate()),
                new Headline("screening.stopRate", f.totals().stopRate()),
                new Headline("screening.referralsConfirmed", r.confirmed()),
                new Headline("screening.referralsCleared", r.cleared()),
                new Headline("screening.referralsAwaitingReview", r.awaitingReview()),
                new Headline("screening.medianMinutesToReview", r.medianMinutesToReview()),
                new Headline("screening.redressNotThisPerson", f.redress().notThisPerson()),
                new Headline("screening.redressConfirmed", f.redress().confirmed()),
                new Headline("screening.redressRevoked", f.redress().revoked()),
                new Headline("screening.degradedAnswers", f.degraded().answers())),
                List.of(
                        new Table("screening.byMonth", "prog.column.month", COUNTS.subList(0, 3),
                                f.byMonth().stream().map(m -> new Row(m.month().toString(), cells(m.counts()).subList(0, 3)))
                                        .toList(), Chart.LINE, false),
                        new Table("screening.byPoint", "prog.column.point", COUNTS,
                                f.byPoint().stream().map(p -> new Row(p.point(), cells(p.counts()))).toList(),
                                Chart.BAR, false),
                        new Table("screening.byPurpose", "prog.column.purpose", COUNTS,
                                f.byPurpose().stream().map(p -> new Row(p.purpose().name(), cells(p.counts()))).toList(),
                                Chart.NONE, false),
                        new Table("screening.byDay", "prog.column.day", COUNTS,
                                f.byDay().stream().map(d -> new Row(d.day().toString(), cells(d.counts()))).toList(),
                                Chart.NONE, true)));
    }

    private static List<Figure> cells(ScreeningFigures.Counts c) {
        return List.of(c.screenings(), c.referred(), c.stopped(), c.referRate(), c.stopRate());
    }
}
