package org.nigehbaan.controllist;

import java.util.List;

/**
 * Programme figures without personal data: entries by list, ground and effective status, decisions waiting,
 * representations overdue.
 */
public record ControlListStatistics(List<Count> entries, long awaitingDecision, long representationsOpen,
                                    long representationsOverdue, long noticeOverdue) {

    public record Count(ListType list, Ground ground, EntryStatus status, long count) {
    }
}
