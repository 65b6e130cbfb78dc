package org.nigehbaan.cooperation.web;

import java.util.List;
import java.util.Optional;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.common.WorkList;
import org.nigehbaan.cooperation.CaseSummary;
import org.nigehbaan.cooperation.CooperationService;
import org.nigehbaan.cooperation.WorkListQuery;
import org.springframework.stereotype.Component;

/** Home page: breached and nearly due case clocks, and cases with messages from the other side not yet read. */
@Component
class CooperationWorkList implements WorkList {

    private final CooperationService cooperation;
    private final CurrentActor current;

    CooperationWorkList(CooperationService cooperation, CurrentActor current) {
        this.cooperation = cooperation;
        this.current = current;
    }

    @Override
    public Optional<Section> section() {
        Actor me = current.get();
        if (!me.hasAny(Role.CASE_OFFICER, Role.PARTNER_LIAISON)) {
            return Optional.empty();
        }
        // The work list comes breached first, then by the next due date: its head is the most urgent work.
        PageResult<CaseSummary> open = cooperation.workList(WorkListQuery.open(), PageRequest.of(0, PageResult.MAX_SIZE), me);
        long breached = count(open, "BREACHED");
        long dueSoon = count(open, "DUE_SOON");
        long unread = open.items().stream().filter(c -> c.unreadMessages() > 0).count();
        List<Item> items = open.items().stream()
                .filter(c -> c.unreadMessages() > 0 || c.attention().name().equals("BREACHED")
                        || c.attention().name().equals("DUE_SOON"))
                .limit(MOST_URGENT)
                .map(c -> new Item(c.reference(), "/cooperation/cases/" + c.id(),
                        c.unreadMessages() > 0 && !c.attention().name().equals("BREACHED") ? "home.coop.item.unread"
                                : "home.coop.item." + c.attention().name(),
                        List.<Object>of(c.nextDueOn() == null ? "" : c.nextDueOn(), c.unreadMessages()),
                        c.attention().name().equals("BREACHED")))
                .toList();
        return Optional.of(new Section(30, "nav.cooperation", "/cooperation", List.of(
                new Count("home.coop.breached", breached, "/cooperation?attention=BREACHED", true),
                new Count("home.coop.dueSoon", dueSoon, "/cooperation?attention=DUE_SOON", false),
                new Count("home.coop.unread", unread, "/cooperation", false)), items));
    }

    private static long count(PageResult<CaseSummary> cases, String attention) {
        return cases.items().stream().filter(c -> c.attention().name().equals(attention)).count();
    }
}
