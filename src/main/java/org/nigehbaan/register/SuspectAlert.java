package org.nigehbaan.register;

import java.time.Instant;
import java.util.List;

/**
 * A registrant was named as a suspect elsewhere (a report of children's online harassment): for the register
 * officers of the registrant's district. Purpose-bound: the source's reference and why it matched, nothing of the
 * source's content.
 *
 * @param source          which module raised it ({@code CHILD_REPORT})
 * @param sourceReference the reference to quote to that module's officers
 * @param reasons         the matching engine's reasons ("name: ...", "dateOfBirth: ...")
 */
public record SuspectAlert(long id, long registrantId, String registrantName, String district, String source,
                           String sourceReference, List<String> reasons, Instant raisedAt, Instant acknowledgedAt,
                           String acknowledgedBy, String note) {

    public boolean open() {
        return acknowledgedAt == null;
    }
}
