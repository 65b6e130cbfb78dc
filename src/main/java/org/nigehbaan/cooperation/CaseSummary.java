package org.nigehbaan.cooperation;

import java.time.LocalDate;
import java.util.List;

/**
 * A row of the work list: the case, how urgent it is, and what waits for the reader.
 *
 * @param subjectNames   the subjects' names; null for the UK liaison unless SUBJECTS are shared
 * @param attention      from the earliest running clock; the list is ordered breached first
 * @param nextDueOn      that clock's due date
 * @param daysLeft       days until then (negative: overdue), null when closed
 * @param unreadMessages messages from the other side the reader's side has not read
 */
public record CaseSummary(long id, String reference, CaseType type, Direction direction, CaseStatus status,
                          LocalDate receivedOn, List<String> subjectNames, Attention attention, LocalDate nextDueOn,
                          Long daysLeft, boolean sharedWithUk, long unreadMessages) {
}
