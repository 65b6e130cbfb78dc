package org.nigehbaan.screening.index;

import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.nigehbaan.common.feed.ChangeFeedFollower;
import org.springframework.stereotype.Component;

/**
 * The screening index's follower of the shared change feed ({@link ChangeFeedFollower}): reloads each key one of
 * its handlers names, and skips other modules' keys.
 */
@Component
public class IndexFollower {

    private final ChangeFeedFollower follower;

    IndexFollower(DataSource dataSource, List<IndexChangeHandler> handlers) {
        this.follower = new ChangeFeedFollower(dataSource, "screening-index-follower",
                key -> handlers.stream().anyMatch(h -> h.handles(key)),
                key -> handlers.stream().filter(h -> h.handles(key)).findFirst().ifPresent(h -> h.apply(key)));
    }

    /** Where the feed stands now; the index loads everything up to here, then follows from it. */
    public ChangeFeedFollower.Position position() throws SQLException {
        return follower.position();
    }

    /** Starts following from {@code position}: rows it saw are already in the index. */
    public void start(ChangeFeedFollower.Position position) {
        follower.start(position);
    }

    /** Stops following when the application closes. */
    @jakarta.annotation.PreDestroy
    void stop() {
        follower.stop();
    }

    /** False while the database cannot be reached. */
    public boolean isConnected() {
        return follower.isConnected();
    }
}
