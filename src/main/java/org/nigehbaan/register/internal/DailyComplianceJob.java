package org.nigehbaan.register.internal;

import org.nigehbaan.accounts.Actor;
import org.nigehbaan.register.ComplianceRun;
import org.nigehbaan.register.ComplianceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the register's compliance checks once a day, shortly after midnight in the register's zone. */
@Component
class DailyComplianceJob {

    private static final Logger log = LoggerFactory.getLogger(DailyComplianceJob.class);

    private final ComplianceService compliance;

    DailyComplianceJob(ComplianceService compliance) {
        this.compliance = compliance;
    }

    @Scheduled(cron = "${nigehbaan.register.compliance-cron:0 30 0 * * *}", zone = "${nigehbaan.register.zone:Asia/Karachi}")
    void run() {
        ComplianceRun run = compliance.runDailyCompliance(Actor.SYSTEM);
        log.info("Register compliance for {}: {} periods ended, {} breaches raised, {} reviews due", run.day(),
                run.periodsEnded(), run.breachesRaised(), run.reviewsDue());
    }
}
