package org.nigehbaan.controllist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditQuery;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.cooperation.Direction;
import org.nigehbaan.cooperation.ReturnCompleted;
import org.nigehbaan.identity.Person;
import org.nigehbaan.identity.PersonInput;
import org.nigehbaan.register.RegistrantId;
import org.nigehbaan.register.RegistrantProposedForPcl;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.MutableClock;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Other modules' requests become PROPOSED entries, once, in the name of the officer who triggered them. */
@IntegrationTest
class ControlListProposalListenerIntegrationTests {

    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ControlListService service;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;
    @Autowired
    TestUsers users;
    @Autowired
    ApiClient api;

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Karachi"));
    }

    @Test
    void aCompletedReturnOfAnIllegalMigrantProposesAFiveYearPclEntryFromTheReturnDate() throws Exception {
        long caseId = System.nanoTime() % 1_000_000_000L;
        LocalDate returned = today().minusDays(3);
        PersonInput subject = new PersonInput("Returned Migrant " + caseId, List.of(), null, "Ghulam Rasool",
                "1991-05-04", "M", "PAK", null, List.of("AB7654321"));
        ReturnCompleted event = new ReturnCompleted(caseId, "RET-IN-2026-" + caseId, subject, returned, true,
                "UK Home Office", "return_completer", "HO-REF-1", "NADRA-42", Direction.INCOMING);
        tx.executeWithoutResult(s -> publisher.publishEvent(event));
        tx.executeWithoutResult(s -> publisher.publishEvent(event)); // delivered twice: still one proposal

        PageResult<EntrySummary> found = await(() -> service.search(new EntrySearch(EntryStatus.PROPOSED, ListType.PCL,
                Ground.DEPORTED_ILLEGAL_MIGRATION, "returned migrant " + caseId, false), PageRequest.of(0, 10), org.nigehbaan.accounts.Actor.SYSTEM));
        assertThat(found.total()).isEqualTo(1);
        EntrySummary entry = found.items().get(0);
        assertThat(entry.effectiveFrom()).isEqualTo(returned);
        assertThat(entry.expiresOn()).isEqualTo(returned.plusYears(5));
        assertThat(entry.proposedBy()).isEqualTo("return_completer");
        assertThat(entry.externalId()).isEqualTo("cooperation-return-" + caseId);

        // The officer who completed the return cannot approve it; notice must be recorded first.
        users.user("return_completer", Role.CASE_OFFICER, Role.LIST_APPROVER);
        assertThat(api.post("return_completer", "/api/v1/control-list/entries/" + entry.id() + "/approve", null).status())
                .isEqualTo(409);
        assertThat(api.post(users.user(Role.LIST_APPROVER).username(),
                "/api/v1/control-list/entries/" + entry.id() + "/approve", null).json().get("detail").asString())
                .contains("notice");
    }

    @Test
    void aReturnNotForIllegalMigrationProposesNothing() throws Exception {
        long caseId = System.nanoTime() % 1_000_000_000L;
        tx.executeWithoutResult(s -> publisher.publishEvent(new ReturnCompleted(caseId, "RET-X-" + caseId,
                new PersonInput("Visa Overstayer " + caseId, List.of(), null, null, null, null, null, null, List.of()),
                today(), false, "UK Home Office", "return_completer", null, null, Direction.INCOMING)));
        Thread.sleep(1500);
        assertThat(service.search(new EntrySearch(null, null, null, "visa overstayer " + caseId, false),
                PageRequest.of(0, 5), org.nigehbaan.accounts.Actor.SYSTEM).total()).isZero();
    }

    @Test
    void aRegistrantProposedWhileTheSexOffenderSwitchIsOffIsRefusedAndAudited() throws Exception {
        long proposalId = System.nanoTime() % 1_000_000_000L;
        RegistrantProposedForPcl event = new RegistrantProposedForPcl(new RegistrantId(proposalId), proposalId,
                Person.named("Registrant For Pcl " + proposalId), "Anti-Rape Act 2021 s.24", "Convicted under PPC 376",
                "register_officer", "NPB", null, Instant.now());
        tx.executeWithoutResult(s -> publisher.publishEvent(event));
        PageResult<?> refused = await(() -> audit.page(new AuditQuery("register_officer", "controllist.proposal.refused",
                "Registrant", new RegistrantId(proposalId).toString(), null, null), PageRequest.of(0, 5)));
        assertThat(refused.total()).isEqualTo(1);
        assertThat(service.search(new EntrySearch(null, null, null, "registrant for pcl " + proposalId, false),
                PageRequest.of(0, 5), org.nigehbaan.accounts.Actor.SYSTEM).total()).isZero();
    }

    private static <T extends PageResult<?>> T await(Supplier<T> query) throws InterruptedException {
        T result = query.get();
        for (int i = 0; i < 50 && result.total() == 0; i++) {
            Thread.sleep(100);
            result = query.get();
        }
        return result;
    }
}
