package org.nigehbaan.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.nigehbaan.accounts.internal.NigehbaanAuthentication;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.FactorAuthorizationDecision;
import org.springframework.security.authorization.RequiredFactor;
import org.springframework.security.authorization.RequiredFactorError;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Re-authentication before a consequential act (ASVS 5.0 6.1.x / 7.5.x; CJIS IA-2): an approval, a policy
 * switch, a role grant, an export. A module wraps the rule of such an endpoint in its {@code EndpointAccess}:
 * <pre>
 * rules.requestMatchers(POST, "/control-list/entries/&#42;/approve")
 *      .access(Reauthentication.recentSecondFactor(hasRole("LIST_APPROVER")));
 * </pre>
 * A web session then needs a second factor (TOTP, passkey or recovery code) proven within {@link #WITHIN};
 * otherwise the officer is sent to prove it again, and comes back to the page. Requests authenticated on their
 * own (a token, or HTTP Basic where the mode allows it) carry no session to re-prove and are judged by the rule
 * alone. Factors are Spring Security's {@link FactorGrantedAuthority}; the decision, when stale, is its
 * {@link FactorAuthorizationDecision} naming the expired factor.
 */
public final class Reauthentication {

    /** How recent the second factor must be. */
    public static final Duration WITHIN = Duration.ofMinutes(10);

    private Reauthentication() {
    }

    public static AuthorizationManager<RequestAuthorizationContext> recentSecondFactor(
            AuthorizationManager<RequestAuthorizationContext> rule) {
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                                 RequestAuthorizationContext context) {
                AuthorizationResult result = rule.authorize(authentication, context);
                if (result == null || !result.isGranted()) {
                    return result;
                }
                Authentication a = authentication.get();
                if (!(a instanceof NigehbaanAuthentication n) || n.channel() != NigehbaanAuthentication.Channel.FORM) {
                    return result;
                }
                Instant now = clockOf(context).instant();
                return isRecent(n, now) ? result : stale();
            }

            @Override
            public String toString() {
                return "recentSecondFactor(" + rule + ")";
            }
        };
    }

    /** Whether a second factor of this authentication was proven within {@link #WITHIN} of {@code now}. */
    public static boolean isRecent(Authentication a, Instant now) {
        for (GrantedAuthority g : a.getAuthorities()) {
            if (g instanceof FactorGrantedAuthority f && NigehbaanAuthentication.SECOND_FACTORS.contains(f.getAuthority())
                    && now.isBefore(f.getIssuedAt().plus(WITHIN))) {
                return true;
            }
        }
        return false;
    }

    private static FactorAuthorizationDecision stale() {
        return new FactorAuthorizationDecision(List.of(RequiredFactorError.createExpired(
                RequiredFactor.withAuthority(NigehbaanAuthentication.TOTP_AUTHORITY).validDuration(WITHIN).build())));
    }

    private static Clock clockOf(RequestAuthorizationContext context) {
        var app = WebApplicationContextUtils.getWebApplicationContext(context.getRequest().getServletContext());
        return app == null ? Clock.systemUTC() : app.getBean(Clock.class);
    }
}
