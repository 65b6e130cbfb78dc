package org.nigehbaan.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.nigehbaan.accounts.DeploymentMode;
import org.nigehbaan.accounts.internal.NigehbaanAuthentication.Channel;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a username and password, for the sign-in form and for HTTP Basic, in this order:
 * <ol>
 *   <li>HTTP Basic credentials verified in the last few minutes are taken from a cache (a keyed HMAC of them,
 *       never the password): a border counter sending Basic on every screening pays no hash;</li>
 *   <li>a client address that has run out of failed attempts is refused (429) before any hash is computed;</li>
 *   <li>the user is loaded; an unknown user, a locked account and a wrong password get the same reply, after the
 *       same work (a hash is computed in each case), so none can be told apart;</li>
 *   <li>a wrong password counts towards the username's lockout and the address's throttle;</li>
 *   <li>right credentials are still refused for a disabled account, for a service account on the sign-in form,
 *       and for a person's HTTP Basic in production mode.</li>
 * </ol>
 * While the user store cannot be reached, Basic credentials verified in the last 12 hours keep working (border
 * counters keep screening through a database outage); an account changed since, on any instance, has already
 * been dropped from the cache through the change feed, so a disabled account never comes back.
 */
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private record Verified(byte[] mac, NigehbaanAuthentication result, Instant until, Instant verifiedAt) {
    }

    private static final int MAX_ENTRIES = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final SignInRecorder recorder;
    private final LoginThrottle throttle;
    private final DeploymentMode mode;
    private final Clock clock;
    private final Duration ttl;
    private final Duration staleIfError;
    private final String dummyHash;
    private final ConcurrentHashMap<String, Verified> cache = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    PasswordAuthenticationProvider(UserRepository users, PasswordEncoder encoder, SignInRecorder recorder,
                                   LoginThrottle throttle, DeploymentMode mode, AccountChanges changes, Clock clock,
                                   Duration ttl, Duration staleIfError) {
        this.users = users;
        this.encoder = encoder;
        this.recorder = recorder;
        this.throttle = throttle;
        this.mode = mode;
        this.clock = clock;
        this.ttl = ttl;
        this.staleIfError = staleIfError;
        this.dummyHash = encoder.encode("a password nobody has " + RANDOM.nextLong());
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        this.key = new SecretKeySpec(k, "HmacSHA256");
        changes.onChange(cache::remove);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        Object details = authentication.getDetails();
        Channel channel = ClientDetails.channelOf(details);
        String address = ClientDetails.addressOf(details);
        String cacheKey = username.toLowerCase(Locale.ROOT);
        byte[] mac = mac(username, password);
        Instant now = clock.instant();
        Verified cached = channel == Channel.BASIC ? cache.get(cacheKey) : null;
        if (cached != null && now.isBefore(cached.until()) && MessageDigest.isEqual(cached.mac(), mac)) {
            return cached.result();
        }
        if (!throttle.allows(address)) {
            if (throttle.firstRefusal(address)) {
                safely(() -> recorder.throttled(username, address));
            }
            throw new SignInRefused.Throttled(throttle.retryAfter(address));
        }
        Optional<UserRow> found;
        try {
            found = users.findByUsername(username);
        } catch (DataAccessException databaseDown) {
            // The user store cannot be read. Border counters must keep screening: credentials verified recently
            // enough are still accepted; nothing new is.
            if (cached != null && MessageDigest.isEqual(cached.mac(), mac) && now.isBefore(cached.verifiedAt().plus(staleIfError))) {
                return cached.result();
            }
            throw new InternalAuthenticationServiceException("the user store is unavailable", databaseDown);
        }
        String channelName = channel.name();
        if (found.isEmpty()) {
            encoder.matches(password, dummyHash);
            throttle.failed(address);
            recorder.unknownUser(username, channelName);
            throw bad();
        }
        UserRow user = found.get();
        if (channel == Channel.BASIC && mode.production() && !user.isService()) {
            // People use tokens in production; the reply is the one every failed Basic attempt gets.
            encoder.matches(password, dummyHash);
            recorder.refused(user.username(), "HTTP Basic is refused for people's accounts in production mode", channelName);
            throw bad();
        }
        if (user.lockedAt(now)) {
            encoder.matches(password, dummyHash);
            throttle.failed(address);
            recorder.whileLocked(user, channelName);
            throw bad();
        }
        if (!encoder.matches(password, user.passwordHash())) {
            throttle.failed(address);
            recorder.failure(user, "PASSWORD", channelName);
            throw bad();
        }
        if (!user.enabled()) {
            recorder.refused(user.username(), "account disabled", channelName);
            throw bad();
        }
        if (channel == Channel.FORM && user.isService()) {
            recorder.refused(user.username(), "service accounts have no web sign-in", channelName);
            throw bad();
        }
        recorder.success(user, "PASSWORD", channelName);
        List<GrantedAuthority> authorities = new ArrayList<>(NigehbaanPrincipal.of(user).getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .issuedAt(now).build());
        NigehbaanAuthentication result = new NigehbaanAuthentication(NigehbaanPrincipal.of(user), channel, authorities);
        result.setDetails(details);
        if (channel == Channel.BASIC) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(cacheKey, new Verified(mac, result, now.plus(ttl), now));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The one reply to an unknown user, a locked account, a wrong password and a refused account. */
    static BadCredentialsException bad() {
        return new BadCredentialsException("The username or password is not right");
    }

    private static void safely(Runnable r) {
        try {
            r.run();
        } catch (DataAccessException e) {
            // Auditing a refusal must not turn it into a 500 while the database is down.
        }
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
