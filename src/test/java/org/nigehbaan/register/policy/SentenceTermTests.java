package org.nigehbaan.register.policy;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nigehbaan.register.SentenceUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SentenceTermTests {

    @ParameterizedTest(name = "{0} {1} vs {2} months -> {3}")
    @CsvSource({
            "6, MONTHS, 6, 0",
            "7, MONTHS, 6, 1",
            "5, MONTHS, 6, -1",
            "30, MONTHS, 30, 0",
            "29, MONTHS, 30, -1",
            "2, YEARS, 30, -1",
            "3, YEARS, 30, 1",
            "1, YEARS, 12, 0",
            // 6 months = 182.625 days: 182 days is not more than 6 months, 183 days is
            "182, DAYS, 6, -1",
            "183, DAYS, 6, 1",
            "26, WEEKS, 6, -1",
            "27, WEEKS, 6, 1",
            // 30 months = 913.125 days
            "913, DAYS, 30, -1",
            "914, DAYS, 30, 1",
            "130, WEEKS, 30, -1",
            "131, WEEKS, 30, 1",
    })
    void comparesWithMonthsExactly(int length, SentenceUnit unit, int months, int sign) {
        assertThat(Integer.signum(new SentenceTerm(length, unit).compareToMonths(months))).isEqualTo(sign);
    }

    @ParameterizedTest
    @CsvSource({"10, DAYS, P10D", "3, WEEKS, P21D", "18, MONTHS, P18M", "2, YEARS, P2Y"})
    void becomesACalendarPeriod(int length, SentenceUnit unit, String period) {
        assertThat(new SentenceTerm(length, unit).toPeriod()).isEqualTo(Period.parse(period));
    }

    @ParameterizedTest
    @CsvSource({"0, MONTHS", "-1, YEARS", "101, YEARS", "1201, MONTHS", "36526, DAYS"})
    void refusesTermsOutsideOneDayToAHundredYears(int length, SentenceUnit unit) {
        assertThatThrownBy(() -> new SentenceTerm(length, unit)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("must be between 1 and");
    }

    @Test
    void parsesUnitsInTheSingularAndAnyCaseAndRefusesOthers() {
        assertThat(SentenceUnit.parse("year")).isEqualTo(SentenceUnit.YEARS);
        assertThat(SentenceUnit.parse(" Months ")).isEqualTo(SentenceUnit.MONTHS);
        assertThatThrownBy(() -> SentenceUnit.parse("FORTNIGHTS")).hasMessageContaining("is not a sentence unit");
        assertThatThrownBy(() -> SentenceUnit.parse("")).hasMessageContaining("is not a sentence unit");
    }
}
