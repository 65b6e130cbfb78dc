package org.nigehbaan.common;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one suppression rule: fewer than five cases behind a figure and it reads "<5" on every surface. */
class FigureTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void countsUnderFiveZeroIncludedAreSuppressed() {
        for (long n = 0; n < 5; n++) {
            Figure f = Figure.count(n);
            assertThat(f.suppressed()).isTrue();
            assertThat(f.text()).isEqualTo("<5");
            assertThat(json.writeValueAsString(f)).isEqualTo("\"<5\"");
            assertThat(f.value()).isEmpty();
        }
        assertThat(Figure.count(5).text()).isEqualTo("5");
        assertThat(json.writeValueAsString(Figure.count(1234))).isEqualTo("1234");
        assertThatThrownBy(() -> Figure.count(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShareIsPublishedOnlyWhenBothThePartAndTheRestAreFiveOrMore() {
        assertThat(Figure.share(5, 10).text()).isEqualTo("50.0%");
        assertThat(json.writeValueAsString(Figure.share(5, 10))).isEqualTo("0.5000");
        assertThat(Figure.share(4, 100).text()).as("the part would be given away").isEqualTo("<5");
        assertThat(Figure.share(97, 100).text()).as("the rest would be given away").isEqualTo("<5");
        assertThat(Figure.share(0, 0).text()).as("nothing to measure").isEqualTo("-");
        assertThat(json.writeValueAsString(Figure.share(0, 0))).isEqualTo("null");
        assertThat(Figure.share(6, 14).text()).isEqualTo("42.9%");
    }

    @Test
    void aMedianOverFewerThanFiveValuesIsSuppressed() {
        assertThat(Figure.median(new long[] {1, 2, 3, 4}).text()).isEqualTo("<5");
        assertThat(Figure.median(new long[] {10, 20, 30, 40, 50, 60}).text()).isEqualTo("35.0");
        assertThat(Figure.median(new long[] {5, 1, 3, 2, 4}).text()).isEqualTo("3.0");
        assertThat(Figure.median(new long[0]).text()).isEqualTo("-");
        assertThat(Figure.median(7.25, 5).text()).isEqualTo("7.3");
    }
}
