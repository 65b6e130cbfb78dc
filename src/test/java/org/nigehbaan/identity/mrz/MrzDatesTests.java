package org.nigehbaan.identity.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nigehbaan.identity.PartialDate;

class MrzDatesTests {

    @ParameterizedTest(name = "born {0}, read on {1} -> {2}")
    @CsvSource({
        "740812, 2026-03-01, 1974-08-12",
        "251007, 2026-03-01, 2025-10-07",
        "260301, 2026-03-01, 2026-03-01",
        "260302, 2026-03-01, 1926-03-02",
        "991231, 2026-03-01, 1999-12-31",
        "000229, 2026-03-01, 2000-02-29",
        "990101, 2099-06-01, 2099-01-01",
        "74<<<<, 2026-03-01, 1974",
        "7408<<, 2026-03-01, 1974-08",
        "26<<<<, 2026-03-01, 2026",
        "2604<<, 2026-03-01, 1926-04",
    })
    void birthDatesAreNeverInTheFuture(String yymmdd, LocalDate today, String expected) {
        assertThat(MrzDates.birthDate(yymmdd, today)).isEqualTo(PartialDate.parse(expected));
    }

    @ParameterizedTest(name = "expires {0}, read on {1} -> {2}")
    @CsvSource({
        "120415, 2026-03-01, 2012-04-15",
        "340528, 2026-03-01, 2034-05-28",
        "760101, 2026-03-01, 2076-01-01",
        "770101, 2026-03-01, 1977-01-01",
        "950712, 2026-03-01, 1995-07-12",
        "050101, 2080-03-01, 2105-01-01",
        "300101, 2080-03-01, 2130-01-01",
        "310101, 2080-03-01, 2031-01-01",
    })
    void expiryDatesFallWithinFiftyYearsOfToday(String yymmdd, LocalDate today, LocalDate expected) {
        assertThat(MrzDates.expiryDate(yymmdd, today)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "880941 | there is no day 41",
        "BB0911 | use digits YYMMDD",
        "2ZZ716 | use digits YYMMDD",
        "881311 | there is no month 13",
        "880011 | there is no month 00",
        "880100 | there is no day 00",
        "880231 | there is no such day",
        "<<<<<< | use digits YYMMDD",
        "88<<11 | a day needs a month",
        "8801   | a date has 6 characters",
    })
    void birthDatesMustBeCalendarDates(String yymmdd, String why) {
        assertThatThrownBy(() -> MrzDates.birthDate(yymmdd, LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + yymmdd + "' is not a date: " + why);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "200746 | there is no day 46",
        "<<<<<< | use digits YYMMDD",
        "2007<< | use digits YYMMDD",
        "010229 | there is no such day",
    })
    void expiryDatesMustBeFullCalendarDates(String yymmdd, String why) {
        assertThatThrownBy(() -> MrzDates.expiryDate(yymmdd, LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + yymmdd + "' is not a date: " + why);
    }
}
