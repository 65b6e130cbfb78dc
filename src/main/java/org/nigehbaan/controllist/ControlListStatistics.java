package org.nigehbaan.controllist;

import java.util.List;
import org.nigehbaan.common.Figure;

/**
 * The control lists as they stand, without personal data: entries by list, ground and effective status (every
 * combination, so that an absent row cannot reveal a zero), decisions waiting, representations open and overdue,
 * notices overdue. Counts under 5 are {@code "<5"} ({@link Figure}); the figures for a period are
 * {@link ControlListFigures}.
 */
public record ControlListStatistics(List<Count> entries, Figure awaitingDecision, Figure representationsOpen,
                                    Figure representationsOverdue, Figure noticeOverdue) {

    public record Count(ListType list, Ground ground, EntryStatus status, Figure count) {
    }
}
