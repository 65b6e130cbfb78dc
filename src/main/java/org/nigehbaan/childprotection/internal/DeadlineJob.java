package org.nigehbaan.childprotection.internal;

import org.nigehbaan.childprotection.ChildReportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the deadline watch every minute (nigehbaan.child-reports.deadline-check): warnings, then escalations. */
@Component
class DeadlineJob {

    private static final Logger log = LoggerFactory.getLogger(DeadlineJob.class);

    private final ChildReportService reports;

    DeadlineJob(ChildReportService reports) {
        this.reports = reports;
    }

    @Scheduled(fixedDelayString = "${nigehbaan.child-reports.deadline-check:PT1M}",
            initialDelayString = "${nigehbaan.child-reports.deadline-check:PT1M}")
    void run() {
        ChildReportService.DeadlineRun run = reports.checkDeadlines();
        if (run.warned() > 0 || run.escalated() > 0) {
            log.info("Child reports deadline watch: {} warned, {} escalated", run.warned(), run.escalated());
        }
    }
}
