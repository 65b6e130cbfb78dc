package org.nigehbaan.childprotection.web;

import java.util.List;
import java.util.Optional;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.childprotection.ChildReportService;
import org.nigehbaan.childprotection.ChildReportWork;
import org.nigehbaan.childprotection.ReportSummary;
import org.nigehbaan.common.WorkList;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Home page: reports awaiting triage, those past or near their deadline, escalations and register matches, and the
 * reports awaiting triage with the earliest deadlines (most urgent first), for child-protection officers.
 */
@Component
class ChildReportsWorkList implements WorkList {

    private final ChildReportService reports;
    private final CurrentActor current;
    private final MessageSource messages;

    ChildReportsWorkList(ChildReportService reports, CurrentActor current, MessageSource messages) {
        this.reports = reports;
        this.current = current;
        this.messages = messages;
    }

    @Override
    public Optional<Section> section() {
        Actor me = current.get();
        if (!me.has(Role.CHILD_PROTECTION_OFFICER)) {
            return Optional.empty();
        }
        ChildReportWork w = reports.work(MOST_URGENT, me);
        String awaiting = "/child-reports?status=AWAITING_TRIAGE";
        List<Item> items = w.mostUrgent().stream().map(this::item).toList();
        return Optional.of(new Section(55, "nav.childreports", "/child-reports", List.of(
                new Count("home.childreports.overdue", w.overdue(), awaiting, true),
                new Count("home.childreports.dueSoon", w.dueSoon(), awaiting, true),
                new Count("home.childreports.awaiting", w.awaitingTriage(), awaiting, false),
                new Count("home.childreports.escalated", w.escalated(), "/child-reports?escalated=true", true),
                new Count("home.childreports.registerAlerts", w.withRegisterAlerts(), "/child-reports", false)),
                items));
    }

    private Item item(ReportSummary r) {
        String grade = messages.getMessage("childreports.grade." + r.grade(), null, r.grade().name(),
                LocaleContextHolder.getLocale());
        boolean overdue = "OVERDUE".equals(r.deadline());
        return new Item(r.reference(), "/child-reports/" + r.reference(),
                overdue ? "home.childreports.item.overdue" : "home.childreports.item.due",
                List.<Object>of(grade, r.dueBy()), overdue || "DUE_SOON".equals(r.deadline()));
    }
}
