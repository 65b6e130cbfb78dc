package org.nigehbaan.identity.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MrzCheckDigitTests {

    @ParameterizedTest
    @CsvSource({
        // ICAO 9303 Part 3 §4.9 worked example and the specimen fields
        "520727, 3",
        "L898902C3, 6",
        "740812, 2",
        "120415, 9",
        "ZE184226B<<<<<, 1",
        "L898902C3674081221204159ZE184226B<<<<<1, 0",
        "D23145890123, 3",
        "<<<<<<<<<, 0",
        "'', 0",
        "AZ<, 5",
    })
    void weighsCharactersSevenThreeOne(String data, char expected) {
        assertThat(MrzCheckDigit.of(data)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "9, 9", "A, 10", "Z, 35", "<, 0"})
    void valuesDigitsLettersAndTheFiller(char c, int value) {
        assertThat(MrzCheckDigit.value(c)).isEqualTo(value);
    }

    @Test
    void refusesCharactersOutsideTheMrzSet() {
        assertThatThrownBy(() -> MrzCheckDigit.of("ab")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a' is not an MRZ character");
    }
}
