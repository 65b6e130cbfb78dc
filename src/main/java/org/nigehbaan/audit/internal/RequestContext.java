package org.nigehbaan.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.nigehbaan.audit.AuditRecord;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Fills a record's client address and user agent from the HTTP request being served on this thread, and its
 * outcome with SUCCESS when the caller named none. The client address is the servlet's remote address: behind
 * a trusted proxy, the server's forwarded-header handling has already replaced it with the client's own.
 */
public final class RequestContext {

    static final int MAX_USER_AGENT = 200;

    private RequestContext() {
    }

    public static AuditRecord complete(AuditRecord r) {
        String address = r.clientAddress();
        String agent = r.userAgent();
        if (address == null && agent == null) {
            HttpServletRequest request = currentRequest();
            if (request != null) {
                address = request.getRemoteAddr();
                agent = request.getHeader("User-Agent");
            }
        }
        if (agent != null && agent.length() > MAX_USER_AGENT) {
            agent = agent.substring(0, MAX_USER_AGENT);
        }
        String outcome = r.outcome() == null ? AuditRecord.SUCCESS : r.outcome();
        if (address == r.clientAddress() && agent == r.userAgent() && outcome == r.outcome()) {
            return r;
        }
        return new AuditRecord(r.actor(), r.action(), r.targetType(), r.targetId(), r.details(), address, agent,
                outcome);
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
