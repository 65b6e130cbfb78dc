package org.nigehbaan.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Stylesheets, scripts, fonts and the health probe go through a chain of their own: the firewall and the security
 * headers, but no session, no CSRF token, no authentication and no rule evaluation. Everything else still goes
 * through the module rules and their deny-by-default (RoleMatrixIntegrationTests).
 */
@IntegrationTest
class PublicResourcesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    FilterChainProxy chains;
    @Autowired
    TestUsers users;

    @Test
    void aStylesheetIsServedWithTheSecurityHeadersAndNoSession() throws Exception {
        MockHttpServletResponse css = mvc.perform(get("/css/nigehbaan.css")).andReturn().getResponse();
        assertThat(css.getStatus()).isEqualTo(200);
        assertThat(css.getContentType()).startsWith("text/css");
        assertThat(css.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(css.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(css.getHeader("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(css.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void theHealthProbeAndScriptsAreOpenAndAMissingResourceIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/js/app.js")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/css/no-such-file.css")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void publicResourcesRunNoSessionOrAuthorizationFilter() {
        SecurityFilterChain chain = chainFor("/css/nigehbaan.css");
        assertThat(chain.getFilters()).anyMatch(HeaderWriterFilter.class::isInstance)
                .noneMatch(SecurityContextHolderFilter.class::isInstance)
                .noneMatch(AuthorizationFilter.class::isInstance);
        assertThat(chainFor("/actuator/health")).isSameAs(chain);
        assertThat(chainFor("/actuator/health/readiness")).isSameAs(chain);
    }

    @Test
    void pathsThatOnlyLookLikePublicResourcesKeepTheRules() throws Exception {
        SecurityFilterChain open = chainFor("/css/nigehbaan.css");
        for (String path : new String[] {"/actuator/healthz", "/actuator/metrics", "/cssx/a.css", "/api/v1/css/x",
                "/favicon.ico.bak"}) {
            assertThat(chainFor(path)).as(path).isNotSameAs(open);
            assertThat(chainFor(path).getFilters()).as(path).anyMatch(AuthorizationFilter.class::isInstance);
        }
        assertThat(mvc.perform(get("/actuator/metrics")).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(get("/actuator/metrics").with(httpBasic(users.user(Role.BORDER_OFFICER).username(),
                TestUsers.PASSWORD))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private SecurityFilterChain chainFor(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        return chains.getFilterChains().stream().filter(c -> c.matches(request)).findFirst().orElseThrow();
    }
}
