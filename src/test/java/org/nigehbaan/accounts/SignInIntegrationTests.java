package org.nigehbaan.accounts;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.internal.Totp;
import org.nigehbaan.audit.AuditEntry;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditQuery;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.MutableClock;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sign-in as CJIS AC-7, AC-11/12 and IA-2 and ASVS 5.0 V6/V7 ask: lockout per username, throttling per client
 * address before any hash, identical replies, the web's second factor, session limits, re-authentication before a
 * consequential act, and the audit of each.
 */
@IntegrationTest
class SignInIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MockHttpServletResponse basic(String user, String password, String address, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, password)).with(from(address))).andReturn().getResponse();
    }

    @Test
    void fiveFailuresInFifteenMinutesLockTheUsernameAndEveryRefusalLooksTheSame() throws Exception {
        String user = users.user("lock.me", Role.BORDER_OFFICER).username();
        String path = "/api/v1/screenings/status";
        MockHttpServletResponse unknown = basic("nobody.at.all", "some-password-123", "10.7.0.1", path);
        MockHttpServletResponse wrong = null;
        for (int i = 0; i < 5; i++) {
            wrong = basic(user, "not-the-password-" + i, "10.7.0.1", path);
            assertThat(wrong.getStatus()).isEqualTo(401);
        }
        MockHttpServletResponse locked = basic(user, TestUsers.PASSWORD, "10.7.0.2", path);
        assertThat(locked.getStatus()).as("the right password while locked").isEqualTo(401);
        for (MockHttpServletResponse r : List.of(unknown, wrong)) {
            assertThat(r.getStatus()).isEqualTo(locked.getStatus());
            assertThat(r.getContentAsString()).isEqualTo(locked.getContentAsString());
            assertThat(r.getHeader("WWW-Authenticate")).isEqualTo(locked.getHeader("WWW-Authenticate"));
        }
        assertThat(actions(user)).contains("AUTH_FAILURE", "AUTH_LOCKED");
        AuditEntry lock = audit.page(new AuditQuery(user, "AUTH_LOCKED", null, null, null, null), PageRequest.of(0, 1)).items().get(0);
        assertThat(lock.outcome()).isEqualTo("DENIED");

        clock.advance(Duration.ofMinutes(16));
        assertThat(basic(user, TestUsers.PASSWORD, "10.7.0.2", path).getStatus()).as("lock over after 15 minutes").isEqualTo(200);
        assertThat(actions(user)).contains("AUTH_SUCCESS");
    }

    @Test
    void anAdministratorEndsALockoutEarly() throws Exception {
        String user = users.user("unlock.me", Role.BORDER_OFFICER).username();
        for (int i = 0; i < 5; i++) {
            basic(user, "not-the-password-" + i, "10.7.1.1", "/api/v1/screenings/status");
        }
        assertThat(basic(user, TestUsers.PASSWORD, "10.7.1.2", "/api/v1/screenings/status").getStatus()).isEqualTo(401);
        assertThat(mvc.perform(post("/api/v1/users/" + user + "/unlock").with(httpBasic("admin", TestUsers.PASSWORD)))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(basic(user, TestUsers.PASSWORD, "10.7.1.2", "/api/v1/screenings/status").getStatus()).isEqualTo(200);
        assertThat(actions("admin")).contains("accounts.user.unlocked");
    }

    @Test
    void anAddressOutOfAttemptsIsRefused429BeforeAnyPasswordIsCheckedAndOthersAreNot() throws Exception {
        String user = users.user("throttle.victim", Role.BORDER_OFFICER).username();
        String guesser = "10.66.0.1";
        int refusedAt = -1;
        for (int i = 0; i < 40 && refusedAt < 0; i++) {
            if (basic("guess" + i, "guessed-password-" + i, guesser, "/api/v1/screenings/status").getStatus() == 429) {
                refusedAt = i;
            }
        }
        // 20 at once, earned back at 20 a minute on the wall clock while the guesses run.
        assertThat(refusedAt).as("throttled after the burst of 20 failures").isBetween(20, 30);
        MockHttpServletResponse right = basic(user, TestUsers.PASSWORD, guesser, "/api/v1/screenings/status");
        assertThat(right.getStatus()).as("not even the right password is checked from that address").isEqualTo(429);
        assertThat(right.getContentType()).startsWith("application/problem+json");
        assertThat(right.getHeader("Retry-After")).isNotBlank();
        assertThat(basic(user, TestUsers.PASSWORD, "10.66.0.2", "/api/v1/screenings/status").getStatus())
                .as("another address is not affected").isEqualTo(200);
        assertThat(basic(user, TestUsers.PASSWORD, "10.66.0.2", "/api/v1/screenings/status").getStatus()).isEqualTo(200);
        assertThat(audit.page(new AuditQuery(null, "AUTH_FAILURE", "ClientAddress", guesser, null, null), PageRequest.of(0, 5))
                .total()).as("the first refusal of the spell is audited, not each").isEqualTo(1);
    }

    @Test
    void everyRefusalAtTheSecurityLayerIsAuditedWithTheIdentityAndAddress() throws Exception {
        String analyst = users.user(Role.ANALYST).username();
        assertThat(basic(analyst, TestUsers.PASSWORD, "10.8.0.1", "/api/v1/users").getStatus()).isEqualTo(403);
        AuditEntry denied = audit.page(new AuditQuery(analyst, "ACCESS_DENIED", null, null, null, null), PageRequest.of(0, 1))
                .items().get(0);
        assertThat(denied.clientAddress()).isEqualTo("10.8.0.1");
        assertThat(denied.outcome()).isEqualTo("DENIED");
        assertThat(denied.details()).contains("403", "/api/v1/users");

        assertThat(basic("who.is.this", "some-password-1", "10.8.0.2", "/api/v1/users").getStatus()).isEqualTo(401);
        assertThat(actions("who.is.this")).contains("ACCESS_DENIED", "AUTH_FAILURE");
    }

    @Test
    void theWebAsksForTheSecondFactorAfterThePasswordAndOnlyThenOpensPages() throws Exception {
        String user = users.user("web.two.step", Role.LIST_OFFICER).username();
        MockHttpSession session = passwordStep(user, TestUsers.PASSWORD);
        MvcResult home = mvc.perform(get("/").session(session)).andReturn();
        assertThat(home.getResponse().getRedirectedUrl()).endsWith("/login/second-factor");
        assertThat(mvc.perform(get("/api/v1/me").session(session)).andReturn().getResponse().getStatus())
                .as("a half-signed-in session opens no API either").isEqualTo(401);

        MvcResult wrong = mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", "000000"))
                .andReturn();
        assertThat(wrong.getResponse().getRedirectedUrl()).endsWith("/login/second-factor?error");
        session = secondStep(session, user);
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(actions(user)).contains("AUTH_SUCCESS", "AUTH_FAILURE");

        MvcResult out = mvc.perform(post("/logout").session(session).with(csrf())
                .accept(org.springframework.http.MediaType.TEXT_HTML)).andReturn();
        assertThat(out.getResponse().getRedirectedUrl()).as(out.getResponse().getStatus() + " "
                + out.getResponse().getHeaderNames()).endsWith("/login?logout");
        assertThat(actions(user)).contains("LOGOUT");
    }

    @Test
    void aUserWithoutASecondFactorMustEnrolAndCannotSkipIt() throws Exception {
        String user = "enrol.forced." + System.nanoTime() % 100000;
        assertThat(mvc.perform(post("/api/v1/users").with(httpBasic("admin", TestUsers.PASSWORD))
                .contentType("application/json").content("{\"username\":\"" + user + "\",\"password\":\"" + TestUsers.PASSWORD
                        + "\",\"displayName\":\"Enrol\",\"agency\":\"FIA\",\"roles\":[\"LIST_OFFICER\"]}"))
                .andReturn().getResponse().getStatus()).isEqualTo(201);
        MockHttpSession session = passwordStep(user, TestUsers.PASSWORD);
        assertThat(mvc.perform(get("/login/second-factor").session(session)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login/enrol");
        MvcResult page = mvc.perform(get("/login/enrol").session(session)).andReturn();
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("<svg", "id=\"totp-secret\"");
        String secret = html.replaceAll("(?s).*id=\"totp-secret\">([A-Z2-7 ]+)<.*", "$1").replace(" ", "");
        assertThat(mvc.perform(get("/control-list").session(session)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login/second-factor");
        MvcResult confirmed = mvc.perform(post("/login/enrol").session(session).with(csrf())
                .param("code", Totp.code(secret, Totp.step(java.time.Instant.now())))).andReturn();
        assertThat(confirmed.getResponse().getRedirectedUrl()).endsWith("/login/recovery-codes");
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) confirmed.getFlashMap().get("recoveryCodes");
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(mvc.perform(get("/control-list").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(actions(user)).contains("accounts.second-factor.enrolled");

        // A recovery code works once, in place of the app's code.
        MockHttpSession again = passwordStep(user, TestUsers.PASSWORD);
        MvcResult recovered = mvc.perform(post("/login/second-factor").session(again).with(csrf())
                .param("recoveryCode", codes.get(3).toUpperCase())).andReturn();
        assertThat(recovered.getResponse().getRedirectedUrl()).isEqualTo("/");
        MockHttpSession third = passwordStep(user, TestUsers.PASSWORD);
        assertThat(mvc.perform(post("/login/second-factor").session(third).with(csrf()).param("recoveryCode", codes.get(3)))
                .andReturn().getResponse().getRedirectedUrl()).endsWith("?error");
    }

    @Test
    void aRoleGrantInTheBrowserNeedsASecondFactorProvenInTheLastTenMinutes() throws Exception {
        users.user(Role.ADMIN);
        MockHttpSession session = secondStep(passwordStep("admin", TestUsers.PASSWORD), "admin");
        MockHttpServletRequestBuilder create = post("/users").session(session).with(csrf())
                .param("username", "stepup." + System.nanoTime() % 100000).param("password", TestUsers.PASSWORD)
                .param("displayName", "Step Up").param("agency", "FIA").param("roles", "BORDER_OFFICER");
        assertThat(mvc.perform(create).andReturn().getResponse().getRedirectedUrl()).as("the new account shown")
                .startsWith("/users?q=stepup.");
        clock.advance(Duration.ofMinutes(11));
        MvcResult stale = mvc.perform(post("/users").session(session).with(csrf()).header("Referer", "http://localhost/users")
                .param("username", "stepup2." + System.nanoTime() % 100000).param("password", TestUsers.PASSWORD)
                .param("displayName", "Step Up").param("agency", "FIA").param("roles", "BORDER_OFFICER")).andReturn();
        assertThat(stale.getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor?reauthenticate");
        assertThat(mvc.perform(get("/users").session(session)).andReturn().getResponse().getStatus())
                .as("reading needs no fresh factor").isEqualTo(200);
        MvcResult proven = mvc.perform(post("/login/second-factor").session(session).with(csrf())
                .param("code", code("admin"))).andReturn();
        assertThat(proven.getResponse().getRedirectedUrl()).as("back to the page the act was on").isEqualTo("/users");
    }

    @Test
    void aSessionEndsAfterTwelveHoursWhateverTheActivityAndWhenTheAccountIsDisabled() throws Exception {
        String user = users.user("web.long.day", Role.LIST_OFFICER).username();
        MockHttpSession session = secondStep(passwordStep(user, TestUsers.PASSWORD), user);
        clock.advance(Duration.ofHours(11).plusMinutes(59));
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(2));
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
        clock.reset();

        String other = users.user("web.disabled", Role.LIST_OFFICER).username();
        MockHttpSession s2 = secondStep(passwordStep(other, TestUsers.PASSWORD), other);
        assertThat(mvc.perform(get("/").session(s2)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(post("/api/v1/users/" + other + "/disable").with(httpBasic("admin", TestUsers.PASSWORD))
                .contentType("application/json").content("{\"reason\":\"left the service\"}")).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        String ended = null;
        for (int i = 0; i < 20 && ended == null; i++) {
            ended = mvc.perform(get("/").session(s2)).andReturn().getResponse().getRedirectedUrl();
            Thread.sleep(50);
        }
        assertThat(ended).isEqualTo("/login?ended");
    }

    @Test
    void aServiceAccountHasNoWebSignIn() throws Exception {
        String service = "svc.web." + System.nanoTime() % 100000;
        assertThat(mvc.perform(post("/api/v1/users").with(httpBasic("admin", TestUsers.PASSWORD)).contentType("application/json")
                .content("{\"username\":\"" + service + "\",\"password\":\"" + TestUsers.PASSWORD
                        + "\",\"displayName\":\"Airline feed\",\"agency\":\"PIA\",\"kind\":\"SERVICE\",\"roles\":[\"BORDER_OFFICER\"]}"))
                .andReturn().getResponse().getStatus()).isEqualTo(201);
        MvcResult form = mvc.perform(post("/login").with(csrf()).with(from("10.9.0.1")).param("username", service)
                .param("password", TestUsers.PASSWORD)).andReturn();
        assertThat(form.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(basic(service, TestUsers.PASSWORD, "10.9.0.1", "/api/v1/screenings/status").getStatus()).isEqualTo(200);
    }

    private MockHttpSession passwordStep(String user, String password) throws Exception {
        MvcResult r = mvc.perform(post("/login").with(csrf()).with(from("10.5.0." + (Math.abs(user.hashCode()) % 250)))
                .param("username", user).param("password", password)).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor");
        return (MockHttpSession) r.getRequest().getSession(false);
    }

    private MockHttpSession secondStep(MockHttpSession session, String user) throws Exception {
        MvcResult r = mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", code(user)))
                .andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) r.getRequest().getSession(false);
    }

    private static String code(String user) {
        return org.nigehbaan.support.TotpCodes.next(user);
    }

    private List<String> actions(String actor) {
        return audit.page(new AuditQuery(actor, null, null, null, null, null), PageRequest.of(0, 200)).items().stream()
                .map(AuditEntry::action).toList();
    }
}
