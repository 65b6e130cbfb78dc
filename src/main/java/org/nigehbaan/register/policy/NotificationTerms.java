package org.nigehbaan.register.policy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Everything a policy decides for one registrant from all their convictions.
 *
 * @param policy                 the policy that decided
 * @param tier                   the SORNA tier (1-3), or null under a policy without tiers
 * @param indefinite             true when the registrant is subject to notification indefinitely
 * @param startsOn               the first day of the notification period
 * @param endsOn                 its last day; null when indefinite
 * @param reviewOn               when an indefinite period may be reviewed; null when finite or never reviewable
 * @param reNotificationInterval how often the registrant must notify again (UK: each year after the last
 *                               notification; SORNA: in-person verification every 12, 6 or 3 months)
 * @param travelNotice           how far ahead foreign travel must be notified
 * @param perConviction          the period each conviction carries, in the order given
 * @param basis                  why, in words: the rows that applied
 */
public record NotificationTerms(PolicyName policy, Integer tier, boolean indefinite, LocalDate startsOn,
                                LocalDate endsOn, LocalDate reviewOn, Period reNotificationInterval,
                                TravelNoticeRule travelNotice, List<ConvictionPeriod> perConviction,
                                String basis) {

    public NotificationTerms {
        perConviction = List.copyOf(perConviction);
    }

    /** True when the registrant is subject to notification on {@code day}. */
    public boolean notifiableOn(LocalDate day) {
        return !day.isBefore(startsOn) && (indefinite || !day.isAfter(endsOn));
    }
}
