package org.nigehbaan.register.policy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;

/**
 * When each of a registrant's duties falls due. Pure date arithmetic in the register's time zone; the
 * windows follow the UK statute's wording, "within the period of 3 days beginning with" the event, so the
 * event's own day is the first of the three and the duty is due on the third.
 */
public final class NotificationClocks {

    private final int windowDays;

    /** @param windowDays the days, counting the event's own day, allowed to notify (3) */
    public NotificationClocks(int windowDays) {
        if (windowDays < 1) {
            throw new IllegalArgumentException("a notification window is at least one day");
        }
        this.windowDays = windowDays;
    }

    public int windowDays() {
        return windowDays;
    }

    /**
     * The last day for the initial notification: the window begins when duties start (conviction, or release
     * from custody), or on the day the person is entered on the register if that is later, so that a person
     * entered long after release is not in breach the moment they are registered.
     */
    public LocalDate initialNotificationDue(LocalDate obligationsStart, LocalDate enteredOn) {
        LocalDate from = obligationsStart.isAfter(enteredOn) ? obligationsStart : enteredOn;
        return from.plusDays(windowDays - 1L);
    }

    /** The last day to notify a change of name or address that happened on {@code changedOn}. */
    public LocalDate changeNotificationDue(LocalDate changedOn) {
        return changedOn.plusDays(windowDays - 1L);
    }

    /** The next re-notification (UK: within one year after the last notification; SORNA: the verification). */
    public LocalDate nextPeriodicDue(LocalDate lastNotifiedOn, Period interval) {
        return lastNotifiedOn.plus(interval);
    }

    /**
     * The latest moment (local time) to notify a journey abroad: the end of the day {@code daysAhead} days
     * before departure; or, under a policy with a short-notice exception and when the journey only became
     * known after that day, {@code shortNotice} before the departure time (midnight when the time is unknown).
     */
    public LocalDateTime travelDeadline(LocalDate departureDate, LocalTime departureTime, LocalDate knownSince,
                                        TravelNoticeRule rule) {
        LocalDate lastDay = departureDate.minusDays(rule.daysAhead());
        if (rule.shortNotice() != null && knownSince != null && knownSince.isAfter(lastDay)) {
            return departureDate.atTime(departureTime == null ? LocalTime.MIDNIGHT : departureTime)
                    .minus(rule.shortNotice());
        }
        return lastDay.atTime(23, 59, 59);
    }
}
