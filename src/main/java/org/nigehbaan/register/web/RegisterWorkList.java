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
    private final org.nigehbaan.register.RegisterService register;
    private final CurrentActor current;
    private final org.springframework.context.MessageSource messages;

    RegisterWorkList(ComplianceService compliance, org.nigehbaan.register.RegisterService register,
                     CurrentActor current, org.springframework.context.MessageSource messages) {
        this.compliance = compliance;
        this.register = register;
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
        // Withdrawals and discharges other officers asked for: only a second officer can let them take effect.
        List<org.nigehbaan.register.RegisterChange> waiting = register.changes(
                org.nigehbaan.register.RegisterChange.Status.PENDING, PageRequest.of(0, 100), me).items().stream()
                .filter(c -> !c.requestedBy().equals(me.username())).toList();
        List<Item> items = new java.util.ArrayList<>();
        waiting.stream().limit(MOST_URGENT).forEach(c -> items.add(new Item(String.valueOf(c.registrantId()),
                "/register/registrants/" + c.registrantId(), "home.register.item.change",
                List.<Object>of(c.requestedBy(), messages.getMessage("register.changeKind." + c.kind(), null,
                        c.kind().name(), org.springframework.context.i18n.LocaleContextHolder.getLocale())), true)));
        duties.items().stream().limit(Math.max(0, MOST_URGENT - items.size()))
                .map(d -> new Item(d.registrantName() + " (" + d.registrantId() + ")",
                        "/register/registrants/" + d.registrantId(),
                        d.overdue() ? "home.register.item.overdue" : "home.register.item.due",
                        List.<Object>of(d.dueOn(), messages.getMessage("register.dutyType." + d.type(), null,
                                d.type().name(), org.springframework.context.i18n.LocaleContextHolder.getLocale())),
                        d.overdue()))
                .forEach(items::add);
        return Optional.of(new Section(40, "nav.register", "/register", List.of(
                new Count("home.register.changes", waiting.size(), waiting.isEmpty() ? "/register"
                        : "/register/registrants/" + waiting.get(0).registrantId(), true),
                new Count("home.register.overdue", overdue, "/register", true),
                new Count("home.register.open", duties.total(), "/register", false),
                new Count("home.register.breaches", breaches.total(), "/register/breaches", true)), items));
    }
}
