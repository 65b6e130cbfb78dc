package org.nigehbaan.register.policy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationClocksTests {

    final NotificationClocks clocks = new NotificationClocks(3);
    static final TravelNoticeRule UK = new TravelNoticeRule(7, Duration.ofHours(12));
    static final TravelNoticeRule SORNA = new TravelNoticeRule(21, null);

    @ParameterizedTest(name = "duties from {0}, entered {1} -> due {2}")
    @CsvSource({
            "2026-03-01, 2026-03-01, 2026-03-03",
            // released after being entered on the register: the window starts at release
            "2026-04-10, 2026-03-01, 2026-04-12",
            // entered long after release: the window starts on entry
            "2020-01-01, 2026-03-01, 2026-03-03",
            "2026-02-27, 2026-02-27, 2026-03-01",
    })
    void theInitialNotificationIsDueOnTheThirdDayBeginningWithTheLaterStart(LocalDate start, LocalDate entered,
                                                                           LocalDate due) {
        assertThat(clocks.initialNotificationDue(start, entered)).isEqualTo(due);
    }

    @ParameterizedTest
    @CsvSource({"2026-03-01, 2026-03-03", "2024-12-30, 2025-01-01"})
    void aChangeIsDueOnTheThirdDayBeginningWithTheChange(LocalDate changed, LocalDate due) {
        assertThat(clocks.changeNotificationDue(changed)).isEqualTo(due);
    }

    @ParameterizedTest
    @CsvSource({"2026-03-01, P1Y, 2027-03-01", "2024-02-29, P1Y, 2025-02-28", "2026-01-31, P3M, 2026-04-30"})
    void thePeriodicNotificationIsDueOneIntervalAfterTheLast(LocalDate last, String interval, LocalDate due) {
        assertThat(clocks.nextPeriodicDue(last, Period.parse(interval))).isEqualTo(due);
    }

    @ParameterizedTest(name = "departs {0} {1}, known {2}, {3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            // known well ahead: the end of the day 7 days before departure
            "2026-05-20, 09:30, -,          UK,    2026-05-13T23:59:59",
            "2026-05-20, 09:30, 2026-05-13, UK,    2026-05-13T23:59:59",
            // known only after that day: 12 hours before departure
            "2026-05-20, 09:30, 2026-05-14, UK,    2026-05-19T21:30",
            "2026-05-20, -,     2026-05-18, UK,    2026-05-19T12:00",
            // SORNA: 21 days and no short-notice exception
            "2026-05-20, 09:30, 2026-05-18, SORNA, 2026-04-29T23:59:59",
    })
    void travelMustBeNotifiedSevenDaysAheadOrTwelveHoursWhenNotKnownEarlier(LocalDate departure, LocalTime time,
                                                                           LocalDate knownSince, String policy,
                                                                           LocalDateTime deadline) {
        assertThat(clocks.travelDeadline(departure, time, knownSince, policy.equals("UK") ? UK : SORNA))
                .isEqualTo(deadline);
    }
}
