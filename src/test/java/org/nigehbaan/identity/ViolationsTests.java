package org.nigehbaan.identity;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ViolationsTests {

    @ParameterizedTest(name = "''{0}'' required={1} max={2} -> {3} / {4}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "  hello  | true  | 10 | hello | NULL",
            "NULL     | true  | 10 | NULL  | is required",
            "'   '    | true  | 10 | NULL  | is required",
            "NULL     | false | 10 | NULL  | NULL",
            "abcdefghijk | false | 10 | NULL | is longer than 10 characters",
    })
    void textIsTrimmedRequiredAndBounded(String raw, boolean required, int max, String value, String problem) {
        Violations v = new Violations();
        assertThat(v.text("f", raw, required, max)).isEqualTo(value);
        if (problem == null) {
            assertThat(v.isEmpty()).isTrue();
        } else {
            assertThat(v.list()).containsExactly(new FieldViolation("f", problem));
        }
    }

    @ParameterizedTest(name = "''{0}'' -> {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", quoteCharacter = '"', value = {
            "2026-01-31  | 2026-01-31 | NULL",
            "\" 2026-01-31 \" | 2026-01-31 | NULL",
            "2021-02-30  | NULL       | 2021-02-30 is not a real date",
            "2021-03     | NULL       | '2021-03' is not a full date: use yyyy-MM-dd",
            "31/01/2026  | NULL       | '31/01/2026' is not a date: use yyyy-MM-dd, yyyy-MM or yyyy",
            "NULL        | NULL       | is required",
    })
    void datesMustBeFullRealIsoDates(String raw, LocalDate value, String problem) {
        Violations v = new Violations();
        assertThat(v.date("d", raw, true)).isEqualTo(value);
        assertThat(v.list().stream().map(FieldViolation::message).findFirst().orElse(null)).isEqualTo(problem);
    }

    @ParameterizedTest(name = "''{0}'' -> {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", quoteCharacter = '"', value = {
            "M        | M    | NULL",
            "\" f \"  | F    | NULL",
            "NULL     | NULL | NULL",
            "Q        | NULL | 'Q' is not known; use one of [M, F, X]",
    })
    void enumValuesIgnoreCaseAndListTheAllowedOnes(String raw, Gender value, String problem) {
        Violations v = new Violations();
        assertThat(v.enumValue("g", raw, Gender.class)).isEqualTo(value);
        assertThat(v.list().stream().map(FieldViolation::message).findFirst().orElse(null)).isEqualTo(problem);
    }

    @Test
    void aLoneEnumParameterIsRefusedAtOnce() {
        assertThatThrownBy(() -> Violations.parseEnum("status", "LIVE", Gender.class))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("status"));
        assertThat(Violations.parseEnum("status", " ", Gender.class)).isNull();
    }

    @Test
    void everyRecordedProblemIsThrownAtOnce() {
        Violations v = new Violations();
        v.text("a", null, true, 5);
        v.date("b", "nope", true);
        assertThatThrownBy(v::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("a", "b"));
    }
}
