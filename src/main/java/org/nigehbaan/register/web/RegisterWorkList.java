package org.nigehbaan.register.web;

import java.util.List;
import java.util.Optional;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.common.WorkList;
import org.nigehbaan.register.Breach;
import org.nigehbaan.register.ComplianceService;
import org.nigehbaan.register.Duty;
import org.springframework.stereotype.Component;

/** Home page: the register officer's overdue duties (oldest first) and open breaches, in their districts. */
@Component
class RegisterWorkList implements WorkList {

    private final ComplianceService compliance;
    private final CurrentActor current;
    private final org.springframework.context.MessageSource messages;

    RegisterWorkList(ComplianceService compliance, CurrentActor current,
                     org.springframework.context.MessageSource messages) {
        this.compliance = compliance;
        this.current = current;
        this.messages = messages;
    }

    @Override
    public Optional<Section> section() {
        Actor me = current.get();
        if (!me.has(Role.REGISTER_OFFICER)) {
            return Optional.empty();
        }
        // The duty calendar lists overdue duties first, oldest first: its first page is the most urgent work.
        PageResult<Duty> duties = compliance.duties(me, false, null, PageRequest.of(0, 200));
        long overdue = duties.items().stream().filter(Duty::overdue).count();
        PageResult<Breach> breaches = compliance.breaches(me, true, PageRequest.of(0, 1));
        List<Item> items = duties.items().stream().limit(MOST_URGENT)
                .map(d -> new Item(d.registrantName() + " (" + d.registrantId() + ")",
                        "/register/registrants/" + d.registrantId(),
                        d.overdue() ? "home.register.item.overdue" : "home.register.item.due",
                        List.<Object>of(d.dueOn(), messages.getMessage("register.dutyType." + d.type(), null,
                                d.type().name(), org.springframework.context.i18n.LocaleContextHolder.getLocale())),
                        d.overdue()))
                .toList();
        return Optional.of(new Section(40, "nav.register", "/register", List.of(
                new Count("home.register.overdue", overdue, "/register", true),
                new Count("home.register.open", duties.total(), "/register", false),
                new Count("home.register.breaches", breaches.total(), "/register/breaches", true)), items));
    }
}
