package org.nigehbaan.accounts.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** At start, seals the TOTP secrets an earlier version stored in clear ({@link SecretBox}). */
@Component
class LegacySecretsSealer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LegacySecretsSealer.class);

    private final UserRepository users;

    LegacySecretsSealer(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        try {
            int sealed = users.sealLegacyTotpSecrets();
            if (sealed > 0) {
                log.info("accounts: sealed {} second-factor secrets stored in clear by an earlier version", sealed);
            }
        } catch (RuntimeException e) {
            log.warn("accounts: the second-factor secrets stored in clear could not be sealed now ({}); "
                    + "the next start tries again", e.getClass().getSimpleName());
        }
    }
}
