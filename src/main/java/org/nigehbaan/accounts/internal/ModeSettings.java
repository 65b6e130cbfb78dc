package org.nigehbaan.accounts.internal;

import java.util.HashMap;
import java.util.Map;
import org.nigehbaan.accounts.DeploymentMode;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The server settings each mode implies, applied before the server starts, as defaults an operator may still
 * override. Production: session cookies Secure; forwarded headers ({@code X-Forwarded-For}, {@code -Proto}) honoured
 * only from the proxies matching {@code nigehbaan.trusted-proxies} (a regular expression of addresses, Tomcat's
 * {@code internal-proxies}), and from none when it is unset. Development: forwarded headers never honoured.
 */
public class ModeSettings implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        String proxies = env.getProperty("nigehbaan.trusted-proxies", "");
        if (DeploymentMode.isDevelopment(env)) {
            defaults.put("server.forward-headers-strategy", "none");
        } else {
            defaults.put("server.servlet.session.cookie.secure", "true");
            if (proxies.isBlank()) {
                defaults.put("server.forward-headers-strategy", "none");
            } else {
                defaults.put("server.forward-headers-strategy", "native");
                defaults.put("server.tomcat.remoteip.internal-proxies", proxies);
                defaults.put("server.tomcat.remoteip.trusted-proxies", "");
                defaults.put("server.tomcat.remoteip.remote-ip-header", "X-Forwarded-For");
                defaults.put("server.tomcat.remoteip.protocol-header", "X-Forwarded-Proto");
            }
        }
        env.getPropertySources().addLast(new MapPropertySource("nigehbaanModeDefaults", defaults));
    }
}
