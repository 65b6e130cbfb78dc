package org.nigehbaan.accounts.web;

import java.util.List;
import java.util.Optional;
import org.nigehbaan.accounts.AccountService;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.accounts.RoleRequest;
import org.nigehbaan.common.WorkList;
import org.springframework.stereotype.Component;

/**
 * Home page: grants of privileged roles another administrator asked for, which only a second administrator may
 * approve (an administrator's own requests wait for someone else and are counted apart).
 */
@Component
class AccountsWorkList implements WorkList {

    private final AccountService accounts;
    private final CurrentActor current;

    AccountsWorkList(AccountService accounts, CurrentActor current) {
        this.accounts = accounts;
        this.current = current;
    }

    @Override
    public Optional<Section> section() {
        Actor me = current.get();
        if (!me.has(Role.ADMIN)) {
            return Optional.empty();
        }
        List<RoleRequest> pending = accounts.roleRequests(RoleRequest.PENDING);
        List<RoleRequest> forMe = pending.stream().filter(r -> !r.requestedBy().equals(me.username())).toList();
        long mine = pending.size() - forMe.size();
        List<Item> items = forMe.stream().limit(MOST_URGENT)
                .map(r -> new Item(r.username(), "/users?q=" + r.username(), "home.accounts.item.roles",
                        List.<Object>of(String.join(", ", r.roles().stream().map(Enum::name).sorted().toList()),
                                r.requestedBy()), false))
                .toList();
        return Optional.of(new Section(90, "nav.users", "/users", List.of(
                new Count("home.accounts.roleRequests", forMe.size(), "/users", false),
                new Count("home.accounts.yourRequests", mine, "/users", false)), items));
    }
}
