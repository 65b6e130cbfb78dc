package org.nigehbaan.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.nigehbaan.common.KeyedRateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client address (CJIS AC-7; ASVS 5.0 6.3.1): each failure spends a permit; an address with
 * none left is answered 429 before any password hash is computed, so a password-guessing client cannot take the
 * CPU the border counters need. Verified credentials that are cached cost no hash and pass. Other addresses are
 * never affected. Measured on the wall clock: it protects CPU seconds, which tests cannot move.
 */
@Component
public class LoginThrottle {

    private final KeyedRateLimiter limiter;
    private final Set<String> throttled = ConcurrentHashMap.newKeySet();

    LoginThrottle(@Value("${nigehbaan.auth.failures-per-address:20}") int burst,
                  @Value("${nigehbaan.auth.failure-window:PT1M}") Duration window) {
        this.limiter = new KeyedRateLimiter(burst, window, 100_000, Clock.systemUTC());
    }

    /** True while the address may make an attempt that needs a hash. */
    public boolean allows(String address) {
        boolean allowed = limiter.wouldAllow(address);
        if (allowed) {
            throttled.remove(address);
        }
        return allowed;
    }

    /** Spends a permit for a failure. */
    public void failed(String address) {
        limiter.tryAcquire(address);
    }

    /** True the first time an address is refused in a spell of refusals (so that only that one is audited). */
    public boolean firstRefusal(String address) {
        if (throttled.size() > 10_000) {
            throttled.clear();
        }
        return throttled.add(address);
    }

    public Duration retryAfter(String address) {
        return limiter.retryAfter(address);
    }
}
