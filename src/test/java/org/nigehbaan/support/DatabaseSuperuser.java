package org.nigehbaan.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Works on the database as its superuser would to tamper with it: on a connection of its own, with triggers
 * switched off for the transaction ({@code session_replication_role = replica}, which only a superuser may set),
 * so that the audit tables' append-only triggers do not stand in the way. What tests do here, an attacker with
 * database access could do; the audit chain and its signed heads must catch it.
 */
public final class DatabaseSuperuser {

    /** Work done on the superuser's connection. */
    public interface Work {
        void run(Connection c) throws SQLException;
    }

    private DatabaseSuperuser() {
    }

    public static void tamper(DataSource dataSource, Work work) {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    throw new IllegalStateException("the test database user is not a superuser");
                }
            }
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("set local session_replication_role = replica");
                }
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("tampering failed", e);
        }
    }
}
