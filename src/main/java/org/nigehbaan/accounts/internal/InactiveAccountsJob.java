package org.nigehbaan.accounts.internal;

import org.nigehbaan.accounts.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, accounts unused for 90 days are disabled (CJIS AC-2(3)); each is audited. */
@Component
class InactiveAccountsJob {

    private static final Logger log = LoggerFactory.getLogger(InactiveAccountsJob.class);
    private final AccountService accounts;

    InactiveAccountsJob(AccountService accounts) {
        this.accounts = accounts;
    }

    @Scheduled(cron = "${nigehbaan.accounts.inactivity-cron:0 15 1 * * *}", zone = "${nigehbaan.accounts.zone:Asia/Karachi}")
    void run() {
        int disabled = accounts.disableUnused().size();
        if (disabled > 0) {
            log.info("accounts: disabled {} account(s) unused for 90 days", disabled);
        }
    }
}
