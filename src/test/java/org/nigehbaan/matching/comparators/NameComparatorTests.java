package org.nigehbaan.matching.comparators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nigehbaan.matching.normalizers.NameNormalizer;
import org.nigehbaan.matching.normalizers.NormalizedName;

class NameComparatorTests {

    private static double score(String a, String b) {
        return NameComparator.score(NameNormalizer.normalize(a), NameNormalizer.normalize(b), false);
    }

    @ParameterizedTest(name = "{0} ~ {1} in [{2}, {3}]")
    @CsvSource(delimiter = '|', value = {
            "Imran Khan | KHAN, Imran | 1.0 | 1.0",
            "Mohd Imran | Muhammad Imran | 1.0 | 1.0",
            "Zia-ul-Haq | Ziaulhaq | 1.0 | 1.0",
            "Abdulrehman Qureshi | Abdul Rehman Qureshi | 0.99 | 1.0",
            "Ziaul Haq | Zia-ul-Haq | 0.9 | 1.0",
            "Chaudhry Shujaat Hussain | Shujaat Husain | 0.95 | 1.0",
            "Imran Khan | Imran Ahmed Khan | 0.85 | 0.95",
            "Imran Bilal Khan | Imran Ahmed Khan | 0.5 | 0.7",
            "Hammad Siddiqui | Hammad | 0.55 | 0.7",
            "Muhammad Khan | Muhammad Bilal Khan | 0.7 | 0.8",
            "Hans J Friedrich | Hans Joachim Friedrich | 0.85 | 1.0",
            "Hans O Friedrich | Hans Joachim Friedrich | 0.5 | 0.8",
            "Federman Roger | Roger Federer | 0 | 0.7",
            "محمد علي | Mohamed Ali | 0.9 | 1.0",
            "عبد الله | Abdullah | 0.9 | 1.0",
            "Olga Barynova | Oleg Baranov | 0 | 0.8"
    })
    void namesScoreWithinTheirReferenceRange(String traveller, String listed, double min, double max) {
        assertThat(score(traveller, listed)).isBetween(min, max);
    }

    @Test
    void aNameReadFromAnMrzMayEndInATruncatedPart() {
        NormalizedName q = NameNormalizer.normalize("ZARKARI<<MOHAMMADHASNI<HAJI<AS");
        NormalizedName l = NameNormalizer.normalize("Haji Asad Khan Zarkari Mohammadhasni");
        assertThat(NameComparator.score(q, l, true)).isGreaterThan(NameComparator.score(q, l, false));
        assertThat(NameComparator.score(q, l, true)).isGreaterThan(0.8);
    }

    @Test
    void theUpperBoundIsNeverBelowTheScore() {
        String[][] pairs = {{"Imran Khan", "Imran Ahmed Khan"}, {"Muhammad Ali Khan", "Mohd Ali"},
                {"Abdul Rehman", "Abdulrehman"}, {"Imran Khxn", "Imran Khan"}, {"Hans J Friedrich", "Hans Joachim Friedrich"},
                {"KHAN, Imran", "Imran Khan Niazi"}, {"محمد علي", "Mohamed Ali"}, {"Syed Ali Shah", "Ali Shah"}};
        for (String[] p : pairs) {
            NormalizedName q = NameNormalizer.normalize(p[0]);
            NormalizedName l = NameNormalizer.normalize(p[1]);
            assertThat(NameComparator.upperBound(q, l)).as(p[0] + " ~ " + p[1])
                    .isGreaterThanOrEqualTo(NameComparator.score(q, l, false) - 1e-9);
        }
    }

    @Test
    void explanationPairsEachPartWithItsKind() {
        NameComparison c = NameComparator.compare(NameNormalizer.normalize("Mohd Imran Niazi"),
                NameNormalizer.normalize("Muhammad Imran"), false);
        assertThat(c.pairs()).extracting(NameComparison.Pair::kind)
                .containsExactlyInAnyOrder(TokenComparator.Kind.EXACT, TokenComparator.Kind.VARIANT);
        assertThat(c.unmatchedQuery()).extracting(t -> t.display()).containsExactly("NIAZI");
    }
}
