package org.nigehbaan.accounts;

import java.util.Locale;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Development or production, as Keycloak's {@code start-dev} and {@code start}. The embedded database is
 * development mode (every page says so); an external database, or {@code nigehbaan.mode=production}, is production
 * mode: HTTP Basic is refused for people's accounts, cookies are Secure, HSTS is sent, and forwarded headers are
 * honoured only from the proxies named in {@code nigehbaan.trusted-proxies}. {@code nigehbaan.mode} always wins.
 */
@Component("nigehbaanMode")
public class DeploymentMode {

    public static final String PROPERTY = "nigehbaan.mode";
    private final boolean development;

    public DeploymentMode(Environment env) {
        this.development = isDevelopment(env);
    }

    public boolean development() {
        return development;
    }

    public boolean production() {
        return !development;
    }

    /** The rule, for the settings applied before the application context exists. */
    public static boolean isDevelopment(Environment env) {
        String mode = env.getProperty(PROPERTY);
        if (mode != null && !mode.isBlank()) {
            String m = mode.strip().toLowerCase(Locale.ROOT);
            if (!m.equals("development") && !m.equals("production")) {
                throw new IllegalStateException(PROPERTY + " must be development or production, not '" + mode + "'");
            }
            return m.equals("development");
        }
        String url = env.getProperty("spring.datasource.url");
        return url == null || url.isBlank();
    }
}
