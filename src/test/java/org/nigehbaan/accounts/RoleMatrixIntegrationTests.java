package org.nigehbaan.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Walks every endpoint in {@code security/role-matrix.txt} with a user of every role and anonymously, and
 * asserts the allowed/denied answer: 401 without credentials, 403 for a role not listed, anything but
 * 401/403 for a listed role. Also fails when the application has an endpoint the matrix does not list, so a
 * new endpoint cannot go live without a decision on who may call it.
 */
@IntegrationTest
class RoleMatrixIntegrationTests {

    record Line(HttpMethod method, String path, Set<Role> roles, boolean any, boolean isPublic, int lineNo) {
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeEach
    void everyRoleHasAUser() {
        for (Role r : Role.values()) {
            users.user(r);
        }
    }

    @Test
    void everyEndpointAnswersEachRoleAsTheMatrixSays() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Line line : matrix()) {
            int anonymous = call(line, null);
            if (line.isPublic()) {
                if (anonymous == 401 || anonymous == 403) {
                    failures.add(line.lineNo() + ": " + line.method() + " " + line.path() + " anonymous got " + anonymous);
                }
                continue;
            }
            if (anonymous != 401 && anonymous != 302) {
                failures.add(line.lineNo() + ": " + line.method() + " " + line.path()
                        + " anonymous: expected 401, got " + anonymous);
            }
            for (Role role : Role.values()) {
                int status = call(line, role);
                boolean allowed = line.any() || line.roles().contains(role);
                if (allowed && (status == 401 || status == 403)) {
                    failures.add(line.lineNo() + ": " + line.method() + " " + line.path() + " " + role
                            + " should be allowed, got " + status);
                } else if (!allowed && status != 403) {
                    failures.add(line.lineNo() + ": " + line.method() + " " + line.path() + " " + role
                            + " should be denied (403), got " + status);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyEndpointOfTheApplicationIsInTheMatrix() throws IOException {
        List<Line> lines = matrix();
        List<String> uncovered = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            String type = e.getValue().getBeanType().getName();
            if (!type.startsWith("org.nigehbaan.")) {
                continue; // Spring's own error and documentation controllers
            }
            Set<PathPattern> patterns = e.getKey().getPathPatternsCondition() == null ? Set.of()
                    : e.getKey().getPathPatternsCondition().getPatterns();
            Set<org.springframework.web.bind.annotation.RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (PathPattern pattern : patterns) {
                for (var m : methods.isEmpty() ? EnumSet.of(org.springframework.web.bind.annotation.RequestMethod.GET) : methods) {
                    boolean covered = lines.stream().anyMatch(l -> l.method().name().equals(m.name())
                            && pattern.matches(org.springframework.http.server.PathContainer.parsePath(l.path())));
                    if (!covered) {
                        uncovered.add(m + " " + pattern.getPatternString() + " (" + e.getValue().getShortLogMessage() + ")");
                    }
                }
            }
        }
        assertThat(uncovered).as("endpoints missing from security/role-matrix.txt").isEmpty();
    }

    private int call(Line line, Role role) throws Exception {
        MockHttpServletRequestBuilder req = request(line.method(), line.path())
                .accept(MediaType.APPLICATION_JSON);
        if (line.method() != HttpMethod.GET) {
            req.contentType(MediaType.APPLICATION_JSON).content("{}").with(csrf());
        }
        if (role != null) {
            req.with(httpBasic(role.name().toLowerCase(), TestUsers.PASSWORD));
        }
        return mvc.perform(req).andReturn().getResponse().getStatus();
    }

    static List<Line> matrix() throws IOException {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                RoleMatrixIntegrationTests.class.getResourceAsStream("/security/role-matrix.txt"), StandardCharsets.UTF_8))) {
            String s;
            int n = 0;
            while ((s = r.readLine()) != null) {
                n++;
                s = s.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] parts = s.split("\\s+");
                Set<Role> roles = EnumSet.noneOf(Role.class);
                boolean any = false;
                boolean pub = false;
                for (int i = 2; i < parts.length; i++) {
                    switch (parts[i]) {
                        case "ANY" -> any = true;
                        case "PUBLIC" -> pub = true;
                        default -> roles.add(Role.valueOf(parts[i]));
                    }
                }
                lines.add(new Line(HttpMethod.valueOf(parts[0]), parts[1], roles, any, pub, n));
            }
        }
        return lines;
    }
}
