package org.nigehbaan.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.accounts.TokenService;
import org.nigehbaan.accounts.internal.NigehbaanAuthentication.Channel;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * Checks a bearer token: known (by its SHA-256), not revoked, not expired, its owner enabled. The token acts
 * with its own roles that its owner still holds. Verified tokens are cached for a short while, dropped on every
 * instance when the owner's account or tokens change; while the database is down, tokens verified in the last
 * 12 hours keep working, as passwords do.
 */
class TokenAuthenticationProvider implements AuthenticationProvider {

    private record Verified(NigehbaanAuthentication result, long tokenId, String owner, Instant until, Instant verifiedAt) {
    }

    private final UserRepository users;
    private final TokenRepository tokens;
    private final SignInRecorder recorder;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final Duration ttl;
    private final Duration staleIfError;
    private final ZoneId zone = ZoneId.of("Asia/Karachi");
    private final ConcurrentHashMap<String, Verified> cache = new ConcurrentHashMap<>();

    TokenAuthenticationProvider(UserRepository users, TokenRepository tokens, SignInRecorder recorder,
                                LoginThrottle throttle, AccountChanges changes, Clock clock, Duration ttl,
                                Duration staleIfError) {
        this.users = users;
        this.tokens = tokens;
        this.recorder = recorder;
        this.throttle = throttle;
        this.clock = clock;
        this.ttl = ttl;
        this.staleIfError = staleIfError;
        changes.onChange(owner -> cache.values().removeIf(v -> v.owner().equals(owner)));
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String token = String.valueOf(authentication.getCredentials());
        String hash = TokenService.hash(token);
        String address = ClientDetails.addressOf(authentication.getDetails());
        Instant now = clock.instant();
        Verified cached = cache.get(hash);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.result();
        }
        if (!throttle.allows(address)) {
            throw new SignInRefused.Throttled(throttle.retryAfter(address));
        }
        Optional<TokenRepository.TokenRow> row;
        Optional<UserRow> owner;
        try {
            row = tokens.findByHash(hash);
            owner = row.flatMap(r -> users.findById(r.userId()));
        } catch (DataAccessException databaseDown) {
            if (cached != null && now.isBefore(cached.verifiedAt().plus(staleIfError))) {
                return cached.result();
            }
            throw new InternalAuthenticationServiceException("the token store is unavailable", databaseDown);
        }
        if (row.isEmpty() || owner.isEmpty()) {
            throttle.failed(address);
            recorder.unknownUser(authentication.getName(), Channel.BEARER.name());
            throw PasswordAuthenticationProvider.bad();
        }
        TokenRepository.TokenRow t = row.get();
        UserRow user = owner.get();
        String refusal = null;
        if (t.revokedAt() != null) {
            refusal = "token " + t.id() + " revoked";
        } else if (LocalDate.ofInstant(now, zone).isAfter(t.expiresOn())) {
            refusal = "token " + t.id() + " expired on " + t.expiresOn();
        } else if (!user.enabled()) {
            refusal = "account disabled";
        }
        if (refusal != null) {
            recorder.refused(user.username(), refusal, Channel.BEARER.name());
            throw PasswordAuthenticationProvider.bad();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(t.roles());
        roles.retainAll(user.roles());
        recorder.success(user, "TOKEN " + t.id(), Channel.BEARER.name());
        tokens.markUsed(t.id(), now);
        Actor actor = new Actor(user.id(), user.username(), user.displayName(), user.agency(), user.district(), roles);
        NigehbaanPrincipal principal = new NigehbaanPrincipal(actor, user.kind(), user.securityVersion(), false, true);
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.BEARER_AUTHORITY).issuedAt(now).build());
        NigehbaanAuthentication result = new NigehbaanAuthentication(principal, Channel.BEARER, authorities);
        result.setDetails(authentication.getDetails());
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(hash, new Verified(result, t.id(), user.username().toLowerCase(Locale.ROOT), now.plus(ttl), now));
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerToken.class.isAssignableFrom(authentication);
    }
}
