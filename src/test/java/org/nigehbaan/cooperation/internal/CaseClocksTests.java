package org.nigehbaan.cooperation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nigehbaan.cooperation.Attention;
import org.nigehbaan.cooperation.CaseClock;
import org.nigehbaan.cooperation.CaseType;
import org.nigehbaan.cooperation.ClockState;
import org.nigehbaan.cooperation.ClockView;
import org.nigehbaan.cooperation.CooperationPolicy;
import org.nigehbaan.cooperation.Direction;

import static org.assertj.core.api.Assertions.assertThat;

class CaseClocksTests {

    static final CaseClocks CLOCKS = new CaseClocks(CooperationPolicy.defaults());
    static final LocalDate MON = LocalDate.parse("2026-01-05");

    @ParameterizedTest(name = "due {0}, done {1}, closed {2}, today {3}: {4}")
    @CsvSource({
            // due,        done,        closed, today,       state   (warning window: 2 days)
            "2026-01-12, ,           false, 2026-01-05, ON_TRACK",
            "2026-01-12, ,           false, 2026-01-09, ON_TRACK",
            "2026-01-12, ,           false, 2026-01-10, DUE_SOON",
            "2026-01-12, ,           false, 2026-01-12, DUE_SOON",
            "2026-01-12, ,           false, 2026-01-13, BREACHED",
            "2026-01-12, 2026-01-12, false, 2026-02-01, MET",
            "2026-01-12, 2026-01-13, false, 2026-02-01, MISSED",
            "2026-01-12, ,           true,  2026-02-01, STOPPED",
            "2026-01-12, 2026-01-11, true,  2026-02-01, MET",
    })
    void aClockWarnsBeforeItsDueDateAndIsBreachedTheDayAfter(LocalDate due, LocalDate done, boolean closed,
                                                             LocalDate today, ClockState state) {
        assertThat(CLOCKS.state(due, done, closed, today)).isEqualTo(state);
    }

    @ParameterizedTest(name = "{0} received {1}")
    @CsvSource({
            "MUTUAL_LEGAL_ASSISTANCE, 2026-01-05, 2026-01-12, 2026-02-04, ",
            "EXTRADITION,             2026-01-05, 2026-01-12, 2026-02-04, ",
            "RETURN,                  2026-01-05, 2026-01-12, 2026-02-04, ",
            "CRIMINAL_RECORD,         2026-01-05, 2026-01-12, ,           2026-01-19",
            "CRIMINAL_RECORD,         2026-08-10, 2026-08-17, ,           2026-08-25",
    })
    void aNewCaseStartsItsTypesClocks(CaseType type, LocalDate received, LocalDate ackDue, LocalDate decideDue,
                                      LocalDate respondDue) {
        CooperationCase c = CooperationCase.open(type, Direction.INCOMING, received, CLOCKS, Instant.EPOCH, "t");
        assertThat(c.ackDueOn()).isEqualTo(ackDue);
        assertThat(c.decideDueOn()).isEqualTo(decideDue);
        assertThat(c.respondDueOn()).isEqualTo(respondDue);
        assertThat(CaseClocks.nextDue(c)).isEqualTo(ackDue);
    }

    @Test
    void theExecuteClockRunsNinetyDaysFromTheDecision() {
        CooperationCase c = CooperationCase.open(CaseType.NARCOTICS, Direction.OUTGOING, MON, CLOCKS, Instant.EPOCH, "t");
        c.acknowledge(MON.plusDays(3));
        assertThat(CaseClocks.nextDue(c)).isEqualTo(MON.plusDays(30));
        c.startReview(MON.plusDays(4));
        c.accept(MON.plusDays(10), CLOCKS);
        assertThat(c.respondDueOn()).isEqualTo(MON.plusDays(100));
        assertThat(CaseClocks.nextDue(c)).isEqualTo(MON.plusDays(100));

        List<ClockView> clocks = CLOCKS.clocks(c, MON.plusDays(99));
        assertThat(clocks).extracting(ClockView::clock).containsExactly(CaseClock.ACKNOWLEDGE, CaseClock.DECIDE,
                CaseClock.RESPOND);
        assertThat(clocks).extracting(ClockView::state).containsExactly(ClockState.MET, ClockState.MET,
                ClockState.DUE_SOON);
        assertThat(clocks.get(2).daysLeft()).isEqualTo(1L);

        c.respond(MON.plusDays(101), null);
        assertThat(CLOCKS.clocks(c, MON.plusDays(200)).get(2).state()).isEqualTo(ClockState.MISSED);
        assertThat(CaseClocks.nextDue(c)).isNull();
    }

    @Test
    void attentionComesFromTheEarliestRunningClock() {
        assertThat(CLOCKS.attention(MON, false, MON.plusDays(1))).isEqualTo(Attention.BREACHED);
        assertThat(CLOCKS.attention(MON, false, MON.minusDays(2))).isEqualTo(Attention.DUE_SOON);
        assertThat(CLOCKS.attention(MON, false, MON.minusDays(3))).isEqualTo(Attention.ON_TRACK);
        assertThat(CLOCKS.attention(null, true, MON)).isEqualTo(Attention.CLOSED);
    }

    @Test
    void todayIsCountedInPakistanNotInUtc() {
        // 20:00 UTC on 5 January is already 6 January in Karachi (UTC+5).
        Clock evening = Clock.fixed(Instant.parse("2026-01-05T20:00:00Z"), ZoneOffset.UTC);
        assertThat(CLOCKS.today(evening)).isEqualTo(LocalDate.parse("2026-01-06"));
    }
}
