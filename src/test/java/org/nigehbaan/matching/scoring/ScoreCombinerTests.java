package org.nigehbaan.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nigehbaan.matching.DobAgreement;
import org.nigehbaan.matching.MatchFacts;
import org.nigehbaan.matching.MatchThresholds;

class ScoreCombinerTests {

    private static MatchFacts facts(double name, DobAgreement dob, boolean gender, boolean nationality) {
        return new MatchFacts(false, false, false, name, false, dob, gender, nationality, -1);
    }

    @ParameterizedTest(name = "name {0}, dob {1}, full {2}, gender conflict {3}, nationality conflict {4}: [{5}, {6}]")
    @CsvSource({
            "1.0, UNKNOWN, false, false, false, 0.95, 0.95",
            "1.0, EXACT, true, false, false, 0.99, 0.995",
            "0.9, EXACT, true, false, false, 0.95, 0.97",
            "0.9, PARTIAL_COMPATIBLE, false, false, false, 0.9, 0.93",
            "0.9, NEAR, false, false, false, 0.84, 0.85",
            "0.95, CONFLICT, false, false, false, 0.6, 0.7",
            "0.95, UNKNOWN, false, true, false, 0.7, 0.72",
            "0.95, UNKNOWN, false, false, true, 0.85, 0.86"
    })
    void otherFieldsMoveTheNameScore(double name, DobAgreement dob, boolean full, boolean gender, boolean nationality,
                                     double min, double max) {
        assertThat(ScoreCombiner.combine(facts(name, dob, gender, nationality), full)).isBetween(min, max);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UNKNOWN", "PARTIAL_COMPATIBLE", "NEAR"})
    void aNameAloneNeverStops(DobAgreement dob) {
        assertThat(ScoreCombiner.combine(facts(1.0, dob, false, false), false)).isLessThan(MatchThresholds.STOP);
    }

    @ParameterizedTest(name = "name needed for {1} with {0}")
    @CsvSource({"UNKNOWN, 0.8", "PARTIAL_COMPATIBLE, 0.8", "EXACT, 0.8", "NEAR, 0.8", "CONFLICT, 0.6"})
    void nameScoreNeededInvertsTheCombination(DobAgreement dob, double target) {
        double needed = ScoreCombiner.nameScoreNeeded(target, dob, false, false, false);
        if (needed <= 1) {
            assertThat(ScoreCombiner.combine(facts(needed, dob, false, false), false)).isGreaterThanOrEqualTo(target - 1e-9);
        }
    }
}
