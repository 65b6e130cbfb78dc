package org.nigehbaan.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.nigehbaan.accounts.SecondFactorService;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The second step of a web sign-in, and re-authentication later: {@code POST /login/second-factor} with a TOTP
 * {@code code} or a {@code recoveryCode}, on top of a password already proven in this session. Success adds a
 * {@link FactorGrantedAuthority} ({@code FACTOR_TOTP} or {@code FACTOR_RECOVERY_CODE}, issued now) to the
 * session's authentication; a wrong code counts towards the account's lockout like a wrong password.
 */
class TotpAuthenticationFilter extends AbstractAuthenticationProcessingFilter {

    static final String PATH = "/login/second-factor";

    private final SecondFactorService secondFactors;
    private final SignInRecorder recorder;
    private final UserRepository users;
    private final Clock clock;

    TotpAuthenticationFilter(SecondFactorService secondFactors, SignInRecorder recorder, UserRepository users,
                             Clock clock) {
        super(PathPatternRequestMatcher.pathPattern(org.springframework.http.HttpMethod.POST, PATH));
        this.secondFactors = secondFactors;
        this.recorder = recorder;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response)
            throws AuthenticationException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (!(current instanceof NigehbaanAuthentication n) || n.channel() != NigehbaanAuthentication.Channel.FORM
                || !n.has(FactorGrantedAuthority.PASSWORD_AUTHORITY)) {
            throw new InsufficientAuthenticationException("sign in with your password first");
        }
        String username = n.getPrincipal().getUsername();
        UserRow user = users.findByUsername(username).orElseThrow(PasswordAuthenticationProvider::bad);
        if (user.lockedAt(clock.instant()) || !user.enabled()) {
            recorder.whileLocked(user, "FORM");
            throw PasswordAuthenticationProvider.bad();
        }
        String code = request.getParameter("code");
        String recovery = request.getParameter("recoveryCode");
        String factor;
        boolean ok;
        if (recovery != null && !recovery.isBlank()) {
            factor = NigehbaanAuthentication.RECOVERY_CODE_AUTHORITY;
            ok = secondFactors.useRecoveryCode(username, recovery);
        } else {
            factor = NigehbaanAuthentication.TOTP_AUTHORITY;
            ok = secondFactors.verifyTotp(username, code);
        }
        String name = factor.substring("FACTOR_".length());
        if (!ok) {
            recorder.failure(user, name, "FORM");
            throw PasswordAuthenticationProvider.bad();
        }
        recorder.success(user, name, "FORM");
        return n.withFactor(FactorGrantedAuthority.withAuthority(factor).issuedAt(clock.instant()).build());
    }
}
