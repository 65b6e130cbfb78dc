package org.nigehbaan.register.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * Decides how long a registrant stays subject to notification and how often and how far ahead they must
 * notify. Pakistani rules publish none of this (DOMAIN.md, "Sex offender register"), so each policy models a
 * published scheme; {@code nigehbaan.register.policy} chooses one. Implementations are pure functions of
 * their inputs.
 */
public interface NotificationPolicy {

    PolicyName name();

    /** The policy's name for people. */
    String title();

    /**
     * The terms for a registrant with these convictions.
     *
     * @param convictions      at least one
     * @param obligationsStart the day the registrant's duties begin: the latest conviction, or release from
     *                         custody when later
     */
    NotificationTerms assess(List<ConvictionFacts> convictions, LocalDate obligationsStart);

    /** The policy's table, row by row. */
    List<PolicyRow> table();

    TravelNoticeRule travelNotice();
}
