package org.nigehbaan.screening.index;

import java.time.Instant;

/**
 * What the index knows about a listed identity besides its names: where it comes from and until when it may hit.
 *
 * @param key        {@code CL-<entryId>} or {@code SOR-<registrantId>}
 * @param sourceId   the entry's or registrant's id
 * @param list       PCL, ECL or REGISTER
 * @param expiresAt  the instant it stops hitting, or null
 */
public record Listing(String key, Source source, long sourceId, String externalId, String list, String ground,
                      Instant expiresAt) {

    public enum Source { CONTROL_LIST, REGISTER }

    public static final String CONTROL_LIST_PREFIX = "CL-";
    public static final String REGISTER_PREFIX = "SOR-";

    public boolean activeAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }
}
