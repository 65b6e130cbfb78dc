package org.nigehbaan.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditRecord;
import org.nigehbaan.common.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Audits every request for a protected record that answers 404 ({@code RECORD_NOT_FOUND}: who asked, for
 * what, from where), for the API and the pages alike; a registrant outside an officer's districts answers 404
 * too, so probing is on record. Written in a transaction of its own: the request's own transaction has already
 * rolled back. 401 and 403 are audited where security refuses them ({@code ACCESS_DENIED}).
 */
@Component
class RefusalAudit {

    static final String RECORD_NOT_FOUND = "RECORD_NOT_FOUND";
    private static final Logger log = LoggerFactory.getLogger(RefusalAudit.class);

    private final AuditLog audit;

    RefusalAudit(AuditLog audit) {
        this.audit = audit;
    }

    void refused(DomainException e, HttpServletRequest request) {
        if (e.kind() != DomainException.Kind.NOT_FOUND || request == null) {
            return;
        }
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String actor = who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()
                ? "anonymous" : who.getName();
        try {
            audit.append(AuditRecord.of(actor, RECORD_NOT_FOUND, "Request", request.getMethod() + " "
                            + request.getRequestURI()).with("detail", e.getMessage()).withOutcome(AuditRecord.FAILURE));
        } catch (RuntimeException failure) {
            log.warn("audit: a 404 on {} could not be recorded ({})", request.getRequestURI(),
                    failure.getClass().getSimpleName());
        }
    }
}
