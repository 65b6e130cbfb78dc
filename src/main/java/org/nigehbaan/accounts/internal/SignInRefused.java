package org.nigehbaan.accounts.internal;

import java.io.Serial;
import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in failures that are not the ordinary "wrong credentials". */
final class SignInRefused {

    private SignInRefused() {
    }

    /** Too many failed attempts from this client address: 429, decided before any password hash is computed. */
    static final class Throttled extends AuthenticationException {
        @Serial
        private static final long serialVersionUID = 1L;
        private final Duration retryAfter;

        Throttled(Duration retryAfter) {
            super("too many failed sign-ins from this address");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }
}
