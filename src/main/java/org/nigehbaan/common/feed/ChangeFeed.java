package org.nigehbaan.common.feed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The change feed every instance follows: a row per change, written in the transaction of the change itself
 * (it commits if and only if the change does), and a NOTIFY that wakes each instance's followers the moment it
 * commits. Each module owns its key format (screening's {@code CL-}, {@code SOR-}...; accounts' {@code ACCOUNT-})
 * and follows the feed with its own {@link ChangeFeedFollower}, which ignores keys it does not handle.
 */
@Component
public class ChangeFeed {

    /** The PostgreSQL notification channel; its payload is empty, followers read the table. */
    public static final String CHANNEL = "nigehbaan_changes";

    private final JdbcClient jdbc;

    ChangeFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a change to what {@code key} names; joins the caller's transaction. */
    public void record(String key) {
        jdbc.sql("insert into change_feed (key, at) values (?, clock_timestamp())").param(key).update();
        jdbc.sql("select pg_notify('" + CHANNEL + "', '')").query((rs, n) -> 1).list();
    }
}
