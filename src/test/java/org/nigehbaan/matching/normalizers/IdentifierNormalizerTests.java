package org.nigehbaan.matching.normalizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nigehbaan.identity.Cnic;

class IdentifierNormalizerTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"ab 123-4567, AB1234567", "ab1234567, AB1234567", "AB<1234567, AB1234567", "0012345, 12345",
            "92/664, 92664"})
    void documentNumbersCompareWithoutSeparatorsOrCase(String raw, String normalised) {
        assertThat(IdentifierNormalizer.document(raw)).isEqualTo(normalised);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"35202-1234567-1, 3520212345671", "3520212345671, 3520212345671", "352021234567 1, 3520212345671",
            "123-45-678901, 12345678901"})
    void cnicsCompareAsDigits(String raw, String digits) {
        assertThat(IdentifierNormalizer.cnic(Cnic.parse(raw))).isEqualTo(digits);
    }
}
