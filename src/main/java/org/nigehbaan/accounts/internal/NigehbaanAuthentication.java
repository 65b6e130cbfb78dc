package org.nigehbaan.accounts.internal;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * A Nigehbaan user's authentication: the principal, its authorities (roles and Spring Security's
 * {@link FactorGrantedAuthority} for each factor proven, with the time it was proven), and how it came.
 */
public final class NigehbaanAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A second factor proven with an authenticator app's code. */
    public static final String TOTP_AUTHORITY = "FACTOR_TOTP";
    /** A second factor proven with a single-use recovery code. */
    public static final String RECOVERY_CODE_AUTHORITY = "FACTOR_RECOVERY_CODE";
    /** Every authority that proves a second factor after the password. */
    public static final List<String> SECOND_FACTORS = List.of(TOTP_AUTHORITY, FactorGrantedAuthority.WEBAUTHN_AUTHORITY,
            RECOVERY_CODE_AUTHORITY);

    /** How the request was authenticated. */
    public enum Channel {
        /** The web sign-in form: a session, which needs a second factor. */
        FORM,
        /** HTTP Basic on each request (development mode, or a service account). */
        BASIC,
        /** A token on each request. */
        BEARER
    }

    private final NigehbaanPrincipal principal;
    private final Channel channel;

    public NigehbaanAuthentication(NigehbaanPrincipal principal, Channel channel, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.principal = principal;
        this.channel = channel;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public NigehbaanPrincipal getPrincipal() {
        return principal;
    }

    public Channel channel() {
        return channel;
    }

    /** This authentication with one more factor (replacing an older proof of the same factor). */
    public NigehbaanAuthentication withFactor(FactorGrantedAuthority factor) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (GrantedAuthority a : getAuthorities()) {
            if (!a.getAuthority().equals(factor.getAuthority())) {
                authorities.add(a);
            }
        }
        authorities.add(factor);
        NigehbaanAuthentication result = new NigehbaanAuthentication(principal, channel, authorities);
        result.setDetails(getDetails());
        return result;
    }

    public boolean has(String authority) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
    }

    public boolean hasSecondFactor() {
        return SECOND_FACTORS.stream().anyMatch(this::has);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NigehbaanAuthentication other && super.equals(o) && channel == other.channel;
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + channel.hashCode();
    }
}
