package org.nigehbaan.matching.normalizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormalizerTests {

    private static String parts(String raw) {
        return Arrays.stream(NameNormalizer.normalize(raw).parts()).map(NameToken::text).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "KHAN, Imran | imran khan",
            "KHAN<<IMRAN<AHMED | khan imran ahmed",
            "Zia-ul-Haq | ziaulhaq",
            "Zia ul Haq | ziaulhaq",
            "Ziaulhaq | ziaulhaq",
            "Shams-ud-Din | shamsuddin",
            "Abdul Rehman | abdulrehman",
            "Abd al-Aziz | abdalaziz",
            "Abu Bakr | abubakr",
            "Kifayat Ullah | kifayatullah",
            "Osama bin Laden | osama laden",
            "AL-ZAWAHIRI, Ayman | ayman zawahiri",
            "Mohd Imran | muhammad imran",
            "Ch. Shujaat Hussain | chaudhry shujaat hussain",
            "O'Brien | obrien",
            "VladimirPutin | vladimir putin",
            "Ig0r Sech1n | igor sechin",
            "Bin Li | bin li"
    })
    void partsAreSplitGluedAndExpanded(String raw, String expected) {
        assertThat(parts(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"Syed, TITLE", "Haji, TITLE", "Chaudhry, TITLE", "Mst, TITLE", "M, INITIAL", "Imran, NAME"})
    void titlesAndInitialsAreMarked(String part, NameToken.Role role) {
        NormalizedName n = NameNormalizer.normalize(part + " Zarkari");
        assertThat(n.get(0).role()).isEqualTo(role);
    }

    @Test
    void commonPartsWeighLessThanRareOnes() {
        NormalizedName n = NameNormalizer.normalize("Muhammad Zarkari Khan");
        assertThat(n.get(0).weight()).isLessThan(n.get(1).weight());
        assertThat(n.get(2).weight()).isLessThan(n.get(1).weight());
    }

    @Test
    void fatherNameAfterSonOfIsSplitOff() {
        NormalizedName n = NameNormalizer.normalize("Imran Khan s/o Ikramullah Khan Niazi");
        assertThat(parts("Imran Khan s/o Ikramullah Khan Niazi")).isEqualTo("imran khan");
        assertThat(n.fatherName()).isEqualTo("Ikramullah Khan Niazi");
    }

    @Test
    void aNameOfTitlesOnlyIsStillAName() {
        assertThat(NameNormalizer.normalize("Sheikh").get(0).role()).isEqualTo(NameToken.Role.NAME);
    }
}
