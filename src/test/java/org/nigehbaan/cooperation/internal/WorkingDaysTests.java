package org.nigehbaan.cooperation.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nigehbaan.cooperation.AttachmentType;
import org.nigehbaan.cooperation.CooperationPolicy;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTests {

    static final WorkingDays PAKISTAN = new WorkingDays(CooperationPolicy.defaults());

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // received,  n,  due           why
            "2026-01-05, 10, 2026-01-19", // Monday: two full weeks
            "2026-01-09, 10, 2026-01-23", // Friday: the weekend does not count
            "2026-01-10, 10, 2026-01-23", // Saturday: counting starts on Monday
            "2026-08-10, 10, 2026-08-25", // Independence Day (Fri 14 Aug) is not a working day
            "2026-03-16, 10, 2026-03-31", // Pakistan Day (Mon 23 Mar)
            "2026-12-21, 10, 2027-01-05", // Quaid-e-Azam Day (Fri 25 Dec), into the new year
            "2026-02-02, 10, 2026-02-17", // Kashmir Day (Thu 5 Feb)
            "2026-05-25, 10, 2026-06-09", // Youm-e-Takbeer (Thu 28 May)
            "2026-01-05, 1, 2026-01-06",
            "2026-01-09, 1, 2026-01-12",
            "2026-01-05, 0, 2026-01-05",
    })
    void criminalRecordRepliesCountPakistaniWorkingDays(LocalDate received, int n, LocalDate due) {
        assertThat(PAKISTAN.plusWorkingDays(received, n)).isEqualTo(due);
    }

    @ParameterizedTest
    @CsvSource({"2026-01-10, false", "2026-01-11, false", "2026-01-12, true", "2026-08-14, false", "2027-08-14, false",
            "2026-11-09, false", "2026-11-10, true"})
    void weekendsAndGazettedHolidaysAreNotWorkingDays(LocalDate day, boolean working) {
        assertThat(PAKISTAN.isWorkingDay(day)).isEqualTo(working);
    }

    @Test
    void datedHolidaysLikeTheEidsAreAddedByConfiguration() {
        CooperationPolicy withEid = policy(List.of("03-23", "2026-03-20", "2026-03-21", "2026-03-22"),
                Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        WorkingDays days = new WorkingDays(withEid);
        assertThat(days.isWorkingDay(LocalDate.parse("2026-03-20"))).isFalse();
        assertThat(PAKISTAN.isWorkingDay(LocalDate.parse("2026-03-20"))).isTrue(); // not without the configuration
        assertThat(days.plusWorkingDays(LocalDate.parse("2026-03-16"), 10)).isEqualTo(LocalDate.parse("2026-04-01"));
    }

    @Test
    void theWeekendIsConfigurable() {
        WorkingDays fridayOff = new WorkingDays(policy(List.of(), Set.of(DayOfWeek.FRIDAY)));
        assertThat(fridayOff.isWorkingDay(LocalDate.parse("2026-01-09"))).isFalse();
        assertThat(fridayOff.isWorkingDay(LocalDate.parse("2026-01-10"))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"14-08", "2026-02-30", "Aug 14", "'  '"})
    void aMalformedHolidayStopsTheStartWithItsValue(String holiday) {
        assertThatThrownBy(() -> policy(List.of(holiday), Set.of(DayOfWeek.SUNDAY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("public-holidays").hasMessageContaining("MM-dd");
    }

    static CooperationPolicy policy(List<String> holidays, Set<DayOfWeek> weekend) {
        return new CooperationPolicy(7, 30, 90, 10, 15, 6, 2, ZoneId.of("Asia/Karachi"), weekend, holidays,
                DataSize.ofMegabytes(20), 10, EnumSet.allOf(AttachmentType.class));
    }
}
