package org.nigehbaan.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;

import jakarta.servlet.http.HttpSession;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.FactorAuthorizationDecision;
import org.springframework.security.authorization.RequiredFactor;
import org.springframework.security.authorization.RequiredFactorError;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthentication;

/**
 * The web sign-in as steps: the password (the form), then a second factor (TOTP, a passkey or a recovery code),
 * forced enrolment when there is none yet. {@link #secondFactorRequired} is the rule every non-public page adds to
 * what its module declares: a session holding only the password reaches nothing but the sign-in steps.
 */
final class SignInFlow {

    static final String CONTINUE = "nigehbaan.continue";
    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("anonymous", "anonymous",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private SignInFlow() {
    }

    /** Wraps the web chain's rules: granted requests of a web session also need the password and a second factor. */
    static AuthorizationManager<HttpServletRequest> secondFactorRequired(AuthorizationManager<HttpServletRequest> rules) {
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, HttpServletRequest request) {
                AuthorizationResult result = rules.authorize(authentication, request);
                if (result == null || !result.isGranted()) {
                    return result;
                }
                Authentication a = authentication.get();
                if (a == null || a instanceof AnonymousAuthenticationToken || !a.isAuthenticated()) {
                    return result;
                }
                if (a instanceof NigehbaanAuthentication n && n.channel() != NigehbaanAuthentication.Channel.FORM) {
                    return result; // Basic or a token: the mode decided whether they may come at all
                }
                if (isSignInStep(request)) {
                    return result;
                }
                AuthorizationResult anonymous = rules.authorize(() -> ANONYMOUS, request);
                if (anonymous != null && anonymous.isGranted()) {
                    return result; // a public path
                }
                List<RequiredFactorError> missing = new ArrayList<>();
                if (!has(a, FactorGrantedAuthority.PASSWORD_AUTHORITY)) {
                    missing.add(RequiredFactorError.createMissing(
                            RequiredFactor.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY).build()));
                }
                if (NigehbaanAuthentication.SECOND_FACTORS.stream().noneMatch(f -> has(a, f))) {
                    missing.add(RequiredFactorError.createMissing(
                            RequiredFactor.withAuthority(NigehbaanAuthentication.TOTP_AUTHORITY).build()));
                }
                return missing.isEmpty() ? result : new FactorAuthorizationDecision(missing);
            }
        };
    }

    static boolean isSignInStep(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/login") || path.startsWith("/login/") || path.equals("/logout");
    }

    private static boolean has(Authentication a, String authority) {
        for (GrantedAuthority g : a.getAuthorities()) {
            if (g.getAuthority().equals(authority)) {
                return true;
            }
        }
        return false;
    }

    /** After the password: the session starts its 12 hours, and the second-factor step follows. */
    static AuthenticationSuccessHandler passwordAccepted(Clock clock) {
        return (request, response, authentication) -> {
            request.getSession().setAttribute(SessionGuard.SIGNED_IN_AT, clock.instant());
            response.sendRedirect(request.getContextPath() + "/login/second-factor");
        };
    }

    static AuthenticationFailureHandler passwordRefused() {
        return (request, response, ex) -> response.sendRedirect(request.getContextPath()
                + (ex instanceof SignInRefused.Throttled ? "/login?throttled" : "/login?error"));
    }

    /** After the second factor: back where the user was going (a local path only), or home. */
    static AuthenticationSuccessHandler secondFactorAccepted() {
        return (request, response, authentication) -> {
            HttpSession session = request.getSession();
            Object target = session.getAttribute(CONTINUE);
            session.removeAttribute(CONTINUE);
            response.sendRedirect(request.getContextPath() + (target instanceof String s ? s : "/"));
        };
    }

    static AuthenticationFailureHandler secondFactorRefused() {
        return (request, response, ex) -> response.sendRedirect(request.getContextPath() + "/login/second-factor?error");
    }

    /**
     * After a passkey: Spring Security's WebAuthn step has merged its factor with the session's password
     * authentication; the session keeps a {@link NigehbaanAuthentication} with every factor proven.
     */
    static AuthenticationSuccessHandler passkeyAccepted(UserRepository users, SignInRecorder recorder, Clock clock) {
        return (request, response, authentication) -> {
            String username = authentication instanceof WebAuthnAuthentication w ? w.getName() : authentication.getName();
            UserRow user = users.findByUsername(username).orElse(null);
            if (user == null || !user.enabled() || user.lockedAt(clock.instant()) || user.isService()) {
                SecurityContextHolder.clearContext();
                request.getSession().invalidate();
                response.setStatus(401);
                response.setContentType("application/json");
                response.getWriter().write("{\"authenticated\":false}");
                return;
            }
            List<GrantedAuthority> authorities = new ArrayList<>(NigehbaanPrincipal.of(user).getAuthorities());
            authentication.getAuthorities().stream().filter(g -> g.getAuthority().startsWith("FACTOR_"))
                    .forEach(authorities::add);
            NigehbaanAuthentication merged = new NigehbaanAuthentication(NigehbaanPrincipal.of(user),
                    NigehbaanAuthentication.Channel.FORM, authorities);
            merged.setDetails(authentication.getDetails());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(merged);
            SecurityContextHolder.setContext(context);
            HttpSession session = request.getSession();
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            if (session.getAttribute(SessionGuard.SIGNED_IN_AT) == null) {
                session.setAttribute(SessionGuard.SIGNED_IN_AT, clock.instant());
            }
            recorder.success(user, "WEBAUTHN", "FORM");
            Object target = session.getAttribute(CONTINUE);
            session.removeAttribute(CONTINUE);
            response.setContentType("application/json");
            response.getWriter().write("{\"authenticated\":true,\"redirectUrl\":\""
                    + request.getContextPath() + (target instanceof String s ? s : "/") + "\"}");
        };
    }

    /** A path on this service to come back to, never another site's. */
    static String safeLocalPath(String candidate, HttpServletRequest request) {
        if (candidate == null || candidate.isBlank()) {
            return "/";
        }
        try {
            URI uri = URI.create(candidate);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return "/";
            }
            String local = path.substring(Math.min(path.length(), request.getContextPath().length()));
            return local.isEmpty() || local.startsWith("/login") ? "/" : local;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

}
