package org.nigehbaan.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends web sessions that must end (CJIS AC-12; ASVS 5.0 V7.3-V7.4): twelve hours after sign-in whatever the
 * activity (the 30-minute idle limit is the servlet session's), and at once when the account was disabled or its
 * password, roles or second factor changed since the sign-in, on any instance (the account's version is cached
 * here and dropped through the change feed). A user holding a temporary password is kept on the page that
 * replaces it.
 */
public class SessionGuard extends OncePerRequestFilter {

    public static final Duration ABSOLUTE_LIMIT = Duration.ofHours(12);
    static final String SIGNED_IN_AT = "nigehbaan.signedInAt";

    private record State(boolean enabled, int version) {
    }

    private final UserRepository users;
    private final SignInRecorder recorder;
    private final Clock clock;
    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

    SessionGuard(UserRepository users, SignInRecorder recorder, AccountChanges changes, Clock clock) {
        this.users = users;
        this.recorder = recorder;
        this.clock = clock;
        changes.onChange(states::remove);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (!(a instanceof NigehbaanAuthentication n) || n.channel() != NigehbaanAuthentication.Channel.FORM
                || session == null) {
            chain.doFilter(request, response);
            return;
        }
        Instant now = clock.instant();
        Object signedInAt = session.getAttribute(SIGNED_IN_AT);
        if (!(signedInAt instanceof Instant at)) {
            session.setAttribute(SIGNED_IN_AT, now);
        } else if (!now.isBefore(at.plus(ABSOLUTE_LIMIT))) {
            end(request, response, n, "session reached its 12-hour limit", "/login?expired");
            return;
        }
        Optional<State> state = state(n.getPrincipal().getUsername());
        if (state.isPresent() && (!state.get().enabled() || state.get().version() != n.getPrincipal().securityVersion())) {
            end(request, response, n, state.get().enabled() ? "account changed" : "account disabled", "/login?ended");
            return;
        }
        if (n.getPrincipal().passwordMustChange() && n.hasSecondFactor() && !mayUseWithTemporaryPassword(request)) {
            response.sendRedirect(request.getContextPath() + "/account/password");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Replaces the session's principal with the account as it now stands (after the user's own change). */
    public void refresh(HttpServletRequest request) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (!(a instanceof NigehbaanAuthentication n)) {
            return;
        }
        users.findByUsername(n.getPrincipal().getUsername()).ifPresent(row -> {
            java.util.List<org.springframework.security.core.GrantedAuthority> authorities = new java.util.ArrayList<>(
                    NigehbaanPrincipal.of(row).getAuthorities());
            n.getAuthorities().stream().filter(g -> g.getAuthority().startsWith("FACTOR_")).forEach(authorities::add);
            NigehbaanAuthentication updated = new NigehbaanAuthentication(NigehbaanPrincipal.of(row), n.channel(), authorities);
            updated.setDetails(n.getDetails());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(updated);
            SecurityContextHolder.setContext(context);
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
            states.remove(row.username().toLowerCase(Locale.ROOT));
        });
    }

    private Optional<State> state(String username) {
        String key = username.toLowerCase(Locale.ROOT);
        State s = states.get(key);
        if (s != null) {
            return Optional.of(s);
        }
        try {
            Optional<State> loaded = users.findByUsername(username).map(r -> new State(r.enabled(), r.securityVersion()));
            loaded.ifPresent(v -> states.put(key, v));
            return loaded.isPresent() ? loaded : Optional.of(new State(false, -1));
        } catch (DataAccessException databaseDown) {
            return Optional.empty();
        }
    }

    private void end(HttpServletRequest request, HttpServletResponse response, NigehbaanAuthentication n, String why,
                     String target) throws IOException {
        try {
            recorder.accessDenied(n.getName(), 401, request.getMethod(), request.getRequestURI(), why);
        } catch (DataAccessException ignored) {
            // The session ends whether or not the audit can be written now.
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        response.sendRedirect(request.getContextPath() + target);
    }

    private static boolean mayUseWithTemporaryPassword(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/account/password") || path.equals("/logout") || path.startsWith("/login")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.startsWith("/assets/") || path.equals("/error") || path.equals("/favicon.ico");
    }
}
