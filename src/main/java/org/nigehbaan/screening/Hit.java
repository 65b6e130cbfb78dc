package org.nigehbaan.screening;

import java.util.List;

/**
 * A listing the traveller may be (API.md), with why.
 *
 * @param key          the index key: {@code CL-<entryId>} or {@code SOR-<registrantId>}; review hits by it
 * @param entryId      the control-list entry, or null for a register hit
 * @param registrantId the register's registrant, or null for a control-list hit
 * @param externalId   the entry's id in the system it came from, if any
 * @param list         PCL, ECL or REGISTER
 * @param ground       the entry's ground (SEX_OFFENDER for a register hit)
 * @param score        the match score in [0,1]
 * @param matchedName  the listed name that matched best
 * @param decision     what this hit alone calls for: REFER or STOP
 * @param reasons      which fields matched and how, in words an officer can read
 */
public record Hit(String key, Long entryId, Long registrantId, String externalId, String list, String ground,
                  double score, String matchedName, Decision decision, List<HitReason> reasons)
        implements java.io.Serializable {

    public Hit {
        reasons = List.copyOf(reasons);
    }

    /** One line of a hit's explanation. */
    public record HitReason(String feature, String detail) implements java.io.Serializable {
    }
}
