package org.nigehbaan.accounts.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.nigehbaan.common.EndpointAccess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Two filter chains: {@code /api/**} for machine clients (HTTP Basic, stateless, no CSRF since no cookies
 * are used) and everything else for people (form login, session, CSRF on). Both apply the rules every
 * module declares through {@link EndpointAccess} and deny whatever no module declared.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }

    @Bean
    AuthenticationManager authenticationManager(NigehbaanUserDetailsService users, PasswordEncoder encoder,
                                                Clock clock,
                                                @Value("${nigehbaan.auth.cache-ttl:PT5M}") Duration ttl,
                                                @Value("${nigehbaan.auth.stale-if-error:PT12H}") Duration staleIfError) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new ProviderManager(new CachingAuthenticationProvider(dao, ttl, staleIfError, clock));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, List<EndpointAccess> access, AuthenticationManager manager)
            throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(rules -> applyRules(rules, access))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, List<EndpointAccess> access, AuthenticationManager manager)
            throws Exception {
        http.authenticationManager(manager)
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/assets/**",
                            "/favicon.ico", "/actuator/health", "/actuator/health/**").permitAll();
                    applyRules(rules, access);
                })
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // Machine clients may also call actuator and OpenAPI paths with Basic credentials.
                .httpBasic(basic -> { })
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }

    private static void applyRules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules,
            List<EndpointAccess> access) {
        access.forEach(a -> a.configure(rules));
        rules.anyRequest().denyAll();
    }

    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Nigehbaan\"");
            problem(response, 401, "Unauthorized", "Sign in with a Nigehbaan user (HTTP Basic)");
        };
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, ex) -> problem(response, 403, "Forbidden",
                "Your role does not allow this request");
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
