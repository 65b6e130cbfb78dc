package org.nigehbaan.controllist.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.controllist.ControlListPolicy;
import org.nigehbaan.controllist.EntryStatus;
import org.nigehbaan.controllist.Ground;
import org.nigehbaan.identity.Person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lifecycle rules of one entry, without a database. */
class ControlListEntryTests {

    static final ZoneId PKT = ZoneId.of("Asia/Karachi");
    static final ControlListPolicy POLICY = ControlListPolicy.defaultPolicy();
    static final Instant NOW = LocalDate.of(2026, 6, 1).atTime(10, 0).atZone(PKT).toInstant();

    static ControlListEntry proposed(Ground ground, LocalDate from, boolean noticeServed, boolean urgent) {
        ControlListEntry e = ControlListEntry.propose(ground.list(), ground, Person.named("Test Person"), "basis",
                "FIA", "reason", null, from, POLICY.statutoryExpiry(ground, from),
                noticeServed ? from : null, urgent, "officer", NOW, PKT);
        e.id = 1L;
        return e;
    }

    static ControlListEntry active(Ground ground, LocalDate from) {
        ControlListEntry e = proposed(ground, from, true, false);
        e.approve("approver", null, NOW, PKT, 24);
        return e;
    }

    @Test
    void theProposerCanNeverApprove() {
        ControlListEntry e = proposed(Ground.DEPORTED_ILLEGAL_MIGRATION, LocalDate.of(2026, 5, 1), true, false);
        assertThatThrownBy(() -> e.approve("OFFICER", null, NOW, PKT, 24))
                .isInstanceOfSatisfying(DomainException.class, x -> assertThat(x.kind()).isEqualTo(DomainException.Kind.CONFLICT))
                .hasMessageContaining("proposer can never approve");
        assertThat(e.approve("approver", "ok", NOW, PKT, 24)).isEqualTo(ControlListEntry.Outcome.ACTIVATED);
        assertThat(e.effectiveStatus(NOW)).isEqualTo(EntryStatus.ACTIVE);
    }

    @ParameterizedTest(name = "notice served {0}, urgent {1} -> approvable {2}")
    @CsvSource({"true, false, true", "false, true, true", "false, false, false", "true, true, true"})
    void listingNeedsNoticeUnlessUrgent(boolean notice, boolean urgent, boolean approvable) {
        ControlListEntry e = proposed(Ground.CORRUPTION, LocalDate.of(2026, 5, 1), notice, urgent);
        if (approvable) {
            assertThat(e.approve("approver", null, NOW, PKT, 24)).isEqualTo(ControlListEntry.Outcome.ACTIVATED);
        } else {
            assertThatThrownBy(() -> e.approve("approver", null, NOW, PKT, 24)).hasMessageContaining("notice");
        }
    }

    @Test
    void urgentListingsShowNoticeOverdueAfter24Hours() {
        ControlListEntry e = proposed(Ground.TERRORISM, LocalDate.of(2026, 5, 1), false, true);
        e.approve("approver", null, NOW, PKT, 24);
        assertThat(e.noticeOverdue(NOW.plus(23, ChronoUnit.HOURS), 24)).isFalse();
        assertThat(e.noticeOverdue(NOW.plus(25, ChronoUnit.HOURS), 24)).isTrue();
        e.recordNotice(LocalDate.of(2026, 6, 1), NOW.plus(25, ChronoUnit.HOURS));
        assertThat(e.noticeOverdue(NOW.plus(26, ChronoUnit.HOURS), 24)).isFalse();
    }

    @Test
    void anEntryIsNotActiveFromMidnightOfItsExpiryDayInPakistanEvenBeforeTheJobRuns() {
        ControlListEntry e = active(Ground.CORRUPTION, LocalDate.of(2026, 5, 1)); // ends 2026-08-29
        Instant lastMoment = LocalDate.of(2026, 8, 29).atStartOfDay(PKT).toInstant().minusMillis(1);
        assertThat(e.effectiveStatus(lastMoment)).isEqualTo(EntryStatus.ACTIVE);
        assertThat(e.effectiveStatus(lastMoment.plusMillis(1))).isEqualTo(EntryStatus.EXPIRED);
        assertThat(e.isRecordedActive()).isTrue();
        assertThat(e.expire(lastMoment.plusMillis(1))).isEqualTo(ControlListEntry.Outcome.EXPIRED);
        assertThat(e.isRecordedActive()).isFalse();
    }

    @ParameterizedTest(name = "{0}: extend to {1} -> {2}")
    @CsvSource({
            // ECL: one extension of at most 90 days (current end 2026-08-29).
            "CORRUPTION, 2026-11-27, ok",
            "CORRUPTION, 2026-11-28, at most P90D",
            "CORRUPTION, 2026-08-29, must end after",
            // PCL deportees: up to 5 more years per extension (current end 2031-05-01).
            "DEPORTED_ILLEGAL_MIGRATION, 2036-05-01, ok",
            "DEPORTED_ILLEGAL_MIGRATION, 2036-05-02, at most P5Y",
            // No end to extend.
            "TERRORISM, 2030-01-01, lasts until removed",
    })
    void extensionsStayWithinTheGroundsLimits(Ground ground, LocalDate until, String expected) {
        ControlListEntry e = active(ground, LocalDate.of(2026, 5, 1));
        if (expected.equals("ok")) {
            assertThat(e.requestExtension("officer", until, "why", POLICY.termsOf(ground), NOW))
                    .isEqualTo(ControlListEntry.Outcome.EXTENSION_REQUESTED);
        } else {
            assertThatThrownBy(() -> e.requestExtension("officer", until, "why", POLICY.termsOf(ground), NOW))
                    .hasMessageContaining(expected);
        }
    }

    @Test
    void anEclOrderIsExtendedOnceAndOnlyWhenAnotherApproverApproves() {
        ControlListEntry e = active(Ground.CORRUPTION, LocalDate.of(2026, 5, 1));
        e.requestExtension("approver2", LocalDate.of(2026, 10, 1), "why", POLICY.termsOf(Ground.CORRUPTION), NOW);
        assertThat(e.expiresOn).isEqualTo(LocalDate.of(2026, 8, 29));
        assertThatThrownBy(() -> e.approve("approver2", null, NOW, PKT, 24)).hasMessageContaining("another approver");
        assertThat(e.approve("approver", null, NOW, PKT, 24)).isEqualTo(ControlListEntry.Outcome.EXTENDED);
        assertThat(e.expiresOn).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(e.expiresAt).isEqualTo(LocalDate.of(2026, 10, 1).atStartOfDay(PKT).toInstant());
        assertThatThrownBy(() -> e.requestExtension("officer", LocalDate.of(2026, 11, 1), "again",
                POLICY.termsOf(Ground.CORRUPTION), NOW)).hasMessageContaining("already had 1 extension");
    }

    @Test
    void anApproverRemovesAtOnceAnOfficerOnlyAsks() {
        ControlListEntry byOfficer = active(Ground.PASSPORT_MISUSE, LocalDate.of(2026, 5, 1));
        assertThat(byOfficer.remove("officer", false, "court order", NOW)).isEqualTo(ControlListEntry.Outcome.REMOVAL_REQUESTED);
        assertThat(byOfficer.effectiveStatus(NOW)).isEqualTo(EntryStatus.ACTIVE);
        assertThat(byOfficer.reject("approver", "no", NOW)).isEqualTo(ControlListEntry.Outcome.CHANGE_DECLINED);
        assertThat(byOfficer.effectiveStatus(NOW)).isEqualTo(EntryStatus.ACTIVE);

        ControlListEntry byApprover = active(Ground.PASSPORT_MISUSE, LocalDate.of(2026, 5, 1));
        assertThat(byApprover.remove("approver", true, "court order", NOW)).isEqualTo(ControlListEntry.Outcome.REMOVED);
        assertThat(byApprover.effectiveStatus(NOW)).isEqualTo(EntryStatus.REMOVED);
        assertThatThrownBy(() -> byApprover.remove("approver", true, "again", NOW)).hasMessageContaining("REMOVED");
    }

    @Test
    void aRejectedProposalCanNeverBeApproved() {
        ControlListEntry e = proposed(Ground.CORRUPTION, LocalDate.of(2026, 5, 1), true, false);
        assertThat(e.reject("approver", "insufficient grounds", NOW)).isEqualTo(ControlListEntry.Outcome.REJECTED);
        assertThatThrownBy(() -> e.approve("approver", null, NOW, PKT, 24)).hasMessageContaining("REJECTED");
    }

    @Test
    void aProposalWhoseTermHasAlreadyEndedCannotBeApproved() {
        ControlListEntry e = proposed(Ground.CORRUPTION, LocalDate.of(2026, 1, 1), true, false); // ended 2026-05-01
        assertThatThrownBy(() -> e.approve("approver", null, NOW, PKT, 24)).hasMessageContaining("already ended");
    }
}
