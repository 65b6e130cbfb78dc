package org.nigehbaan.identity;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDateTests {

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource({
            "1984-03-02, 1984-03-02, DAY",
            "1984-03,    1984-03,    MONTH",
            "1984,       1984,       YEAR",
            "' 1984 ',   1984,       YEAR",
            "2000-02-29, 2000-02-29, DAY",
    })
    void parsesIsoDatesOfEachPrecision(String raw, String printed, PartialDate.Precision precision) {
        PartialDate d = PartialDate.parse(raw);
        assertThat(d.toString()).isEqualTo(printed);
        assertThat(d.precision()).isEqualTo(precision);
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "1984-02-30 | not a real date",
            "1900-02-29 | not a real date",
            "1984-13    | month 13 does not exist",
            "1984-00    | not a real date",
            "1984-03-00 | not a real date",
            "84-03-02   | use yyyy-MM-dd",
            "1984-3-2   | use yyyy-MM-dd",
            "02/03/1984 | use yyyy-MM-dd",
            "1984-03-02-01 | use yyyy-MM-dd",
            "abcd       | use yyyy-MM-dd",
            "1700       | outside",
    })
    void refusesImpossibleOrMalformedDates(String raw, String message) {
        assertThatThrownBy(() -> PartialDate.parse(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
            "1984-03-02, 1984-03-02, true",
            "1984,       1984-03-02, true",
            "1984-03,    1984-03-02, true",
            "1984-03,    1984,       true",
            "1984-04,    1984-03-02, false",
            "1985,       1984-03-02, false",
            "1984-03-02, 1984-03-03, false",
    })
    void aPartialDateIsCompatibleWithEveryDayInside(String a, String b, boolean compatible) {
        assertThat(PartialDate.parse(a).isCompatibleWith(PartialDate.parse(b))).isEqualTo(compatible);
        assertThat(PartialDate.parse(b).isCompatibleWith(PartialDate.parse(a))).isEqualTo(compatible);
    }

    @ParameterizedTest(name = "{0} spans {1}..{2}")
    @CsvSource({
            "1984,       1984-01-01, 1984-12-31",
            "1984-02,    1984-02-01, 1984-02-29",
            "1983-02,    1983-02-01, 1983-02-28",
            "1984-03-02, 1984-03-02, 1984-03-02",
    })
    void spansTheDaysItMayDenote(String raw, LocalDate earliest, LocalDate latest) {
        PartialDate d = PartialDate.parse(raw);
        assertThat(d.earliest()).isEqualTo(earliest);
        assertThat(d.latest()).isEqualTo(latest);
    }

    @Test
    void aPartialDateHasNoLocalDate() {
        assertThatThrownBy(() -> PartialDate.parse("1984-03").toLocalDate()).isInstanceOf(IllegalStateException.class);
        assertThat(PartialDate.parse("1984-03-02").toLocalDate()).isEqualTo(LocalDate.of(1984, 3, 2));
    }
}
