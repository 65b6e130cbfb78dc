package org.nigehbaan.cooperation.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import org.nigehbaan.cooperation.CooperationPolicy;

/** Pakistan's working days: not a weekend day, not a public holiday (both from the policy). */
public final class WorkingDays {

    private final Set<DayOfWeek> weekend;
    private final Set<MonthDay> recurring;
    private final Set<LocalDate> dated;

    public WorkingDays(CooperationPolicy policy) {
        this.weekend = policy.weekend();
        this.recurring = Set.copyOf(policy.recurringHolidays());
        this.dated = Set.copyOf(policy.datedHolidays());
    }

    public boolean isWorkingDay(LocalDate d) {
        return !weekend.contains(d.getDayOfWeek()) && !recurring.contains(MonthDay.from(d)) && !dated.contains(d);
    }

    /**
     * The day {@code n} working days after {@code start}; the start day itself is not counted, whatever it is
     * (a request received on a Saturday has its first working day on Monday).
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be 0 or more");
        }
        LocalDate d = start;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }
}
