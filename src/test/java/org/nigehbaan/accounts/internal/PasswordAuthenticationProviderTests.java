package org.nigehbaan.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.AccountKind;
import org.nigehbaan.accounts.DeploymentMode;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.feed.ChangeFeed;
import org.nigehbaan.support.MutableClock;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The degraded-mode rule: while the user store is down, Basic credentials verified in the last 12 hours keep
 * working, but never for an account changed (disabled, say) before the outage, whose cached credentials the change
 * feed has already dropped. Cached credentials cost no password hash.
 */
class PasswordAuthenticationProviderTests {

    private final UserRepository users = mock(UserRepository.class);
    private final SignInRecorder recorder = mock(SignInRecorder.class);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final PrehashingPasswordEncoder encoder = new PrehashingPasswordEncoder(4);
    private final AccountChanges changes = new AccountChanges(mock(ChangeFeed.class), mock(DataSource.class));
    private final PasswordAuthenticationProvider provider = new PasswordAuthenticationProvider(users, encoder, recorder,
            new LoginThrottle(20, Duration.ofMinutes(1)), new DeploymentMode(new MockEnvironment()), changes, clock,
            Duration.ofMinutes(5), Duration.ofHours(12));

    private UserRow officer(boolean enabled) {
        return new UserRow(7, "counter7", encoder.encode("correct-horse-battery"), "Counter Seven", "FIA", null, enabled,
                Set.of(Role.BORDER_OFFICER), clock.instant(), AccountKind.PERSON, null, false, null, 0, null, null, 0,
                null, null);
    }

    private Authentication basic(String password) {
        UsernamePasswordAuthenticationToken t = UsernamePasswordAuthenticationToken.unauthenticated("counter7", password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.1.1.1");
        t.setDetails(new ClientDetails(request, NigehbaanAuthentication.Channel.BASIC));
        return t;
    }

    @Test
    void verifiedCredentialsAreReusedWithoutTheStoreAndSurviveAnOutageForTwelveHours() {
        when(users.findByUsername("counter7")).thenReturn(Optional.of(officer(true)));
        assertThat(provider.authenticate(basic("correct-horse-battery")).isAuthenticated()).isTrue();
        provider.authenticate(basic("correct-horse-battery"));
        verify(users, times(1)).findByUsername("counter7");
        verify(recorder, times(1)).success(any(), anyString(), anyString());

        when(users.findByUsername("counter7")).thenThrow(new DataAccessResourceFailureException("database down"));
        clock.advance(Duration.ofHours(11));
        assertThat(provider.authenticate(basic("correct-horse-battery")).getName()).isEqualTo("counter7");
        assertThatThrownBy(() -> provider.authenticate(basic("a-wrong-password"))).isNotNull();
        clock.advance(Duration.ofHours(2));
        assertThatThrownBy(() -> provider.authenticate(basic("correct-horse-battery")))
                .isInstanceOf(InternalAuthenticationServiceException.class);
    }

    @Test
    void anAccountChangedBeforeTheOutageIsNeverLetInFromTheCache() {
        when(users.findByUsername("counter7")).thenReturn(Optional.of(officer(true)));
        provider.authenticate(basic("correct-horse-battery"));
        changes.notifyListeners("Counter7"); // the change feed reports the account disabled
        when(users.findByUsername("counter7")).thenThrow(new DataAccessResourceFailureException("database down"));
        assertThatThrownBy(() -> provider.authenticate(basic("correct-horse-battery")))
                .isInstanceOf(InternalAuthenticationServiceException.class);
        verify(recorder, never()).refused(anyString(), anyString(), anyString());
    }
}
