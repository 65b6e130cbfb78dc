package org.nigehbaan.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PassportNumberTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "AB1234567     | AB1234567 | true",
            "ab 123 4567   | AB1234567 | true",
            "AB-1234567    | AB1234567 | true",
            "123456789     | 123456789 | false",
            "L898902C<     | L898902C  | false",
            "c03005988     | C03005988 | false",
    })
    void normalisesCaseSpacesDashesAndFillers(String raw, String value, boolean pakistani) {
        PassportNumber p = PassportNumber.parse(raw);
        assertThat(p.value()).isEqualTo(value);
        assertThat(p.looksPakistani()).isEqualTo(pakistani);
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', value = {
            "AB12       | 5 to 20",
            "AB1234567! | letters and digits only",
            "123456789012345678901 | 5 to 20",
    })
    void refusesWhatIsNotADocumentNumber(String raw, String message) {
        assertThatThrownBy(() -> PassportNumber.parse(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
