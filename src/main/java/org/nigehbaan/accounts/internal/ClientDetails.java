package org.nigehbaan.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Where an attempt came from, and whether it came as HTTP Basic (each request) rather than the sign-in form. */
public class ClientDetails extends WebAuthenticationDetails {

    @Serial
    private static final long serialVersionUID = 1L;
    private final NigehbaanAuthentication.Channel channel;
    private final String userAgent;

    ClientDetails(HttpServletRequest request, NigehbaanAuthentication.Channel channel) {
        super(request);
        this.channel = channel;
        String agent = request.getHeader("User-Agent");
        this.userAgent = agent == null ? null : agent.substring(0, Math.min(agent.length(), 200));
    }

    public NigehbaanAuthentication.Channel channel() {
        return channel;
    }

    public String userAgent() {
        return userAgent;
    }

    static String addressOf(Object details) {
        return details instanceof WebAuthenticationDetails w && w.getRemoteAddress() != null ? w.getRemoteAddress() : "unknown";
    }

    static NigehbaanAuthentication.Channel channelOf(Object details) {
        return details instanceof ClientDetails c ? c.channel : NigehbaanAuthentication.Channel.FORM;
    }
}
