package org.nigehbaan.matching.comparators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StringMetricsTests {

    @ParameterizedTest(name = "JW({0}, {1}) = {2}")
    @CsvSource({"martha, marhta, 0.961", "dwayne, duane, 0.84", "dixon, dicksonx, 0.813", "abc, abc, 1.0", "abc, xyz, 0.0"})
    void jaroWinklerMatchesTheTextbookValues(String a, String b, double expected) {
        assertThat(JaroWinkler.similarity(a, b)).isCloseTo(expected, within(0.001));
    }

    @ParameterizedTest(name = "osa({0}, {1}) = {2}")
    @CsvSource({"scholz, scholze, 5, 1", "hamad, ahmad, 5, 1", "kitten, sitting, 5, 3", "abc, abc, 0, 0",
            "federman, federer, 2, 3", "abcdef, ab, 1, 2"})
    void optimalStringAlignmentCountsSwapsAsOneAndStopsPastTheLimit(String a, String b, int limit, int expected) {
        assertThat(EditDistance.osa(a, b, limit)).isEqualTo(expected);
    }
}
