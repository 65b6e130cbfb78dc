package org.nigehbaan.register.policy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nigehbaan.register.Disposal;

import static org.assertj.core.api.Assertions.assertThat;

/** Every tier of SORNA, the escalation for repeat offending and the review dates. */
class UsSornaPolicyTests {

    final UsSornaPolicy policy = new UsSornaPolicy();
    static final LocalDate START = LocalDate.of(2025, 1, 15);

    static Offence tier(int t) {
        return new Offence("PPC", "T" + t, "tier " + t + " offence", true, t, "test");
    }

    @ParameterizedTest(name = "tier {0}, age {1}")
    @CsvSource(nullValues = "-", value = {
            // tier, age, endsOn,    reviewOn,   verification
            "1,      30,  2040-01-14, 2035-01-15, P12M",
            "1,      16,  2040-01-14, 2035-01-15, P12M",
            "2,      30,  2050-01-14, -,          P6M",
            "2,      16,  2050-01-14, -,          P6M",
            "3,      30,  -,          -,          P3M",
            "3,      16,  -,          2050-01-15, P3M",
    })
    void eachTierHasItsPeriodVerificationAndReview(int tier, int age, LocalDate endsOn, LocalDate reviewOn,
                                                   String verification) {
        NotificationTerms t = policy.assess(List.of(new ConvictionFacts(tier(tier), LocalDate.of(2020, 5, 5),
                Disposal.IMPRISONMENT, new SentenceTerm(4, org.nigehbaan.register.SentenceUnit.YEARS), age)), START);
        assertThat(t.tier()).isEqualTo(tier);
        assertThat(t.indefinite()).isEqualTo(tier == 3);
        // SORNA excludes time in custody: the period runs from the day duties start
        assertThat(t.startsOn()).isEqualTo(START);
        assertThat(t.endsOn()).isEqualTo(endsOn);
        assertThat(t.reviewOn()).isEqualTo(reviewOn);
        assertThat(t.reNotificationInterval().toString()).isEqualTo(verification);
        assertThat(t.travelNotice().daysAhead()).isEqualTo(21);
        assertThat(t.travelNotice().shortNotice()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // offence tiers in date order -> effective tiers
            "'1,1',     '1,2'",
            "'1,1,1',   '1,2,3'",
            "'2,1',     '2,3'",
            "'1,3',     '1,3'",
            "'3,1',     '3,3'",
            "'2',       '2'",
    })
    void aConvictionAfterBecomingTierIOrIIRaisesTheTier(String offenceTiers, String expected) {
        String[] t = offenceTiers.split(",");
        List<ConvictionFacts> convictions = new java.util.ArrayList<>();
        for (int i = 0; i < t.length; i++) {
            convictions.add(new ConvictionFacts(tier(Integer.parseInt(t[i])), LocalDate.of(2000 + i, 1, 1),
                    Disposal.OTHER, null, 30));
        }
        assertThat(UsSornaPolicy.effectiveTiers(convictions).stream().map(String::valueOf).toList())
                .containsExactly(expected.split(","));
    }

    @Test
    void convictionsOnTheSameDayDoNotRaiseEachOther() {
        LocalDate day = LocalDate.of(2019, 2, 2);
        List<ConvictionFacts> same = List.of(new ConvictionFacts(tier(1), day, Disposal.OTHER, null, 30),
                new ConvictionFacts(tier(1), day, Disposal.OTHER, null, 30));
        assertThat(UsSornaPolicy.effectiveTiers(same)).containsExactly(1, 1);
        assertThat(policy.assess(same, START).basis()).startsWith("SORNA tier I:");
    }

    @Test
    void theTableHasThreeTiers() {
        assertThat(policy.table()).hasSize(3);
        assertThat(policy.name()).isEqualTo(PolicyName.US_SORNA);
    }
}
