package org.nigehbaan.cooperation.internal;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nigehbaan.cooperation.CaseClock;
import org.nigehbaan.cooperation.CaseStatus;
import org.nigehbaan.cooperation.CaseType;
import org.nigehbaan.cooperation.CooperationStatistics;
import org.nigehbaan.cooperation.Direction;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsCalculatorTests {

    static final LocalDate FROM = LocalDate.parse("2026-01-01");
    static final LocalDate TO = LocalDate.parse("2026-03-31");
    static final LocalDate TODAY = LocalDate.parse("2026-04-15");

    @ParameterizedTest
    @CsvSource({"'', ", "'4', 4.0", "'1 3', 2.0", "'9 1 5', 5.0", "'1 2 3 10', 2.5"})
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo(String values, Double median) {
        List<Long> v = values.isBlank() ? List.of() : java.util.Arrays.stream(values.split(" ")).map(Long::valueOf).toList();
        assertThat(StatisticsCalculator.median(v)).isEqualTo(median);
    }

    @Test
    void countsMediansAndDeadlinesByTypeAndDirection() {
        List<CaseDates> cases = List.of(
                // acknowledged in 2 days, answered in 20; all in time
                dates(CaseType.MUTUAL_LEGAL_ASSISTANCE, Direction.INCOMING, CaseStatus.RESPONDED, "2026-01-05",
                        "2026-01-07", "2026-01-10", "2026-04-10", "2026-01-25"),
                // acknowledged late (9 days), decided late, still executing
                dates(CaseType.MUTUAL_LEGAL_ASSISTANCE, Direction.INCOMING, CaseStatus.EXECUTING, "2026-01-10",
                        "2026-01-19", "2026-02-15", "2026-05-16", null),
                // never acknowledged and now breached
                dates(CaseType.MUTUAL_LEGAL_ASSISTANCE, Direction.INCOMING, CaseStatus.RECEIVED, "2026-03-01",
                        null, null, null, null),
                // withdrawn unacknowledged: its stopped clocks count neither way
                dates(CaseType.MUTUAL_LEGAL_ASSISTANCE, Direction.INCOMING, CaseStatus.WITHDRAWN, "2026-02-01",
                        null, null, null, "2026-02-03"),
                // another type and direction, received before the period
                dates(CaseType.RETURN, Direction.OUTGOING, CaseStatus.COMPLETED, "2025-12-01", "2025-12-02",
                        "2025-12-10", "2026-01-05", "2026-01-05"));

        CooperationStatistics s = StatisticsCalculator.compute(cases, FROM, TO, TODAY);
        assertThat(s.rows()).hasSize(12);
        CooperationStatistics.Row mla = s.rows().stream().filter(r -> r.type() == CaseType.MUTUAL_LEGAL_ASSISTANCE
                && r.direction() == Direction.INCOMING).findFirst().orElseThrow();
        assertThat(mla.opened()).isEqualTo(4);
        assertThat(mla.closed()).isEqualTo(2);
        assertThat(mla.outcomes()).containsEntry(CaseStatus.RESPONDED, 1L).containsEntry(CaseStatus.WITHDRAWN, 1L);
        assertThat(mla.medianDaysToAcknowledge()).isEqualTo(5.5); // 2 and 9
        assertThat(mla.medianDaysToRespond()).isEqualTo(20.0);
        assertThat(mla.deadlines().get(CaseClock.ACKNOWLEDGE).met()).isEqualTo(1);
        assertThat(mla.deadlines().get(CaseClock.ACKNOWLEDGE).missed()).isEqualTo(2); // late, and breached
        assertThat(mla.deadlines().get(CaseClock.ACKNOWLEDGE).metShare()).isEqualTo(1.0 / 3);
        assertThat(mla.deadlines().get(CaseClock.DECIDE).met()).isEqualTo(1);
        assertThat(mla.deadlines().get(CaseClock.DECIDE).missed()).isEqualTo(2); // 2026-02-15 > 02-09; 03-31 open
        assertThat(mla.deadlines().get(CaseClock.RESPOND).met()).isZero(); // due dates after the period

        CooperationStatistics.Row returns = s.rows().stream().filter(r -> r.type() == CaseType.RETURN
                && r.direction() == Direction.OUTGOING).findFirst().orElseThrow();
        assertThat(returns.opened()).isZero();
        assertThat(returns.closed()).isEqualTo(1);
        assertThat(returns.medianDaysToRespond()).isEqualTo(35.0);
        assertThat(returns.deadlines().get(CaseClock.RESPOND).met()).isEqualTo(1);

        assertThat(s.totals().opened()).isEqualTo(4);
        assertThat(s.totals().closed()).isEqualTo(3);
        assertThat(s.totals().type()).isNull();
    }

    static CaseDates dates(CaseType type, Direction direction, CaseStatus status, String received, String ack,
                           String decided, String respondDue, String closed) {
        LocalDate r = LocalDate.parse(received);
        return new CaseDates(type, direction, status, r, r.plusDays(7), d(ack),
                type == CaseType.CRIMINAL_RECORD ? null : r.plusDays(30), d(decided), d(respondDue), d(closed));
    }

    private static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
