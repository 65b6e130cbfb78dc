package org.nigehbaan.childprotection.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nigehbaan.childprotection.Grade;
import org.nigehbaan.childprotection.IncidentType;
import org.nigehbaan.childprotection.VictimAgeBand;
import org.nigehbaan.identity.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default grades of DOMAIN.md, the questionnaire, and the deadline per grade. */
class GradingPolicyTests {

    final GradingPolicy policy = new GradingPolicy(ChildReportProperties.defaults());

    @ParameterizedTest(name = "{0} {1} danger={2} sextortion={3} live={4} grooming={5} -> {6}")
    @CsvSource({
            "HARASSMENT,  AGE_16_17, false, false, false, false, MEDIUM",
            "OTHER,       UNKNOWN,   false, false, false, false, LOW",
            "OTHER,       UNKNOWN,   true,  false, false, false, VERY_HIGH",
            "CSAM,        AGE_13_15, false, false, true,  false, VERY_HIGH",
            "CSAM,        AGE_13_15, false, false, false, false, MEDIUM",
            "HARASSMENT,  AGE_13_15, false, true,  false, false, HIGH",
            "OTHER,       UNKNOWN,   false, false, false, true,  HIGH",
            "HARASSMENT,  UNDER_13,  false, false, false, false, HIGH",
            "SEXTORTION,  UNKNOWN,   false, false, false, false, HIGH",
            "CHILD_SEX_TRAFFICKING, UNKNOWN, false, false, false, false, HIGH"})
    void intakeGrades(IncidentType type, VictimAgeBand age, boolean danger, boolean sextortion, boolean live,
                      boolean grooming, Grade expected) {
        assertThat(policy.intakeGrade(type, age, danger, sextortion, live, grooming)).isEqualTo(expected);
    }

    static Map<String, Object> allNo() {
        Map<String, Object> m = new HashMap<>();
        ChildReportProperties.DEFAULT_QUESTIONS.forEach(q -> m.put(q.id(), false));
        return m;
    }

    @Test
    void theMostUrgentYesSetsTheGradeAndNoYesIsLow() {
        assertThat(policy.triage(allNo()).grade()).isEqualTo(Grade.LOW);
        Map<String, Object> a = allNo();
        a.put("sexualImagesOfChild", true);
        assertThat(policy.triage(a).grade()).isEqualTo(Grade.MEDIUM);
        a.put("victimUnder13", "yes");
        assertThat(policy.triage(a).grade()).isEqualTo(Grade.HIGH);
        a.put("liveAbuse", true);
        assertThat(policy.triage(a).grade()).isEqualTo(Grade.VERY_HIGH);
    }

    @Test
    void everyQuestionMustBeAnsweredAndNoOtherKeyIsAccepted() {
        Map<String, Object> a = allNo();
        a.remove("liveAbuse");
        a.put("imminentDanger", "perhaps");
        a.put("favouriteColour", true);
        assertThatThrownBy(() -> policy.triage(a)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting("field")
                        .containsExactlyInAnyOrder("answers.liveAbuse", "answers.imminentDanger",
                                "answers.favouriteColour"));
    }

    @Test
    void deadlinesRunFromReceiptAndAreConfigurable() {
        Instant t = Instant.parse("2026-03-01T10:00:00Z");
        assertThat(policy.dueBy(Grade.VERY_HIGH, t)).isEqualTo(t.plus(Duration.ofHours(1)));
        assertThat(policy.dueBy(Grade.HIGH, t)).isEqualTo(t.plus(Duration.ofHours(24)));
        assertThat(policy.dueBy(Grade.MEDIUM, t)).isEqualTo(t.plus(Duration.ofDays(7)));
        assertThat(policy.dueBy(Grade.LOW, t)).isEqualTo(t.plus(Duration.ofDays(30)));
        GradingPolicy custom = new GradingPolicy(new ChildReportProperties(Map.of(Grade.HIGH, Duration.ofHours(12)),
                null, null, null, null, null, null, null, null, null, null));
        assertThat(custom.dueBy(Grade.HIGH, t)).isEqualTo(t.plus(Duration.ofHours(12)));
        assertThat(custom.dueBy(Grade.LOW, t)).isEqualTo(t.plus(Duration.ofDays(30)));
        assertThat(policy.warnFrom(Grade.VERY_HIGH, t)).isEqualTo(t.minus(Duration.ofMinutes(15)));
    }
}
