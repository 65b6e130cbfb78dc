package org.nigehbaan.programme.internal;

import java.util.List;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.common.Figure;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.programme.internal.Section.Chart;
import org.nigehbaan.programme.internal.Section.Headline;
import org.nigehbaan.programme.internal.Section.Row;
import org.nigehbaan.programme.internal.Section.Table;
import org.nigehbaan.register.RegisterFigures;
import org.nigehbaan.register.RegisterFiguresService;
import org.springframework.stereotype.Component;

/** The register's figures; for a district, its registrants. */
@Component
class RegisterSource implements FiguresSource<RegisterFigures> {

    private final RegisterFiguresService service;

    RegisterSource(RegisterFiguresService service) {
        this.service = service;
    }

    @Override
    public String key() {
        return "register";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public RegisterFigures figures(ReportingPeriod period, Area area, Actor by) {
        return service.figures(period, area.district(), by);
    }

    @Override
    public Section section(RegisterFigures f) {
        RegisterFigures.Counts t = f.totals();
        return new Section(key(), false, List.of(
                new Headline("register.registered", t.registered()),
                new Headline("register.active", t.active()),
                new Headline("register.complianceRate", t.complianceRate()),
                new Headline("register.breachesRaised", t.breachesRaised()),
                new Headline("register.openBreaches", t.openBreaches())),
                List.of(
                        new Table("register.byMonth", "prog.column.month",
                                List.of("register.registered", "register.breachesRaised"),
                                f.byMonth().stream().map(m -> new Row(m.month().toString(),
                                        List.of(m.registered(), m.breachesRaised()))).toList(), Chart.LINE, false),
                        new Table("register.byDistrict", "prog.column.district",
                                List.of("register.active", "register.registered", "register.dutiesDue",
                                        "register.complianceRate", "register.openBreaches"),
                                f.byDistrict().stream().map(d -> new Row(d.district(), cells(d.counts()))).toList(),
                                Chart.NONE, false)));
    }

    private static List<Figure> cells(RegisterFigures.Counts c) {
        return List.of(c.active(), c.registered(), c.dutiesDue(), c.complianceRate(), c.openBreaches());
    }
}
