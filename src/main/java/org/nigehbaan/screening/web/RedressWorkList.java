package org.nigehbaan.screening.web;

import java.util.List;
import java.util.Optional;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.common.WorkList;
import org.nigehbaan.screening.Redress;
import org.nigehbaan.screening.RedressService;
import org.nigehbaan.screening.RedressStatus;
import org.springframework.stereotype.Component;

/**
 * Home page of a border supervisor: "not this person" reviews waiting for a second look. Until one is confirmed
 * the same traveller is referred again at every counter, so the oldest waiting comes first.
 */
@Component
class RedressWorkList implements WorkList {

    private final RedressService redress;
    private final CurrentActor current;

    RedressWorkList(RedressService redress, CurrentActor current) {
        this.redress = redress;
        this.current = current;
    }

    @Override
    public Optional<Section> section() {
        Actor me = current.get();
        if (!me.has(Role.BORDER_SUPERVISOR)) {
            return Optional.empty();
        }
        PageResult<Redress> pending = redress.list(RedressStatus.PENDING, PageRequest.of(0, 100), me);
        List<Redress> forMe = pending.items().stream().filter(r -> !r.openedBy().equals(me.username()))
                .sorted(java.util.Comparator.comparing(Redress::openedAt)).toList();
        List<Item> items = forMe.stream().limit(MOST_URGENT)
                .map(r -> new Item(r.traveller(), "/screening/redress", "home.redress.item",
                        List.<Object>of(r.openedBy(), r.openedAt()), false))
                .toList();
        long others = pending.total() - (pending.items().size() - forMe.size());
        return Optional.of(new Section(25, "nav.redress", "/screening/redress", List.of(
                new Count("home.redress.pending", others, "/screening/redress", others > 0)), items));
    }
}
