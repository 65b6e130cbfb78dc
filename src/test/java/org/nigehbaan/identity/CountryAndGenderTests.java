package org.nigehbaan.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountryAndGenderTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"PAK, PAK", "pak, PAK", "GBR, GBR", "D, DEU", "GBD, GBD", "XXA, XXA", "UNO, UNO", "AFG, AFG"})
    void acceptsIsoAndIcaoCodes(String raw, String code) {
        assertThat(Country.parse(raw).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PK", "UK", "ZZZ", "Pakistan", ""})
    void refusesWhatIsNotAnAlpha3Code(String raw) {
        assertThatThrownBy(() -> Country.parse(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha-3");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"M, M", "m, M", "male, M", "F, F", "Female, F", "X, X", "<, X"})
    void parsesGenders(String raw, Gender g) {
        assertThat(Gender.parse(raw)).isEqualTo(g);
    }

    @Test
    void onlyTwoKnownDifferentGendersConflict() {
        assertThat(Gender.M.conflictsWith(Gender.F)).isTrue();
        assertThat(Gender.M.conflictsWith(Gender.M)).isFalse();
        assertThat(Gender.M.conflictsWith(Gender.X)).isFalse();
        assertThat(Gender.X.conflictsWith(Gender.F)).isFalse();
        assertThat(Gender.M.conflictsWith(null)).isFalse();
        assertThatThrownBy(() -> Gender.parse("Q")).hasMessageContaining("M, F or X");
    }
}
