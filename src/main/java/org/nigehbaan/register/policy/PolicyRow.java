package org.nigehbaan.register.policy;

/**
 * One row of a policy's table, for people to read (the policy page, docs/register.md).
 *
 * @param applies      who the row applies to
 * @param period       the notification period
 * @param underEighteen the period when the offender was under 18 at conviction
 * @param reNotification how often the registrant must notify again
 */
public record PolicyRow(String applies, String period, String underEighteen, String reNotification) {
}
