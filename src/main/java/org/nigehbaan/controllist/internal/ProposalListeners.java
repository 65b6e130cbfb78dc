package org.nigehbaan.controllist.internal;

import java.util.Set;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditRecord;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.controllist.ControlListService;
import org.nigehbaan.controllist.EntryView;
import org.nigehbaan.controllist.Ground;
import org.nigehbaan.controllist.ListType;
import org.nigehbaan.controllist.ProposeEntry;
import org.nigehbaan.cooperation.Direction;
import org.nigehbaan.cooperation.ReturnCompleted;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.register.RegistrantProposedForPcl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proposals other modules ask for. Each becomes an ordinary PROPOSED entry waiting for an approver (never an
 * active one), proposed in the name of the officer whose act triggered it, so that officer can never approve it.
 * Handling is idempotent on the source's id, and a proposal the law refuses is recorded in the audit log
 * instead of failing the event forever.
 */
@Component
class ProposalListeners {

    private static final Logger log = LoggerFactory.getLogger(ProposalListeners.class);

    private final ControlListService service;
    private final EntryStore store;
    private final AuditLog audit;
    private final TransactionTemplate attempt;

    ProposalListeners(ControlListService service, EntryStore store, AuditLog audit,
                      PlatformTransactionManager transactions) {
        this.service = service;
        this.store = store;
        this.audit = audit;
        // The proposal is tried in a transaction of its own, so a refusal rolls back only the attempt and the
        // refusal itself can still be recorded.
        this.attempt = new TransactionTemplate(transactions);
        this.attempt.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A person returned from the UK after removal for illegal migration: 5 years on the PCL from the return date. */
    @ApplicationModuleListener
    void on(ReturnCompleted e) {
        if (!e.removedForIllegalMigration() || e.direction() != Direction.INCOMING) {
            return;
        }
        String externalId = "cooperation-return-" + e.caseId();
        String reason = "Returned to Pakistan on " + e.returnDate() + " by " + e.requestingAuthority()
                + " after removal for involvement in illegal migration (case " + e.caseReference()
                + (e.nationalityReference() == null ? "" : "; NADRA verification " + e.nationalityReference()) + ")";
        propose(new ProposeEntry(ListType.PCL.name(), Ground.DEPORTED_ILLEGAL_MIGRATION.name(), e.subject(),
                "Passports Rules 2021 r.22 (deportees for illegal migration)", "FIA", reason,
                e.returnDate().toString(), null, e.caseReference(), null, false, externalId), e.completedBy(),
                "ReturnCase", Long.toString(e.caseId()));
    }

    /** A register officer asks for a registrant to be placed on the PCL (refused while the switch is off). */
    @ApplicationModuleListener
    void on(RegistrantProposedForPcl e) {
        String externalId = "register-pcl-" + e.proposalId();
        propose(new ProposeEntry(ListType.PCL.name(), Ground.SEX_OFFENDER.name(), e.person().toInput(), e.legalBasis(),
                e.referringAgency(), e.reason(), null,
                e.notifiableUntil() == null ? null : e.notifiableUntil().toString(), "registrant " + e.registrantId(),
                null, false, externalId), e.proposedBy(), "Registrant", e.registrantId().toString());
    }

    private void propose(ProposeEntry cmd, String proposedBy, String sourceType, String sourceId) {
        if (store.existsExternalId(cmd.externalId())) {
            return; // delivered before
        }
        Actor actor = new Actor(0, proposedBy, proposedBy, cmd.referringAgency(), null, Set.of());
        try {
            EntryView entry = attempt.execute(status -> service.propose(cmd, actor));
            log.info("control list: entry {} proposed from {} {}", entry.id(), sourceType, sourceId);
        } catch (DuplicateKeyException concurrentDelivery) {
            return; // the same event, delivered twice at once: the other delivery proposed it
        } catch (DomainException refused) {
            audit.append(AuditRecord.of(proposedBy, "controllist.proposal.refused", sourceType, sourceId)
                    .with("ground", cmd.ground()).with("why", refused.getMessage()));
            log.info("control list: proposal from {} {} refused", sourceType, sourceId);
        } catch (InvalidInputException invalid) {
            // Field names only: the rejected values may be personal data.
            audit.append(AuditRecord.of(proposedBy, "controllist.proposal.refused", sourceType, sourceId)
                    .with("ground", cmd.ground()).with("invalidFields",
                            invalid.violations().stream().map(v -> v.field()).toList()));
            log.info("control list: proposal from {} {} refused", sourceType, sourceId);
        }
    }
}
