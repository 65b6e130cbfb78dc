package org.nigehbaan.screening.internal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nigehbaan.identity.Cnic;
import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.identity.PassportNumber;
import org.nigehbaan.matching.Traveller;

import static org.assertj.core.api.Assertions.assertThat;

class TravellerFingerprintsTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Imran Khan          | imran khan",
            "KHAN, Imran         | imran khan",
            "  imran   KHAN-     | imran khan",
            "Zia-ul-Haq          | haq ul zia",
            "José Muñoz          | jose munoz",
            "محمد عمران          | عمران محمد",
    })
    void namesFoldCaseAccentsPunctuationAndOrder(String name, String folded) {
        assertThat(TravellerFingerprints.foldName(name)).isEqualTo(folded);
    }

    @Test
    void documentsCnicAndNameWithFullDateOfBirthIdentifyATraveller() {
        Traveller t = new Traveller(List.of("Imran Khan", "KHAN, Imran"), false, null, PartialDate.parse("1984-03-02"),
                null, null, Cnic.parse("35202-1234567-1"), List.of(PassportNumber.parse("AB1234567")));
        assertThat(TravellerFingerprints.of(t)).containsExactly("DOC:AB1234567", "CNIC:3520212345671",
                "NAMEDOB:imran khan|1984-03-02");
    }

    @Test
    void aYearOfBirthAloneMakesNoNameFingerprint() {
        Traveller t = new Traveller(List.of("Imran Khan"), false, null, PartialDate.parse("1984"), null, null, null, List.of());
        assertThat(TravellerFingerprints.of(t)).isEmpty();
    }
}
