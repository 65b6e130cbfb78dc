package org.nigehbaan.programme.internal;

import java.util.List;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.childprotection.ChildReportFigures;
import org.nigehbaan.childprotection.ChildReportService;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.programme.internal.Section.Chart;
import org.nigehbaan.programme.internal.Section.Headline;
import org.nigehbaan.programme.internal.Section.Row;
import org.nigehbaan.programme.internal.Section.Table;
import org.springframework.stereotype.Component;

/**
 * The child-protection module's figures: national (a report has no district until an officer works it), and
 * published with counts under five as "&lt;5" like every other module's.
 */
@Component
class ChildReportsSource implements FiguresSource<ChildReportFigures.Published> {

    private final ChildReportService service;

    ChildReportsSource(ChildReportService service) {
        this.service = service;
    }

    @Override
    public String key() {
        return "childReports";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public ChildReportFigures.Published figures(ReportingPeriod period, Area area, Actor by) {
        return service.figures(period, by).published();
    }

    @Override
    public Section section(ChildReportFigures.Published f) {
        return new Section(key(), true, List.of(
                new Headline("childReports.received", f.received()),
                new Headline("childReports.triagedWithinDeadlineShare", f.triagedWithinDeadlineShare()),
                new Headline("childReports.breached", f.breached()),
                new Headline("childReports.overdueAwaitingTriage", f.overdueAwaitingTriage()),
                new Headline("childReports.open", f.open()),
                new Headline("childReports.bundlesFormed", f.bundlesFormed()),
                new Headline("childReports.registerAlerts", f.registerAlerts())),
                List.of(
                        new Table("childReports.byGrade", "prog.column.grade", List.of("childReports.received"),
                                f.receivedByGrade().entrySet().stream()
                                        .map(e -> new Row(e.getKey().name(), List.of(e.getValue()))).toList(),
                                Chart.BAR, false),
                        new Table("childReports.byChannel", "prog.column.channel", List.of("childReports.received"),
                                f.receivedByChannel().entrySet().stream()
                                        .map(e -> new Row(e.getKey().name(), List.of(e.getValue()))).toList(),
                                Chart.NONE, false)));
    }
}
