package org.nigehbaan.screening.index;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.nigehbaan.controllist.ControlListService;
import org.nigehbaan.register.RegisterDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills the index at start, in the background so the service starts at once (screenings get a 503 and the
 * readiness probe says OUT_OF_SERVICE until it is ready): every active control-list entry and every registrant
 * subject to notification, then the reviews; then follows the change feed from the point the load began.
 */
@Component
class IndexLoader {

    private static final Logger log = LoggerFactory.getLogger(IndexLoader.class);

    private final ScreeningIndex index;
    private final ControlListService controlList;
    private final RegisterDirectory register;
    private final IndexFollower follower;
    private final List<IndexChangeHandler> handlers;
    private final ZoneId zone;

    IndexLoader(ScreeningIndex index, ControlListService controlList, RegisterDirectory register,
                IndexFollower follower, List<IndexChangeHandler> handlers,
                @Value("${nigehbaan.control-list.zone:Asia/Karachi}") ZoneId zone) {
        this.index = index;
        this.controlList = controlList;
        this.register = register;
        this.follower = follower;
        this.handlers = handlers;
        this.zone = zone;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadInBackground() {
        Thread t = new Thread(this::loadUntilDone, "screening-index-loader");
        t.setDaemon(true);
        t.start();
    }

    private void loadUntilDone() {
        long wait = 1_000;
        while (!index.isReady()) {
            try {
                load();
            } catch (RuntimeException | java.sql.SQLException e) {
                log.warn("screening index: load failed ({}); retrying in {} ms", e.getClass().getSimpleName(), wait);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                wait = Math.min(wait * 2, 30_000);
            }
        }
    }

    void load() throws java.sql.SQLException {
        long start = System.nanoTime();
        org.nigehbaan.common.feed.ChangeFeedFollower.Position position = follower.position();
        index.load(controlList::forEachActive, IdentityMapping::of);
        index.load(register::forEachNotifiableIdentity, r -> IdentityMapping.of(r, zone));
        handlers.forEach(IndexChangeHandler::loadAll);
        follower.start(position);
        index.markReady();
        log.info("screening index: {} listed identities ready in {}", index.size(),
                Duration.ofNanos(System.nanoTime() - start));
    }
}
