package org.nigehbaan.controllist;

import java.time.Instant;
import java.time.Period;
import java.util.List;

/**
 * The control-list policy as it stands: each ground's list, term and extension rules, whether a switchable
 * ground is on, and policy changes waiting for an approver.
 */
public record PolicyView(String zone, int representationDecisionDays, int reviewWindowDays, int urgentNoticeHours,
                         List<GroundPolicy> grounds, List<PolicyChange> changes) {

    public record GroundPolicy(Ground ground, ListType list, Period term, Period maxExtension, int maxExtensions,
                               boolean switchable, boolean enabled) {
    }

    /** A request to turn a ground's switch on or off; applied only when an approver who did not ask approves. */
    public record PolicyChange(long id, Ground ground, boolean enable, String reason, String requestedBy,
                               Instant requestedAt, String status, String decidedBy, Instant decidedAt,
                               String comment) {
    }
}
