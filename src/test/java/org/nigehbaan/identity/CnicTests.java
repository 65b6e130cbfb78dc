package org.nigehbaan.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CnicTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "35202-1234567-1   | 35202-1234567-1 | 3520212345671 | M",
            "3520212345671     | 35202-1234567-1 | 3520212345671 | M",
            "' 35202 1234567 2 ' | 35202-1234567-2 | 3520212345672 | F",
            "61101-7654321-8   | 61101-7654321-8 | 6110176543218 | F",
            "123-45-678901     | 123-45-678901   | 12345678901   | ",
            "12345678901       | 123-45-678901   | 12345678901   | ",
    })
    void normalisesEveryWayOfWritingIt(String raw, String formatted, String digits, Gender implied) {
        Cnic c = Cnic.parse(raw);
        assertThat(c.formatted()).isEqualTo(formatted);
        assertThat(c.digits()).isEqualTo(digits);
        assertThat(c.impliedGender()).isEqualTo(implied);
        assertThat(c.isLegacyNic()).isEqualTo(digits.length() == 11);
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', value = {
            "35202-1234567      | 13 digits",
            "35202-12345671-1   | 13 digits",
            "3520-21234567-1    | dashes in the wrong place",
            "35202-1234567-X    | only digits and dashes",
            "05202-1234567-1    | never starts with 0",
            "''                 | 13 digits",
    })
    void refusesWhatIsNotACnic(String raw, String message) {
        assertThatThrownBy(() -> Cnic.parse(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource({"35202-1234567-1, 3520212345671", "35202 1234567 1, 35202-1234567-1"})
    void equalNumbersAreEqualWhateverTheirFormat(String a, String b) {
        assertThat(Cnic.parse(a)).isEqualTo(Cnic.parse(b));
    }
}
