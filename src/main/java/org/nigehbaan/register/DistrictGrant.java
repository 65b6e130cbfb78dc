package org.nigehbaan.register;

import java.time.Instant;

/**
 * A district (or {@code *}, every district) an administrator let a register officer work in beyond their own.
 */
public record DistrictGrant(long id, String username, String district, String reason, String grantedBy,
                            Instant grantedAt, String revokedBy, Instant revokedAt, String revokeReason) {

    public boolean active() {
        return revokedAt == null;
    }
}
