package org.nigehbaan.register.internal;

import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.register.RegistrantId;
import org.springframework.stereotype.Component;

/**
 * Who may touch which registrant. A registrant outside the officer's districts answers exactly as one that
 * does not exist (404), so that numbers cannot be probed across districts.
 */
@Component
public class RegisterAccess {

    private final DistrictScopes scopes;
    private final RegistrantRepository registrants;

    RegisterAccess(DistrictScopes scopes, RegistrantRepository registrants) {
        this.scopes = scopes;
        this.registrants = registrants;
    }

    /** The officer's districts; 403 for anyone who is not a register officer. */
    public DistrictScope officerScope(Actor actor) {
        if (!actor.has(Role.REGISTER_OFFICER)) {
            throw DomainException.forbidden("Only register officers work on the register");
        }
        return scopes.of(actor);
    }

    public static void requireAny(Actor actor, Role... roles) {
        if (!actor.hasAny(roles)) {
            throw DomainException.forbidden("Your role does not allow this");
        }
    }

    /** The registrant, locked for this transaction, when the officer's districts include it. */
    public RegistrantRow lockInScope(RegistrantId id, Actor actor) {
        DistrictScope scope = officerScope(actor);
        return registrants.findForUpdate(id.value()).filter(r -> scope.allows(r.district()))
                .orElseThrow(() -> DomainException.notFound("Registrant", id));
    }

    public RegistrantRow findInScope(RegistrantId id, Actor actor) {
        DistrictScope scope = officerScope(actor);
        return registrants.find(id.value()).filter(r -> scope.allows(r.district()))
                .orElseThrow(() -> DomainException.notFound("Registrant", id));
    }
}
