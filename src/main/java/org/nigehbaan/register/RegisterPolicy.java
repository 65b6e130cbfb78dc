package org.nigehbaan.register;

import java.util.List;

/**
 * The policy in force and the rules around it, as administrators and officers see them.
 *
 * @param policy                 the chosen policy ({@code nigehbaan.register.policy})
 * @param title                  its name for people
 * @param available              every policy that can be chosen
 * @param table                  its table
 * @param noticeWindowDays       days, counting the event's day, to notify initially or after a change
 * @param travelNoticeDays       days ahead foreign travel must be notified
 * @param travelShortNoticeHours hours ahead when not known earlier; null when the policy has no exception
 * @param travelToleranceDays    how many days either side of a notified departure a notification covers
 * @param policeRequestMaxAgeHours how long after the police asked a request may be forwarded
 * @param zone                   the time zone of due dates
 * @param offenceSource          where the offence list was loaded from
 * @param offences               the offence list
 */
public record RegisterPolicy(String policy, String title, List<String> available, List<Row> table,
                             int noticeWindowDays, int travelNoticeDays, Integer travelShortNoticeHours,
                             int travelToleranceDays, long policeRequestMaxAgeHours, String zone,
                             String offenceSource, List<Offence> offences) {

    /** A row of the policy's table. */
    public record Row(String applies, String period, String underEighteen, String reNotification) {
    }

    /** An offence the register knows; {@code registrable} when a conviction puts a person on the register. */
    public record Offence(String code, String title, boolean registrable, int sornaTier, String source) {
    }
}
