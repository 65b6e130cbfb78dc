package org.nigehbaan.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** What the sign-in pages need to know of, and do to, the session's authentication. */
@Component
public class SignInSession {

    private final Clock clock;

    SignInSession(Clock clock) {
        this.clock = clock;
    }

    /** The username of a web session that has proven its password, if this is one. */
    public Optional<String> passwordProven() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a instanceof NigehbaanAuthentication n && n.channel() == NigehbaanAuthentication.Channel.FORM
                && n.has(FactorGrantedAuthority.PASSWORD_AUTHORITY)) {
            return Optional.of(n.getName());
        }
        return Optional.empty();
    }

    public boolean secondFactorProven() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof NigehbaanAuthentication n
                && n.hasSecondFactor();
    }

    /** Records that the session just proved its TOTP (at enrolment, the first code proves it). */
    public void totpProven(HttpServletRequest request) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof NigehbaanAuthentication n) {
            NigehbaanAuthentication updated = n.withFactor(FactorGrantedAuthority
                    .withAuthority(NigehbaanAuthentication.TOTP_AUTHORITY).issuedAt(clock.instant()).build());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(updated);
            SecurityContextHolder.setContext(context);
            request.changeSessionId();
            request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }

    /** Where to go after the sign-in steps. */
    public String continueTo(HttpServletRequest request) {
        Object target = request.getSession().getAttribute(SignInFlow.CONTINUE);
        request.getSession().removeAttribute(SignInFlow.CONTINUE);
        return target instanceof String s ? s : "/";
    }
}
