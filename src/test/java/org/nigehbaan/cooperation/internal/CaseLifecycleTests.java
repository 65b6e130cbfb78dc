package org.nigehbaan.cooperation.internal;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.cooperation.CaseAction;
import org.nigehbaan.cooperation.CaseStatus;
import org.nigehbaan.cooperation.CaseType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseLifecycleTests {

    @ParameterizedTest(name = "{0}: {1} --{2}--> {3}")
    @CsvSource({
            "MUTUAL_LEGAL_ASSISTANCE, RECEIVED,     ACKNOWLEDGE,  ACKNOWLEDGED",
            "MUTUAL_LEGAL_ASSISTANCE, ACKNOWLEDGED, START_REVIEW, UNDER_REVIEW",
            "MUTUAL_LEGAL_ASSISTANCE, ACKNOWLEDGED, REFUSE,       REFUSED",
            "MUTUAL_LEGAL_ASSISTANCE, UNDER_REVIEW, ACCEPT,       EXECUTING",
            "MUTUAL_LEGAL_ASSISTANCE, UNDER_REVIEW, REFUSE,       REFUSED",
            "MUTUAL_LEGAL_ASSISTANCE, EXECUTING,    RESPOND,      RESPONDED",
            "MUTUAL_LEGAL_ASSISTANCE, EXECUTING,    WITHDRAW,     WITHDRAWN",
            "ILLICIT_FINANCE,         UNDER_REVIEW, ACCEPT,       EXECUTING",
            "NARCOTICS,               RECEIVED,     WITHDRAW,     WITHDRAWN",
            "EXTRADITION,             UNDER_REVIEW, ACCEPT,       EXECUTING",
            "EXTRADITION,             EXECUTING,    RESPOND,      RESPONDED",
            "CRIMINAL_RECORD,         RECEIVED,     ACKNOWLEDGE,  ACKNOWLEDGED",
            "CRIMINAL_RECORD,         ACKNOWLEDGED, RESPOND,      RESPONDED",
            "CRIMINAL_RECORD,         ACKNOWLEDGED, REFUSE,       REFUSED",
            "CRIMINAL_RECORD,         ACKNOWLEDGED, WITHDRAW,     WITHDRAWN",
            "RETURN,                  ACKNOWLEDGED, START_REVIEW, UNDER_REVIEW",
            "RETURN,                  UNDER_REVIEW, SCHEDULE,     SCHEDULED",
            "RETURN,                  UNDER_REVIEW, REFUSE,       REFUSED",
            "RETURN,                  SCHEDULED,    SCHEDULE,     SCHEDULED",
            "RETURN,                  SCHEDULED,    COMPLETE,     COMPLETED",
            "RETURN,                  SCHEDULED,    WITHDRAW,     WITHDRAWN",
    })
    void eachTypeMovesAlongItsOwnStateMachine(CaseType type, CaseStatus from, CaseAction action, CaseStatus to) {
        assertThat(CaseLifecycle.next(type, from, action)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0}: {1} cannot {2}")
    @CsvSource({
            "MUTUAL_LEGAL_ASSISTANCE, RECEIVED,     ACCEPT",   // acknowledge and examine first
            "MUTUAL_LEGAL_ASSISTANCE, RECEIVED,     RESPOND",
            "MUTUAL_LEGAL_ASSISTANCE, EXECUTING,    REFUSE",   // refused only before execution starts
            "MUTUAL_LEGAL_ASSISTANCE, UNDER_REVIEW, SCHEDULE", // only returns are scheduled
            "MUTUAL_LEGAL_ASSISTANCE, EXECUTING,    COMPLETE",
            "CRIMINAL_RECORD,         RECEIVED,     RESPOND",  // acknowledged first
            "CRIMINAL_RECORD,         ACKNOWLEDGED, START_REVIEW",
            "CRIMINAL_RECORD,         ACKNOWLEDGED, ACCEPT",
            "RETURN,                  UNDER_REVIEW, ACCEPT",   // a return is scheduled, not accepted
            "RETURN,                  UNDER_REVIEW, COMPLETE", // nor completed unscheduled
            "RETURN,                  SCHEDULED,    REFUSE",
            "RETURN,                  SCHEDULED,    RESPOND",
            "EXTRADITION,             ACKNOWLEDGED, ACCEPT",
            "RETURN,                  COMPLETED,    WITHDRAW",
            "CRIMINAL_RECORD,         RESPONDED,    RESPOND",
    })
    void stepsOutsideTheMachineAreAConflictNamingWhatIsPossible(CaseType type, CaseStatus from, CaseAction action) {
        assertThatThrownBy(() -> CaseLifecycle.next(type, from, action))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT))
                .hasMessageContaining(from.name());
    }

    @ParameterizedTest
    @EnumSource(CaseType.class)
    void closedStatesAreTerminalForEveryType(CaseType type) {
        for (CaseStatus closed : EnumSet.of(CaseStatus.RESPONDED, CaseStatus.COMPLETED, CaseStatus.REFUSED,
                CaseStatus.WITHDRAWN)) {
            assertThat(CaseLifecycle.allowed(type, closed)).as("%s %s", type, closed).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(CaseType.class)
    void everyOpenStateCanBeWithdrawnAndEveryCaseCanReachAClosedState(CaseType type) {
        for (CaseStatus s : CaseLifecycle.states(type)) {
            if (!s.isClosed()) {
                assertThat(CaseLifecycle.allowed(type, s)).as("%s %s", type, s).contains(CaseAction.WITHDRAW);
            }
        }
        assertThat(CaseLifecycle.states(type)).contains(CaseStatus.RECEIVED, CaseStatus.WITHDRAWN);
    }

    @Test
    void onlyReturnsAreScheduledAndCompletedAndOnlyTheyHaveNoExecutingState() {
        assertThat(CaseLifecycle.states(CaseType.RETURN)).contains(CaseStatus.SCHEDULED, CaseStatus.COMPLETED)
                .doesNotContain(CaseStatus.EXECUTING, CaseStatus.RESPONDED);
        assertThat(CaseLifecycle.states(CaseType.CRIMINAL_RECORD)).doesNotContain(CaseStatus.UNDER_REVIEW,
                CaseStatus.EXECUTING, CaseStatus.SCHEDULED);
        assertThat(CaseLifecycle.states(CaseType.EXTRADITION)).doesNotContain(CaseStatus.SCHEDULED, CaseStatus.COMPLETED);
    }
}
