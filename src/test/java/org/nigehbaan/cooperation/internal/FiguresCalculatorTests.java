package org.nigehbaan.cooperation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nigehbaan.cooperation.CaseClock;
import org.nigehbaan.cooperation.CaseStatus;
import org.nigehbaan.cooperation.CaseType;
import org.nigehbaan.cooperation.CooperationFigures;
import org.nigehbaan.cooperation.Direction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules behind cooperation's figures, on the raw tallies (which never leave the module), and what is
 * published from them (small counts as "&lt;5").
 */
class FiguresCalculatorTests {

    static final LocalDate FROM = LocalDate.parse("2026-01-01");
    static final LocalDate TO = LocalDate.parse("2026-03-31");
    static final LocalDate TODAY = LocalDate.parse("2026-04-15");

    static final List<CaseDates> CASES = List.of(
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

    @Test
    void countsMediansAndDeadlinesByTypeAndDirection() {
        FiguresCalculator.Tally mla = FiguresCalculator.tally(CASES, c -> c.type() == CaseType.MUTUAL_LEGAL_ASSISTANCE
                && c.direction() == Direction.INCOMING, FROM, TO, TODAY);
        assertThat(mla.opened).isEqualTo(4);
        assertThat(mla.closed).isEqualTo(2);
        assertThat(mla.outcomes).containsEntry(CaseStatus.RESPONDED, 1L).containsEntry(CaseStatus.WITHDRAWN, 1L);
        assertThat(mla.toAcknowledge).containsExactly(2L, 9L);
        assertThat(mla.toRespond).containsExactly(20L);
        assertThat(mla.deadlines.get(CaseClock.ACKNOWLEDGE)).containsExactly(1, 2); // met; late, and breached
        assertThat(mla.deadlines.get(CaseClock.DECIDE)).containsExactly(1, 2); // 2026-02-15 > 02-09; 03-31 open
        assertThat(mla.deadlines.get(CaseClock.RESPOND)).containsExactly(0, 0); // due dates after the period

        FiguresCalculator.Tally returns = FiguresCalculator.tally(CASES, c -> c.type() == CaseType.RETURN
                && c.direction() == Direction.OUTGOING, FROM, TO, TODAY);
        assertThat(returns.opened).isZero();
        assertThat(returns.closed).isEqualTo(1);
        assertThat(returns.toRespond).containsExactly(35L);
        assertThat(returns.deadlines.get(CaseClock.RESPOND)).containsExactly(1, 0);

        FiguresCalculator.Tally all = FiguresCalculator.tally(CASES, c -> true, FROM, TO, TODAY);
        assertThat(all.opened).isEqualTo(4);
        assertThat(all.closed).isEqualTo(3);
    }

    @Test
    void smallCountsAreSuppressedInEveryRowAndEveryRowIsThere() {
        CooperationFigures f = FiguresCalculator.figures(CASES, FROM, TO, TODAY);
        assertThat(f.byTypeAndDirection()).hasSize(12);
        assertThat(f.byMonth()).extracting(m -> m.month().toString()).containsExactly("2026-01", "2026-02", "2026-03");
        CooperationFigures.Row mla = row(f, CaseType.MUTUAL_LEGAL_ASSISTANCE, Direction.INCOMING);
        assertThat(mla.opened().text()).isEqualTo("<5");
        assertThat(mla.medianDaysToAcknowledge().text()).as("over two values").isEqualTo("<5");
        assertThat(mla.outcomes()).as("every closed state, zeros too")
                .containsOnlyKeys(CaseStatus.RESPONDED, CaseStatus.COMPLETED, CaseStatus.REFUSED, CaseStatus.WITHDRAWN);
        assertThat(mla.outcomes().values()).allSatisfy(o -> assertThat(o.text()).isEqualTo("<5"));
        assertThat(mla.deadlines().get(CaseClock.ACKNOWLEDGE).metShare().text()).isEqualTo("<5");
        assertThat(row(f, CaseType.EXTRADITION, Direction.INCOMING).opened().text()).as("none is <5 too").isEqualTo("<5");
        assertThat(f.totals().type()).isNull();
    }

    @Test
    void figuresOfFiveOrMoreArePublished() {
        List<CaseDates> cases = new ArrayList<>();
        // Six acknowledged in 1..6 days (in time), five in 8..12 days (late); all answered 30 days after receipt.
        for (int i = 1; i <= 11; i++) {
            LocalDate received = LocalDate.parse("2026-01-05").plusDays(i);
            int ack = i <= 6 ? i : i + 2;
            cases.add(dates(CaseType.EXTRADITION, Direction.OUTGOING, CaseStatus.RESPONDED, received.toString(),
                    received.plusDays(ack).toString(), received.plusDays(ack + 1).toString(),
                    received.plusDays(60).toString(), received.plusDays(30).toString()));
        }
        CooperationFigures.Row r = row(FiguresCalculator.figures(cases, FROM, TO, TODAY), CaseType.EXTRADITION,
                Direction.OUTGOING);
        assertThat(r.opened().text()).isEqualTo("11");
        assertThat(r.closed().text()).isEqualTo("11");
        assertThat(r.outcomes().get(CaseStatus.RESPONDED).text()).isEqualTo("11");
        assertThat(r.outcomes().get(CaseStatus.REFUSED).text()).isEqualTo("<5");
        assertThat(r.medianDaysToAcknowledge().text()).isEqualTo("6.0");
        assertThat(r.medianDaysToRespond().text()).isEqualTo("30.0");
        CooperationFigures.Deadlines ack = r.deadlines().get(CaseClock.ACKNOWLEDGE);
        assertThat(ack.met().text()).isEqualTo("6");
        assertThat(ack.missed().text()).isEqualTo("5");
        assertThat(ack.metShare().text()).isEqualTo("54.6%");
        assertThat(r.deadlines().get(CaseClock.RESPOND).metShare().text())
                .as("11 of 11 met: the share would show that none was missed").isEqualTo("<5");
    }

    private static CooperationFigures.Row row(CooperationFigures f, CaseType type, Direction direction) {
        return f.byTypeAndDirection().stream().filter(r -> r.type() == type && r.direction() == direction)
                .findFirst().orElseThrow();
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
