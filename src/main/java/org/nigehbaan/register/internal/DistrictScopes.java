package org.nigehbaan.register.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.springframework.stereotype.Component;

/**
 * Works out which districts an actor may see on the register: a register officer their own district (from
 * their account) plus any an administrator granted; anyone else none.
 */
@Component
public class DistrictScopes {

    private final GrantRepository grants;

    DistrictScopes(GrantRepository grants) {
        this.grants = grants;
    }

    public DistrictScope of(Actor actor) {
        if (!actor.has(Role.REGISTER_OFFICER)) {
            return DistrictScope.NONE;
        }
        Set<String> keys = new HashSet<>();
        if (actor.district() != null && !actor.district().isBlank()) {
            keys.add(DistrictScope.key(actor.district()));
        }
        List<String> granted = grants.activeDistrictKeys(actor.username());
        if (granted.contains(DistrictScope.EVERY_DISTRICT)) {
            return new DistrictScope(true, Set.of());
        }
        keys.addAll(granted);
        return new DistrictScope(false, keys);
    }
}
