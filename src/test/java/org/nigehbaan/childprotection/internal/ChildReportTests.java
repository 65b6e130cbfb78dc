package org.nigehbaan.childprotection.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nigehbaan.childprotection.ActionKind;
import org.nigehbaan.childprotection.Grade;
import org.nigehbaan.childprotection.IntakeChannel;
import org.nigehbaan.childprotection.ReportStatus;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.identity.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report's guarded steps: warn and escalate once, triage against the clock, close only when triaged. */
class ChildReportTests {

    final GradingPolicy policy = new GradingPolicy(ChildReportProperties.defaults());
    final Instant t0 = Instant.parse("2026-03-01T10:00:00Z");

    ChildReport high() {
        return ChildReport.receive("CR-TEST", IntakeChannel.PLATFORM_API, "p", "s1", Grade.HIGH, policy, t0);
    }

    @Test
    void warnsOnceInTheWindowAndEscalatesOnceAfterTheDeadline() {
        ChildReport r = high();
        assertThat(r.warnIfDueSoon(policy, t0.plus(Duration.ofHours(19)))).isFalse();
        assertThat(r.warnIfDueSoon(policy, t0.plus(Duration.ofHours(20)))).isTrue();
        assertThat(r.warnIfDueSoon(policy, t0.plus(Duration.ofHours(21)))).isFalse();
        assertThat(r.escalateIfBreached("sup", t0.plus(Duration.ofHours(24)))).isFalse();
        assertThat(r.escalateIfBreached("sup", t0.plus(Duration.ofHours(24)).plusSeconds(1))).isTrue();
        assertThat(r.escalateIfBreached("sup", t0.plus(Duration.ofHours(30)))).isFalse();
        assertThat(r.escalatedTo()).isEqualTo("sup");
    }

    @Test
    void triageFixesWhetherTheDeadlineWasMetAndMovesTheDeadlineFromReceipt() {
        ChildReport late = high();
        late.triage(new GradingPolicy.Graded(Grade.LOW, Map.of()), "o", "{}", policy, t0.plus(Duration.ofHours(25)));
        assertThat(late.deadlineMet()).isFalse();
        assertThat(late.dueBy()).isEqualTo(t0.plus(Duration.ofDays(30)));
        assertThat(late.deadlineState(policy, t0.plus(Duration.ofHours(26)))).isEqualTo("MISSED");
        ChildReport inTime = high();
        inTime.triage(new GradingPolicy.Graded(Grade.VERY_HIGH, Map.of()), "o", "{}", policy, t0.plusSeconds(600));
        assertThat(inTime.deadlineMet()).isTrue();
        assertThat(inTime.status()).isEqualTo(ReportStatus.TRIAGED);
        assertThat(inTime.escalateIfBreached("sup", t0.plus(Duration.ofDays(2)))).as("triaged: no escalation").isFalse();
    }

    @Test
    void closingNeedsTriageAndAClosedReportOnlyTakesNotesOrReopening() {
        ChildReport r = high();
        assertThatThrownBy(() -> r.act(ActionKind.REFERRED_TO_POLICE, null, "o", t0)).isInstanceOf(DomainException.class)
                .hasMessageContaining("triage");
        r.act(ActionKind.REQUESTED_PLATFORM_DATA, null, "o", t0);
        r.triage(new GradingPolicy.Graded(Grade.HIGH, Map.of()), "o", "{}", policy, t0);
        assertThatThrownBy(() -> r.act(ActionKind.NO_FURTHER_ACTION, " ", "o", t0))
                .isInstanceOf(InvalidInputException.class);
        r.act(ActionKind.REFERRED_TO_POLICE, "FIR requested", "o", t0);
        assertThat(r.status()).isEqualTo(ReportStatus.CLOSED);
        assertThatThrownBy(() -> r.triage(new GradingPolicy.Graded(Grade.LOW, Map.of()), "o", "{}", policy, t0))
                .isInstanceOf(DomainException.class);
        r.act(ActionKind.NOTE, "called back", "o", t0);
        r.act(ActionKind.REOPENED, null, "o", t0);
        assertThat(r.status()).isEqualTo(ReportStatus.TRIAGED);
    }

    @Test
    void aRegisterMatchRaisesAnUntriagedReportButNeverLowersIt() {
        ChildReport r = ChildReport.receive("CR-T2", IntakeChannel.BULK, "p", "s", Grade.LOW, policy, t0);
        assertThat(r.raiseTo(Grade.HIGH, policy)).isTrue();
        assertThat(r.dueBy()).isEqualTo(t0.plus(Duration.ofHours(24)));
        assertThat(r.raiseTo(Grade.MEDIUM, policy)).isFalse();
        assertThat(r.grade()).isEqualTo(Grade.HIGH);
    }
}
