package org.nigehbaan.accounts.internal;

import java.util.List;
import org.nigehbaan.accounts.AccountService;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.NewUser;
import org.nigehbaan.accounts.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On first start against an empty database, creates user {@code admin} with the password in
 * {@code NIGEHBAAN_ADMIN_PASSWORD}, or a random one printed once to the log (API.md, Conventions).
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final AccountService accounts;
    private final Environment env;

    BootstrapAdmin(AccountService accounts, Environment env) {
        this.accounts = accounts;
        this.env = env;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasUsers()) {
            return;
        }
        String password = env.getProperty("NIGEHBAAN_ADMIN_PASSWORD");
        boolean generated = password == null || password.isBlank();
        if (generated) {
            password = AccountService.randomPassword(20);
        }
        accounts.createUser(new NewUser("admin", password, "Administrator", "SYSTEM", null,
                List.of(Role.ADMIN.name())), Actor.SYSTEM);
        if (generated) {
            log.warn("""

                    ==================================================================
                     First start: created user 'admin' with password  {}
                     It is shown only this once. Sign in at /login and create officers
                     (Users page, or POST /api/v1/users). Set NIGEHBAAN_ADMIN_PASSWORD
                     before the first start to choose it yourself.
                    ==================================================================""", password);
        } else {
            log.info("First start: created user 'admin' with the password from NIGEHBAAN_ADMIN_PASSWORD");
        }
    }
}
