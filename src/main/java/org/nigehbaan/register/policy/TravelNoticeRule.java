package org.nigehbaan.register.policy;

import java.time.Duration;

/**
 * How far ahead a registrant must notify foreign travel.
 *
 * @param daysAhead    notify at least this many days before the day of departure
 * @param shortNotice  when the journey was not known that far ahead: at least this long before departure;
 *                     null when the policy has no such exception
 */
public record TravelNoticeRule(int daysAhead, Duration shortNotice) {
}
