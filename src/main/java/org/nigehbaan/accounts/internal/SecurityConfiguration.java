package org.nigehbaan.accounts.internal;

import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.nigehbaan.accounts.DeploymentMode;
import org.nigehbaan.accounts.SecondFactorService;
import org.nigehbaan.common.EndpointAccess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.web.filter.ServletRequestPathFilter;

/**
 * Three filter chains. The first serves what anyone may fetch without a session (stylesheets, scripts, fonts,
 * images, the health probe): the firewall and the security headers, nothing else, so a stylesheet costs no session
 * look-up, no CSRF token and no rule evaluation. The other two apply the rules every module declares through
 * {@link EndpointAccess} and deny whatever no module declared:
 * <ul>
 *   <li>{@code /api/**} for machine clients: {@code Authorization: Bearer} tokens, and HTTP Basic (people's accounts
 *       only in development mode); stateless, so no CSRF;</li>
 *   <li>everything else for people: the sign-in form, then a second factor (TOTP, a passkey, or a recovery code)
 *       before any page; sessions with CSRF, 30 minutes idle and 12 hours at most; in production mode Secure cookies
 *       and HSTS.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * No observation of the filter chain, authentication or authorization: nothing reads them, and with them every
     * filter of every request is wrapped in an observation (the property {@code management.observations.enable.
     * spring.security=false} only makes those observations no-ops, the wrapping stays).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new PrehashingPasswordEncoder(10);
    }

    @Bean
    AuthenticationManager authenticationManager(UserRepository users, TokenRepository tokens, PasswordEncoder encoder,
                                                SignInRecorder recorder, LoginThrottle throttle, DeploymentMode mode,
                                                AccountChanges changes, Clock clock,
                                                @Value("${nigehbaan.auth.cache-ttl:PT5M}") Duration ttl,
                                                @Value("${nigehbaan.auth.stale-if-error:PT12H}") Duration staleIfError) {
        return new ProviderManager(
                new PasswordAuthenticationProvider(users, encoder, recorder, throttle, mode, changes, clock, ttl, staleIfError),
                new TokenAuthenticationProvider(users, tokens, recorder, throttle, changes, clock, ttl, staleIfError));
    }

    @Bean
    SessionGuard sessionGuard(UserRepository users, SignInRecorder recorder, AccountChanges changes, Clock clock) {
        return new SessionGuard(users, recorder, changes, clock);
    }

    /** Paths anyone may fetch without a session; nothing under them reads or changes anything. */
    static final PathPrefixes PUBLIC_RESOURCES = PathPrefixes.of("/css/", "/js/", "/webjars/", "/fonts/", "/assets/",
            "/favicon.ico", "/actuator/health", "/actuator/health/");

    @Bean
    @Order(0)
    SecurityFilterChain publicResourcesChain(HttpSecurity http, DeploymentMode mode) throws Exception {
        http.securityMatcher(PUBLIC_RESOURCES)
                .csrf(c -> c.disable())
                .securityContext(c -> c.disable())
                .sessionManagement(c -> c.disable())
                .requestCache(c -> c.disable())
                .anonymous(c -> c.disable())
                .servletApi(c -> c.disable())
                .logout(c -> c.disable())
                .exceptionHandling(c -> c.disable())
                .headers(h -> headers(h, mode));
        return http.build();
    }

    /**
     * No request observation (http.server.requests) for stylesheets, scripts and the health probe: nobody reads
     * their timings, and the load balancer's probe alone would be most of them. API and page requests keep theirs.
     */
    @Bean
    ObservationPredicate noObservationOfPublicResources() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request
                && PUBLIC_RESOURCES.matches(request.getCarrier()));
    }

    /**
     * Spring's path matchers parse the request path unless it is already parsed, and forget it again, so every rule
     * would parse it anew: parsed once here, before the security filters, it serves them all (and is dropped when the
     * request is done).
     */
    @Bean
    FilterRegistrationBean<ServletRequestPathFilter> parsedRequestPath() {
        FilterRegistrationBean<ServletRequestPathFilter> r = new FilterRegistrationBean<>(new ServletRequestPathFilter());
        r.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        r.setName("parsedRequestPath");
        return r;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, List<EndpointAccess> access, AuthenticationManager manager,
                                 SecurityEvents events) throws Exception {
        http.securityMatcher(PathPrefixes.of("/api/"))
                .authenticationManager(manager)
                .authorizeHttpRequests(rules -> applyRules(rules, access))
                .httpBasic(basic -> basic.authenticationEntryPoint(events.apiEntryPoint())
                        .authenticationDetailsSource(r -> new ClientDetails(r, NigehbaanAuthentication.Channel.BASIC)))
                .addFilterBefore(new BearerTokenFilter(manager, events.apiEntryPoint()), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(events.apiEntryPoint())
                        .accessDeniedHandler(events.accessDenied(true)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, List<EndpointAccess> access, AuthenticationManager manager,
                                 SecurityEvents events, SessionGuard guard, SecondFactorService secondFactors,
                                 SignInRecorder recorder, UserRepository users, DeploymentMode mode, Clock clock,
                                 WebAuthnSettings webauthn) throws Exception {
        TotpAuthenticationFilter totp = new TotpAuthenticationFilter(secondFactors, recorder, users, clock);
        totp.setAuthenticationManager(manager);
        totp.setAuthenticationSuccessHandler(SignInFlow.secondFactorAccepted());
        totp.setAuthenticationFailureHandler(SignInFlow.secondFactorRefused());
        totp.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
        totp.setSecurityContextRepository(new HttpSessionSecurityContextRepository());
        http.authenticationManager(manager)
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers("/login", "/login/**", "/error").permitAll();
                    applyRules(rules, access);
                    rules.withObjectPostProcessor(new ObjectPostProcessor<AuthorizationManager<HttpServletRequest>>() {
                        @Override
                        @SuppressWarnings("unchecked")
                        public <O extends AuthorizationManager<HttpServletRequest>> O postProcess(O rulesManager) {
                            return (O) SignInFlow.secondFactorRequired(rulesManager);
                        }
                    });
                })
                .formLogin(form -> form.loginPage("/login")
                        .authenticationDetailsSource(r -> new ClientDetails(r, NigehbaanAuthentication.Channel.FORM))
                        .successHandler(SignInFlow.passwordAccepted(clock))
                        .failureHandler(SignInFlow.passwordRefused()).permitAll())
                .addFilterAfter(totp, org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(guard, org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .webAuthn(w -> w.rpName("Nigehbaan").rpId(webauthn.rpId()).allowedOrigins(webauthn.origins())
                        .disableDefaultRegistrationPage(true)
                        .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                            @Override
                            public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                                // Merge the passkey with the password proven earlier in this session (Spring
                                // Security's multi-factor support), then keep a Nigehbaan authentication.
                                filter.setMfaEnabled(true);
                                filter.setAuthenticationSuccessHandler(SignInFlow.passkeyAccepted(users, recorder, clock));
                                return filter;
                            }
                        }))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, authentication) -> events.signedOut(authentication)))
                // Machine clients may call actuator and OpenAPI paths with Basic credentials too.
                .httpBasic(basic -> basic.authenticationEntryPoint(events.apiEntryPoint())
                        .authenticationDetailsSource(r -> new ClientDetails(r, NigehbaanAuthentication.Channel.BASIC)))
                .exceptionHandling(e -> e.accessDeniedHandler(events.accessDenied(false)))
                .headers(h -> headers(h, mode));
        return http.build();
    }

    /** The headers of every page and public resource: Spring Security's defaults, a strict CSP, HSTS in production. */
    private static void headers(HeadersConfigurer<HttpSecurity> h, DeploymentMode mode) {
        h.contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                        + "frame-ancestors 'none'; form-action 'self'"));
        if (mode.production()) {
            h.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
        } else {
            h.httpStrictTransportSecurity(hsts -> hsts.disable());
        }
    }

    private static void applyRules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules,
            List<EndpointAccess> access) {
        access.forEach(a -> a.configure(rules));
        rules.anyRequest().denyAll();
    }

    /** Passkeys: the relying party's id and the origins allowed to use it. */
    record WebAuthnSettings(String rpId, Set<String> origins) {
    }

    @Bean
    WebAuthnSettings webAuthnSettings(@Value("${nigehbaan.webauthn.rp-id:localhost}") String rpId,
                                      @Value("${nigehbaan.webauthn.allowed-origins:}") List<String> origins) {
        // A live set: in development mode, the origin of the port the server actually took is added at start.
        Set<String> allowed = ConcurrentHashMap.newKeySet();
        origins.stream().filter(o -> !o.isBlank()).forEach(allowed::add);
        return new WebAuthnSettings(rpId, allowed);
    }

    @Bean
    ApplicationListener<WebServerInitializedEvent> localOrigin(WebAuthnSettings settings, DeploymentMode mode) {
        return event -> {
            if (mode.development() && "localhost".equals(settings.rpId())) {
                settings.origins().add("http://localhost:" + event.getWebServer().getPort());
            }
        };
    }

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcTemplate jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    UserCredentialRepository passkeyCredentials(JdbcTemplate jdbc) {
        return new JdbcUserCredentialRepository(jdbc);
    }

    @Bean
    WebAuthnRelyingPartyOperations relyingParty(PublicKeyCredentialUserEntityRepository passkeyUsers,
                                                UserCredentialRepository passkeyCredentials, WebAuthnSettings settings) {
        return new Webauthn4JRelyingPartyOperations(passkeyUsers, passkeyCredentials,
                PublicKeyCredentialRpEntity.builder().id(settings.rpId()).name("Nigehbaan").build(), settings.origins());
    }
}
