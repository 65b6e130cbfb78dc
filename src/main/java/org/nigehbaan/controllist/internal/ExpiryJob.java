package org.nigehbaan.controllist.internal;

import org.nigehbaan.controllist.ControlListService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records lapsed entries as EXPIRED every night (and once at start, to catch up after downtime) and tells the
 * screening index. Screening never waits for it: queries treat an entry past its expiry instant as expired.
 */
@Component
class ExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(ExpiryJob.class);
    private static final int BATCH = 500;

    private final ControlListService service;

    ExpiryJob(ControlListService service) {
        this.service = service;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        run();
    }

    @Scheduled(cron = "${nigehbaan.control-list.expiry-cron:0 5 0 * * *}",
            zone = "${nigehbaan.control-list.zone:Asia/Karachi}")
    void nightly() {
        run();
    }

    int run() {
        int total = 0;
        int n;
        do {
            n = service.expireLapsed(BATCH);
            total += n;
        } while (n == BATCH);
        if (total > 0) {
            log.info("control list: {} entries expired", total);
        }
        return total;
    }
}
