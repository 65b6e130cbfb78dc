package org.nigehbaan.programme.internal;

import java.util.List;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.common.Figure;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.cooperation.CooperationFigures;
import org.nigehbaan.cooperation.CooperationFiguresService;
import org.nigehbaan.programme.internal.Section.Chart;
import org.nigehbaan.programme.internal.Section.Headline;
import org.nigehbaan.programme.internal.Section.Row;
import org.nigehbaan.programme.internal.Section.Table;
import org.springframework.stereotype.Component;

/** Cooperation's figures: national (a case has no district). */
@Component
class CooperationSource implements FiguresSource<CooperationFigures> {

    private final CooperationFiguresService service;

    CooperationSource(CooperationFiguresService service) {
        this.service = service;
    }

    @Override
    public String key() {
        return "cooperation";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public CooperationFigures figures(ReportingPeriod period, Area area, Actor by) {
        return service.figures(period, by);
    }

    @Override
    public Section section(CooperationFigures f) {
        CooperationFigures.Row t = f.totals();
        return new Section(key(), true, List.of(
                new Headline("cooperation.opened", t.opened()),
                new Headline("cooperation.closed", t.closed()),
                new Headline("cooperation.deadlinesMetShare", t.deadlinesMetShare()),
                new Headline("cooperation.medianDaysToAcknowledge", t.medianDaysToAcknowledge()),
                new Headline("cooperation.medianDaysToRespond", t.medianDaysToRespond())),
                List.of(
                        new Table("cooperation.byMonth", "prog.column.month",
                                List.of("cooperation.opened", "cooperation.closed"),
                                f.byMonth().stream().map(m -> new Row(m.month().toString(),
                                        List.of(m.opened(), m.closed()))).toList(), Chart.LINE, false),
                        new Table("cooperation.byTypeAndDirection", "prog.column.typeAndDirection",
                                List.of("cooperation.opened", "cooperation.closed", "cooperation.deadlinesMet",
                                        "cooperation.deadlinesMissed", "cooperation.deadlinesMetShare",
                                        "cooperation.medianDaysToAcknowledge", "cooperation.medianDaysToRespond"),
                                f.byTypeAndDirection().stream().map(r -> new Row(r.type() + " " + r.direction(),
                                        cells(r))).toList(), Chart.NONE, false)));
    }

    private static List<Figure> cells(CooperationFigures.Row r) {
        return List.of(r.opened(), r.closed(), r.deadlinesMet(), r.deadlinesMissed(), r.deadlinesMetShare(),
                r.medianDaysToAcknowledge(), r.medianDaysToRespond());
    }
}
