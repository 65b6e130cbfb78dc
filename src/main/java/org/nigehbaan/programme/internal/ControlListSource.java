package org.nigehbaan.programme.internal;

import java.util.List;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.controllist.ControlListFigures;
import org.nigehbaan.controllist.ControlListFiguresService;
import org.nigehbaan.programme.internal.Section.Chart;
import org.nigehbaan.programme.internal.Section.Headline;
import org.nigehbaan.programme.internal.Section.Row;
import org.nigehbaan.programme.internal.Section.Table;
import org.springframework.stereotype.Component;

/** The control lists' figures: national (a listing has no district). */
@Component
class ControlListSource implements FiguresSource<ControlListFigures> {

    private final ControlListFiguresService service;

    ControlListSource(ControlListFiguresService service) {
        this.service = service;
    }

    @Override
    public String key() {
        return "controlList";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public ControlListFigures figures(ReportingPeriod period, Area area, Actor by) {
        return service.figures(period, by);
    }

    @Override
    public Section section(ControlListFigures f) {
        List<String> counts = List.of("controlList.listed", "controlList.active", "controlList.ended");
        return new Section(key(), true, List.of(
                new Headline("controlList.listed", f.totals().listed()),
                new Headline("controlList.active", f.totals().active()),
                new Headline("controlList.ended", f.totals().ended()),
                new Headline("controlList.deporteesListed", f.deportees().listed()),
                new Headline("controlList.deporteesWithinDaysShare", f.deportees().shareWithinDays()),
                new Headline("controlList.importedEntries", f.imports().entries())),
                List.of(
                        new Table("controlList.byMonth", "prog.column.month",
                                List.of("controlList.listed", "controlList.ended"),
                                f.byMonth().stream().map(m -> new Row(m.month().toString(),
                                        List.of(m.listed(), m.ended()))).toList(), Chart.LINE, false),
                        new Table("controlList.byList", "prog.column.list", counts,
                                f.byList().stream().map(r -> new Row(r.list().name(), List.of(r.counts().listed(),
                                        r.counts().active(), r.counts().ended()))).toList(), Chart.NONE, false),
                        new Table("controlList.byGround", "prog.column.ground", counts,
                                f.byGround().stream().map(r -> new Row(r.list() + " " + r.ground(),
                                        List.of(r.counts().listed(), r.counts().active(), r.counts().ended()))).toList(),
                                Chart.NONE, false)));
    }
}
