package org.nigehbaan.accounts.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.nigehbaan.common.feed.ChangeFeed;
import org.nigehbaan.common.feed.ChangeFeedFollower;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every instance that an account changed (disabled, password, roles, tokens, second factor), through the
 * shared change feed: {@link #changed} writes {@code ACCOUNT-<username>} in the transaction of the change, and
 * each instance's follower hands the username to the caches that hold verified credentials and to the session
 * guard, which drop what they hold for it. The instance that made the change hears it the same way.
 */
@Component
public class AccountChanges {

    static final String PREFIX = "ACCOUNT-";
    private static final Logger log = LoggerFactory.getLogger(AccountChanges.class);

    private final ChangeFeed feed;
    private final ChangeFeedFollower follower;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    AccountChanges(ChangeFeed feed, DataSource dataSource) {
        this.feed = feed;
        this.follower = new ChangeFeedFollower(dataSource, "accounts-change-follower", k -> k.startsWith(PREFIX),
                k -> notifyListeners(k.substring(PREFIX.length())));
    }

    /**
     * Records that the account changed; joins the caller's transaction. This instance drops what it holds for the
     * account as soon as that transaction commits (so the change holds "at once" here); the others when the feed
     * brings it, within a second.
     */
    public void changed(String username) {
        feed.record(PREFIX + username.toLowerCase(Locale.ROOT));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    notifyListeners(username);
                }
            });
        }
    }

    /** Registers a cache to be told (with the lower-cased username) when an account changes on any instance. */
    public void onChange(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Applies a change here at once as well (the feed will repeat it; listeners tolerate that). */
    void notifyListeners(String username) {
        String key = username.toLowerCase(Locale.ROOT);
        listeners.forEach(l -> l.accept(key));
    }

    @EventListener(ApplicationReadyEvent.class)
    void follow() {
        startFollowing(0);
    }

    private void startFollowing(int attempt) {
        try {
            follower.start(follower.position());
        } catch (SQLException e) {
            // The caches start empty, so nothing can be stale yet: retry in the background until the database answers.
            log.warn("accounts: change feed unreachable at start ({}); retrying", e.getSQLState());
            Thread retry = new Thread(() -> {
                try {
                    Thread.sleep(Math.min(30_000, 1_000L << Math.min(attempt, 5)));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                startFollowing(attempt + 1);
            }, "accounts-change-follower-start");
            retry.setDaemon(true);
            retry.start();
        }
    }

    /** The follower ends with the application (tests close contexts whose database then goes away). */
    @jakarta.annotation.PreDestroy
    void stop() {
        follower.stop();
    }
}
