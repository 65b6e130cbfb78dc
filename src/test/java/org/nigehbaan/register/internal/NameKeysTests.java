package org.nigehbaan.register.internal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeysTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Muhammad Ali                 | muhammad ali",
            "MOHAMMED ALI                 | muhammad ali",
            "Mohd. Ali                    | muhammad ali",
            "Syed Hussain Shah            | hussain shah",
            "Haji Husain                  | hussain",
            "Zia-ul-Haq                   | zia ul haq",
            "Ch. Yusuf Kureshi            | yousaf qureshi",
            "Mst. Bibi Ayesha             | ayesha",
            "Habib-ur-Rahman              | habib ur rehman",
            "  Zahid   Zaheed             | zahid",
            "José Müller                  | jose muller",
            "Dr                           | ''",
    })
    void foldsCaseAccentsPunctuationHonorificsAndRomanisationVariants(String name, String keys) {
        assertThat(String.join(" ", NameKeys.of(name))).isEqualTo(keys);
    }

    @Test
    void aRegistrantIsIndexedByEveryKeyOfEveryNameOnce() {
        assertThat(NameKeys.all(List.of("Muhammad Ali Khan", "Mohammad Ali", "Syed Ali Raza")))
                .containsExactly("muhammad", "ali", "khan", "raza");
        assertThat(NameKeys.of(null)).isEmpty();
    }
}
