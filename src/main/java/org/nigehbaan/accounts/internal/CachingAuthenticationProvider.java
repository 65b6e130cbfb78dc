package org.nigehbaan.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * BCrypt is deliberately slow (about 80 ms a check on this hardware), which is right for a login form but
 * would cap a border counter's machine client, which sends HTTP Basic on every screening, at a dozen
 * requests a second per core. This provider checks a password with BCrypt once, then remembers for a short
 * time a keyed HMAC of the credentials that succeeded (never the password itself; the key is random per
 * process), so repeated requests with the same credentials skip BCrypt. A wrong password always goes to
 * BCrypt again; a verified one is trusted for at most the time-to-live, or, while the user store is unreachable,
 * for the stale-if-error period (so that screening continues through a database outage).
 */
class CachingAuthenticationProvider implements AuthenticationProvider {

    private record Verified(byte[] mac, Authentication result, Instant until, Instant verifiedAt) {
    }

    private final DaoAuthenticationProvider delegate;
    private final Duration ttl;
    private final Duration staleIfError;
    private final Clock clock;
    private final ConcurrentHashMap<String, Verified> cache = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private static final int MAX_ENTRIES = 10_000;

    CachingAuthenticationProvider(DaoAuthenticationProvider delegate, Duration ttl, Duration staleIfError, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.staleIfError = staleIfError;
        this.clock = clock;
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        this.key = new SecretKeySpec(k, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (credentials == null) {
            return delegate.authenticate(authentication);
        }
        byte[] mac = mac(username, credentials.toString());
        Instant now = clock.instant();
        Verified v = cache.get(username);
        if (v != null && now.isBefore(v.until()) && MessageDigest.isEqual(v.mac(), mac)) {
            return v.result();
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (InternalAuthenticationServiceException databaseDown) {
            // The user store cannot be read (the database is down). Border counters must keep screening, so
            // credentials verified recently enough are still accepted; nothing new is.
            if (v != null && MessageDigest.isEqual(v.mac(), mac) && now.isBefore(v.verifiedAt().plus(staleIfError))) {
                return v.result();
            }
            throw databaseDown;
        }
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(username, new Verified(mac, result, now.plus(ttl), now));
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private byte[] mac(String username, String password) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(key);
            m.update(username.getBytes(StandardCharsets.UTF_8));
            m.update((byte) 0);
            return m.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
