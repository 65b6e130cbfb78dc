package org.nigehbaan.controllist.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.common.WorkList;
import org.nigehbaan.controllist.ControlListService;
import org.nigehbaan.controllist.EntrySearch;
import org.nigehbaan.controllist.EntrySummary;
import org.springframework.stereotype.Component;

/** Home page: proposals and requested changes waiting for an approver's decision (never the approver's own). */
@Component
class ControlListWorkList implements WorkList {

    private final ControlListService service;
    private final CurrentActor current;

    ControlListWorkList(ControlListService service, CurrentActor current) {
        this.service = service;
        this.current = current;
    }

    @Override
    public Optional<Section> section() {
        Actor me = current.get();
        if (!me.hasAny(Role.LIST_APPROVER, Role.LIST_OFFICER)) {
            return Optional.empty();
        }
        PageResult<EntrySummary> waiting = service.search(new EntrySearch(null, null, null, null, true),
                PageRequest.of(0, 50), me);
        List<Item> items = new ArrayList<>();
        long mine = 0;
        for (EntrySummary e : waiting.items()) {
            boolean own = me.username().equals(e.proposedBy()) && e.pendingChange() == null;
            if (own) {
                mine++;
            }
            if (me.has(Role.LIST_APPROVER) && !own) {
                items.add(new Item(e.fullName() + " (" + e.id() + ")", "/control-list/entries/" + e.id(),
                        e.pendingChange() == null ? "home.cl.item.listing" : "home.cl.item." + e.pendingChange(),
                        List.of(e.list().name()), false));
            }
        }
        List<Count> counts = new ArrayList<>();
        if (me.has(Role.LIST_APPROVER)) {
            counts.add(new Count("home.cl.awaiting", Math.max(0, waiting.total() - mine), "/control-list/approvals", false));
            // Staged imports list nobody until a second person approves them: each waits on an approver who did not stage it.
            List<org.nigehbaan.controllist.ImportResult> staged = service.imports(
                    org.nigehbaan.controllist.ImportStatus.STAGED, PageRequest.of(0, 50)).items().stream()
                    .filter(i -> !i.importedBy().equals(me.username())).toList();
            counts.add(new Count("home.cl.importsAwaiting", staged.size(), "/control-list/imports", false));
            // Before the single listings, newest first as the list comes (the section keeps the first few).
            items.addAll(0, staged.stream().map(i -> new Item(i.approvalReference() + " (" + i.importId() + ")",
                    "/control-list/imports/" + i.importId(), "home.cl.item.import",
                    List.<Object>of(i.imported() + i.updated(), i.importedBy()), false)).toList());
        }
        if (me.has(Role.LIST_OFFICER)) {
            counts.add(new Count("home.cl.yoursAwaiting", mine, "/control-list?status=PROPOSED", false));
        }
        return Optional.of(new Section(10, "nav.controlList", me.has(Role.LIST_APPROVER) ? "/control-list/approvals"
                : "/control-list", counts, items));
    }
}
