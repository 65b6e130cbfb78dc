package org.nigehbaan.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.nigehbaan.audit.AuditEntry;

/** Reads a stored audit row. */
public final class AuditRows {

    private AuditRows() {
    }

    public static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
                rs.getString("details"), rs.getString("client_address"), rs.getString("user_agent"),
                rs.getString("outcome"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
