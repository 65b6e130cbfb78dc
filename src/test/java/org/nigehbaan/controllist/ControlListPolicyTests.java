package org.nigehbaan.controllist;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The terms DOMAIN.md gives, ground by ground. */
class ControlListPolicyTests {

    final ControlListPolicy policy = ControlListPolicy.defaultPolicy();

    @ParameterizedTest(name = "{0} from {1} ends {2}")
    @CsvSource({
            // PCL deportees: 5 years from the date of deportation.
            "DEPORTED_ILLEGAL_MIGRATION, 2024-01-10, 2029-01-10",
            "DEPORTED_ILLEGAL_MIGRATION, 2024-02-29, 2029-02-28",
            // ECL orders lapse after 120 days...
            "CORRUPTION,                 2026-01-01, 2026-05-01",
            "FINANCIAL_CRIME,            2026-01-01, 2026-05-01",
            "HUMAN_TRAFFICKING,          2026-03-01, 2026-06-29",
            "CRIMINAL_INVESTIGATION,     2026-01-01, 2026-05-01",
            // ...except terrorism, court referral, narcotics and Ponzi schemes.
            "TERRORISM,                  2026-01-01, ",
            "COURT_REFERRAL,             2026-01-01, ",
            "NARCOTICS,                  2026-01-01, ",
            "PONZI_SCHEME,               2026-01-01, ",
            // Other PCL grounds last until removed; sex offenders too, once permitted.
            "SEX_OFFENDER,               2026-01-01, ",
            "PASSPORT_MISUSE,            2026-01-01, ",
    })
    void statutoryExpiryFollowsTheGround(Ground ground, LocalDate from, LocalDate expected) {
        assertThat(policy.statutoryExpiry(ground, from)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: extension {1} x {2}, switchable {3}")
    @CsvSource({
            "DEPORTED_ILLEGAL_MIGRATION, P5Y,  -1, false",
            "CORRUPTION,                 P90D,  1, false",
            "HUMAN_TRAFFICKING,          P90D,  1, false",
            "TERRORISM,                  ,      0, false",
            "SEX_OFFENDER,               ,      0, true",
    })
    void extensionsAndSwitchesFollowTheGround(Ground ground, Period maxExtension, int maxExtensions, boolean switchable) {
        ControlListPolicy.Terms t = policy.termsOf(ground);
        assertThat(t.maxExtension()).isEqualTo(maxExtension);
        assertThat(t.maxExtensions()).isEqualTo(maxExtensions);
        assertThat(t.switchable()).isEqualTo(switchable);
    }

    @Test
    void everyGroundHasTermsAndBelongsToOneList() {
        for (Ground g : Ground.values()) {
            assertThat(policy.termsOf(g)).as(g.name()).isNotNull();
        }
        assertThat(Ground.DEPORTED_ILLEGAL_MIGRATION.list()).isEqualTo(ListType.PCL);
        assertThat(Ground.TERRORISM.list()).isEqualTo(ListType.ECL);
    }

    @Test
    void configurationOverridesOneGroundAndKeepsTheOthers() {
        ControlListPolicy custom = new ControlListPolicy(ZoneId.of("Asia/Karachi"),
                Map.of(Ground.CORRUPTION, new ControlListPolicy.Terms(Period.ofDays(90), null, 0, false)), 30, 15, 24);
        assertThat(custom.statutoryExpiry(Ground.CORRUPTION, LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(custom.statutoryExpiry(Ground.DEPORTED_ILLEGAL_MIGRATION, LocalDate.of(2026, 1, 1)))
                .isEqualTo(LocalDate.of(2031, 1, 1));
    }
}
