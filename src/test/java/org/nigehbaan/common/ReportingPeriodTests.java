package org.nigehbaan.common;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nigehbaan.identity.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportingPeriodTests {

    private static final LocalDate TODAY = LocalDate.parse("2026-07-15");

    @Test
    void daysAreCountedInPakistanTimeBothEndsIncluded() {
        ReportingPeriod p = ReportingPeriod.parse("2026-01-01", "2026-01-31", TODAY);
        assertThat(p.start()).isEqualTo(Instant.parse("2025-12-31T19:00:00Z"));
        assertThat(p.endExclusive()).isEqualTo(Instant.parse("2026-01-31T19:00:00Z"));
        assertThat(p.days()).isEqualTo(31);
        assertThat(p.contains(Instant.parse("2026-01-31T18:59:59Z"))).isTrue();
        assertThat(p.contains(Instant.parse("2026-01-31T19:00:00Z"))).isFalse();
        assertThat(p.contains(LocalDate.parse("2026-01-01"))).isTrue();
    }

    @Test
    void missingBoundsDefaultToTheYearSoFar() {
        ReportingPeriod p = ReportingPeriod.parse(null, "", TODAY);
        assertThat(p.from()).isEqualTo(LocalDate.parse("2026-01-01"));
        assertThat(p.to()).isEqualTo(TODAY);
    }

    @Test
    void badBoundsNameTheirField() {
        assertThatThrownBy(() -> ReportingPeriod.parse("2026-13-01", null, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("from"));
        assertThatThrownBy(() -> ReportingPeriod.parse("2026-02-01", "2026-01-01", TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("to"));
    }
}
