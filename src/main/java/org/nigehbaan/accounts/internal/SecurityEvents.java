package org.nigehbaan.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.FactorAuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.stereotype.Component;

/**
 * The answers to refused requests at the security layer, each audited as {@code ACCESS_DENIED} when an identity
 * was attempted or authenticated (API.md, "Audit"): 401 (one reply for every kind of failed credential, so none
 * can be told apart), 429 for an address out of attempts, 403 for a role that does not allow the request. A
 * web session that lacks its second factor, or whose second factor is too old for the act, is sent to prove it.
 */
@Component
public class SecurityEvents {

    static final String UNAUTHORIZED_DETAIL = "Sign in with a Nigehbaan token (Authorization: Bearer), or with HTTP "
            + "Basic where it is allowed (development mode, service accounts)";

    private final SignInRecorder recorder;
    private final AccessDeniedHandlerImpl pages = new AccessDeniedHandlerImpl();

    SecurityEvents(SignInRecorder recorder) {
        this.recorder = recorder;
    }

    /** 401 (or 429) for machine clients. */
    public AuthenticationEntryPoint apiEntryPoint() {
        return (request, response, ex) -> {
            if (ex instanceof SignInRefused.Throttled t) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, t.retryAfter().toSeconds())));
                problem(response, 429, "Too many requests",
                        "Too many failed sign-ins from this address; try again later");
                return;
            }
            String attempted = attemptedIdentity(request);
            if (attempted != null) {
                audit(attempted, 401, request, ex == null ? "unauthenticated" : "credentials refused");
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Nigehbaan\"");
            problem(response, 401, "Unauthorized", UNAUTHORIZED_DETAIL);
        };
    }

    /** 403 for the API; for pages, the second-factor step or the error page. */
    public AccessDeniedHandler accessDenied(boolean api) {
        return (request, response, ex) -> {
            Authentication a = SecurityContextHolder.getContext().getAuthentication();
            if (!api && ex instanceof AuthorizationDeniedException d
                    && d.getAuthorizationResult() instanceof FactorAuthorizationDecision
                    && a instanceof NigehbaanAuthentication n && n.channel() == NigehbaanAuthentication.Channel.FORM) {
                String back = "GET".equals(request.getMethod()) ? request.getRequestURI() : request.getHeader("Referer");
                request.getSession().setAttribute(SignInFlow.CONTINUE, SignInFlow.safeLocalPath(back, request));
                response.sendRedirect(request.getContextPath() + "/login/second-factor"
                        + (n.hasSecondFactor() ? "?reauthenticate" : ""));
                return;
            }
            String who = a == null || a instanceof AnonymousAuthenticationToken ? attemptedIdentity(request) : a.getName();
            if (who != null) {
                audit(who, 403, request, "role does not allow the request");
            }
            if (api) {
                problem(response, 403, "Forbidden", "Your role does not allow this request");
            } else {
                pages.handle(request, response, ex);
            }
        };
    }

    /** Audits a sign-out. */
    public void signedOut(Authentication a) {
        if (a != null) {
            try {
                recorder.logout(a.getName());
            } catch (DataAccessException ignored) {
                // The session ends whether or not the audit can be written now.
            }
        }
    }

    private void audit(String who, int status, HttpServletRequest request, String reason) {
        try {
            recorder.accessDenied(who, status, request.getMethod(), request.getRequestURI(), reason);
        } catch (DataAccessException ignored) {
            // Refusing must not fail while the database is down.
        }
    }

    /** The identity a request tried to use: the Basic username, or a token's first characters; null for none. */
    static String attemptedIdentity(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return null;
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return "(malformed Basic credentials)";
            }
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String t = header.substring(7).strip();
            return "token:" + (t.length() > 12 ? t.substring(0, 12) : t) + "…";
        }
        return "(unknown scheme)";
    }

    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
