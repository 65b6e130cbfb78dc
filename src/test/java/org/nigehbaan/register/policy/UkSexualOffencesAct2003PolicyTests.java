package org.nigehbaan.register.policy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nigehbaan.register.Disposal;
import org.nigehbaan.register.SentenceUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Every row of the SOA 2003 s.82 table, for adults and for under-18s, and the 6 and 30 month boundaries. */
class UkSexualOffencesAct2003PolicyTests {

    static final Offence RAPE = new Offence("PPC", "376", "Punishment for rape", true, 3, "test");
    final UkSexualOffencesAct2003Policy policy = new UkSexualOffencesAct2003Policy();

    @ParameterizedTest(name = "{0} {1} {2}, age {3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            // disposal,           term, unit,  age, period
            "LIFE_IMPRISONMENT,          -, -,      30, INDEFINITE",
            "LIFE_IMPRISONMENT,          -, -,      16, INDEFINITE",
            "DEATH_SENTENCE,             -, -,      40, INDEFINITE",
            "IMPRISONMENT,              30, MONTHS, 30, INDEFINITE",
            "IMPRISONMENT,              30, MONTHS, 17, INDEFINITE",
            "IMPRISONMENT,              10, YEARS,  30, INDEFINITE",
            "IMPRISONMENT,             914, DAYS,   30, INDEFINITE",
            "HOSPITAL_RESTRICTION_ORDER, -, -,      30, INDEFINITE",
            "HOSPITAL_RESTRICTION_ORDER, -, -,      15, INDEFINITE",
            "IMPRISONMENT,              29, MONTHS, 30, P10Y",
            "IMPRISONMENT,               7, MONTHS, 30, P10Y",
            "IMPRISONMENT,               2, YEARS,  30, P10Y",
            "IMPRISONMENT,             183, DAYS,   30, P10Y",
            "IMPRISONMENT,             913, DAYS,   30, P10Y",
            "IMPRISONMENT,              29, MONTHS, 17, P5Y",
            "IMPRISONMENT,               6, MONTHS, 30, P7Y",
            "IMPRISONMENT,               1, MONTHS, 30, P7Y",
            "IMPRISONMENT,             182, DAYS,   30, P7Y",
            "IMPRISONMENT,              26, WEEKS,  30, P7Y",
            "IMPRISONMENT,               6, MONTHS, 17, P3Y6M",
            "HOSPITAL_ORDER,             -, -,      30, P7Y",
            "HOSPITAL_ORDER,             -, -,      17, P3Y6M",
            "CAUTION,                    -, -,      30, P2Y",
            "CAUTION,                    -, -,      14, P1Y",
            "CONDITIONAL_DISCHARGE,     18, MONTHS, 30, P18M",
            "CONDITIONAL_DISCHARGE,     18, MONTHS, 16, P18M",
            "CONDITIONAL_DISCHARGE,      3, YEARS,  30, P3Y",
            "OTHER,                      -, -,      30, P5Y",
            "OTHER,                      -, -,      17, P2Y6M",
            // the boundary of 18 itself: 18 is not under 18
            "OTHER,                      -, -,      18, P5Y",
    })
    void notificationPeriodFollowsSection82(Disposal disposal, Integer term, SentenceUnit unit, int age,
                                            String expected) {
        SentenceTerm sentence = term == null ? null : new SentenceTerm(term, unit);
        UkSexualOffencesAct2003Policy.Length l = UkSexualOffencesAct2003Policy.notificationPeriodFor(disposal,
                sentence, age);
        assertThat(l.indefinite() ? "INDEFINITE" : l.length().toString()).isEqualTo(expected);
        assertThat(l.rule()).isNotBlank();
        if (age < 18 && !l.indefinite() && disposal != Disposal.CONDITIONAL_DISCHARGE) {
            assertThat(l.rule()).contains("halved");
        }
    }

    @Test
    void aFinitePeriodBeginsWithTheConvictionDateAndEndsTheDayBeforeItsAnniversary() {
        NotificationTerms t = policy.assess(List.of(imprisonment(LocalDate.of(2020, 3, 2), 12, 30)),
                LocalDate.of(2021, 3, 2));
        assertThat(t.indefinite()).isFalse();
        assertThat(t.startsOn()).isEqualTo(LocalDate.of(2020, 3, 2));
        assertThat(t.endsOn()).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(t.notifiableOn(LocalDate.of(2030, 3, 1))).isTrue();
        assertThat(t.notifiableOn(LocalDate.of(2030, 3, 2))).isFalse();
        assertThat(t.reviewOn()).isNull();
        assertThat(t.reNotificationInterval()).hasYears(1);
        assertThat(t.travelNotice().daysAhead()).isEqualTo(7);
        assertThat(t.travelNotice().shortNotice()).hasHours(12);
        assertThat(t.tier()).isNull();
    }

    @Test
    void anIndefinitePeriodIsReviewedFifteenYearsAfterDutiesStartOrEightWhenUnder18() {
        LocalDate released = LocalDate.of(2024, 6, 1);
        NotificationTerms adult = policy.assess(List.of(imprisonment(LocalDate.of(2015, 1, 10), 120, 25)), released);
        assertThat(adult.indefinite()).isTrue();
        assertThat(adult.endsOn()).isNull();
        assertThat(adult.reviewOn()).isEqualTo(LocalDate.of(2039, 6, 1));

        NotificationTerms young = policy.assess(List.of(imprisonment(LocalDate.of(2015, 1, 10), 120, 16)), released);
        assertThat(young.reviewOn()).isEqualTo(LocalDate.of(2032, 6, 1));
    }

    @Test
    void severalConvictionsRunUntilTheLatestPeriodEndsAndAnyIndefinitePeriodWins() {
        ConvictionFacts caution = new ConvictionFacts(RAPE, LocalDate.of(2023, 1, 1), Disposal.CAUTION, null, 30);
        ConvictionFacts shortTerm = imprisonment(LocalDate.of(2018, 1, 1), 3, 25);
        NotificationTerms finite = policy.assess(List.of(caution, shortTerm), LocalDate.of(2023, 1, 1));
        // 2018 + 7 years beats 2023 + 2 years
        assertThat(finite.endsOn()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(finite.perConviction()).extracting(ConvictionPeriod::lengthText).containsExactly("P2Y", "P7Y");
        assertThat(finite.basis()).contains("caution", "6 months or less");

        NotificationTerms withLife = policy.assess(List.of(caution, new ConvictionFacts(RAPE, LocalDate.of(2010, 1, 1),
                Disposal.LIFE_IMPRISONMENT, null, 20)), LocalDate.of(2023, 1, 1));
        assertThat(withLife.indefinite()).isTrue();
        assertThat(withLife.notifiableOn(LocalDate.of(2090, 1, 1))).isTrue();
    }

    @Test
    void theTableHasARowForEveryDisposal() {
        assertThat(policy.table()).hasSize(7);
        assertThat(policy.name()).isEqualTo(PolicyName.UK_SOA_2003);
    }

    static ConvictionFacts imprisonment(LocalDate on, int months, int age) {
        return new ConvictionFacts(RAPE, on, Disposal.IMPRISONMENT, new SentenceTerm(months, SentenceUnit.MONTHS), age);
    }
}
