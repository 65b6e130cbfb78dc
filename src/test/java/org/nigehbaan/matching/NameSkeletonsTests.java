package org.nigehbaan.matching;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The candidate patterns of a name search: each part's consonants, whatever the vowels and doubled letters. */
class NameSkeletonsTests {

    /** PostgreSQL's word boundaries (\m, \M) as Java's, to try the patterns here. */
    static boolean matches(String pattern, String text) {
        return Pattern.compile(pattern.replace("\\m", "\\b").replace("\\M", "\\b")).matcher(text).find();
    }

    @ParameterizedTest(name = "{0} finds {1}: {2}")
    @CsvSource({
            "mohammed, muhammad, true",
            "yousaf, yusuf, true",
            "kureshi, qureshi, true",
            "tanvir, tanveer, true",
            "hussain, husain, true",
            "asif, asim, false",
            "khan, khanzada, false",
    })
    void aPartFindsItsSpellingsAndNotOtherNames(String part, String stored, boolean found) {
        assertThat(matches(NameSkeletons.consonantPattern(part), stored)).isEqualTo(found);
    }

    @Test
    void shortPartsAndPartsOfOneConsonantGiveNoPattern() {
        assertThat(NameSkeletons.consonantPattern("al")).isNull();
        assertThat(NameSkeletons.consonantPattern("ali")).isNull();
        assertThat(NameSkeletons.of(List.of("Ali", "  ")).isEmpty()).isTrue();
    }

    @Test
    void aNameInUrduScriptIsTransliteratedAndItsWordsKept() {
        NameSkeletons.Skeletons s = NameSkeletons.of(List.of("محمد آصف"));
        assertThat(s.urduWords()).containsExactlyInAnyOrder("محمد", "آصف");
        assertThat(s.patterns()).anyMatch(p -> matches(p, "muhammad asif qureshi"));
    }
}
