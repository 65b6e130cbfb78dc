package org.nigehbaan.cooperation.internal;

import org.nigehbaan.accounts.Actor;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records refused partner access in a transaction of its own, so the record survives the refusal rolling
 * back the request's transaction. Called before the request has appended anything, so it never waits on a
 * lock its caller holds.
 */
@Component
public class DeniedAccessLog {

    private final AuditLog audit;

    DeniedAccessLog(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void denied(Actor actor, long caseId, String what) {
        audit.append(AuditRecord.of(actor.username(), "cooperation.partner.access-denied", "CooperationCase", caseId)
                .with("requested", what));
    }
}
