package org.nigehbaan.matching.comparators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nigehbaan.matching.normalizers.NameNormalizer;
import org.nigehbaan.matching.normalizers.NameToken;

class TokenComparatorTests {

    private static NameToken t(String raw) {
        return NameNormalizer.normalize(raw).get(0);
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2} in [{3}, {4}]")
    @CsvSource({
            "Imran, Imran, EXACT, 1.0, 1.0",
            "Mohd, Muhammad, VARIANT, 1.0, 1.0",
            "Mohammed, Muhammad, VARIANT, 0.95, 0.99",
            "Hussein, Hussain, VARIANT, 0.95, 0.99",
            "Rehman, Rahman, VARIANT, 0.95, 0.99",
            "Yousaf, Yusuf, SKELETON, 0.85, 0.9",
            "Hassan, Hussain, SKELETON, 0.85, 0.85",
            "Scholze, Scholz, SKELETON, 0.85, 0.95",
            "Fridrich, Friedrich, SKELETON, 0.85, 0.95",
            "Buchenberk, Buchenberg, TYPO, 0.85, 0.95",
            "Abdulrehman, Abdelrahman, VARIANT, 0.95, 0.99",
            "Abdelhay, Abdallah, NONE, 0, 0",
            "Irfan, Imran, NONE, 0, 0",
            "Federman, Federer, NONE, 0, 0",
            "Hammad, Ahmed, NONE, 0, 0",
            "Ri, Ryang, NONE, 0, 0",
            // an initial h before a vowel written or dropped (Albanian, French-Maghrebi spellings), parts of five or more
            "Hidajet, Idajet, TYPO, 0.85, 0.85", "Hamdouni, Amdouni, TYPO, 0.85, 0.85", "Hadi, Adi, NONE, 0, 0",
            "Hamid, Amin, NONE, 0, 0",
            // a word-initial y before a consonant is an i; -ola is no -ullah particle
            "Yvan, Ivan, VARIANT, 0.97, 0.97", "Arreola, Arriola, SKELETON, 0.85, 0.9",
            // the article joined in one spelling (Elmaghraby), dropped in the other (al-Maghrabi is Maghrabi)
            "Elmaghraby, Maghrabi, VARIANT, 0.95, 0.95", "Alkurdi, Kurdi, VARIANT, 0.95, 0.95",
            // ق: Persian gh, Arabic q
            "Ghasem, Qasem, TRANSLITERATION, 0.85, 0.85", "Gholamreza, Qolamreza, TRANSLITERATION, 0.85, 0.85",
            "M, Muhammad, INITIAL, 0.85, 0.85",
            "محمد, Muhammad, VARIANT, 1.0, 1.0",
            "حسين, Hussain, CROSS_SCRIPT, 0.9, 0.95"
    })
    void partsAgreeByKind(String a, String b, TokenComparator.Kind kind, double min, double max) {
        double s = TokenComparator.similarity(t(a), t(b), false);
        assertThat(s).isBetween(min, max);
        assertThat(TokenComparator.kind(t(a), t(b), false)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} cut from {1}")
    @CsvSource({"MUHAM, Muhammad", "ZARKA, Zarkari"})
    void anMrzPrefixIsATruncationOnlyWhenTheNameMayBeTruncated(String prefix, String full) {
        assertThat(TokenComparator.similarity(t(prefix), t(full), true)).isEqualTo(0.95);
        assertThat(TokenComparator.kind(t(prefix), t(full), true)).isEqualTo(TokenComparator.Kind.TRUNCATED);
        assertThat(TokenComparator.similarity(t(prefix), t(full), false)).isLessThan(0.95);
    }
}
