package org.nigehbaan.register;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Every task the register's API offers has a form on the record page; the irreversible ones need a confirmation. */
@IntegrationTest
class RegisterPagesIntegrationTests {

    static final String DISTRICT = "Register Pages District";

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    MockMvc mvc;

    @Test
    void travelChangeRiskTransferAndRemovalAreRecordedFromTheRecordPage() throws Exception {
        String officer = users.user("reg.pages.officer", "NPB", DISTRICT, Role.REGISTER_OFFICER).username();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        ApiClient.Response created = api.post(officer, "/api/v1/register/registrants", RegisterTestData.registration(
                "Record Page Registrant", DISTRICT, RegisterTestData.conviction("PPC 376", today.minusMonths(3),
                        "IMPRISONMENT", 2, "YEARS")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        String base = "/register/registrants/" + id;
        LocalDate departure = today.plusDays(20);

        assertThat(page(officer, base)).contains("id=\"task-travel\"", "id=\"task-change\"", "id=\"task-risk\"",
                "id=\"task-transfer\"", "id=\"task-remove\"");

        send(officer, base + "/notifications", "type=INITIAL");
        send(officer, base + "/travel", "departureDate-day=" + departure.getDayOfMonth() + "&departureDate-month="
                + departure.getMonthValue() + "&departureDate-year=" + departure.getYear() + "&departureTime=02:10"
                + "&destinations=GBR&itinerary=PK-701+ISB-LHR&carrier=PIA&firstNightAddress=Hotel+near+Heathrow");
        send(officer, base + "/change", "changedOn-day=" + today.getDayOfMonth() + "&changedOn-month="
                + today.getMonthValue() + "&changedOn-year=" + today.getYear()
                + "&line1=House+9,+Street+4&city=Lahore&addressDistrict=" + DISTRICT.replace(' ', '+'));
        send(officer, base + "/risk", "riskLevel=3&reason=New+intelligence+from+the+district+panel");

        String record = page(officer, base);
        assertThat(record).contains("PK-701 ISB-LHR", "House 9, Street 4", "3 (high)");

        MvcResult unconfirmed = send(officer, base + "/remove", "reason=Entered+in+error");
        assertThat(page(officer, base, unconfirmed)).as("a withdrawal is confirmed first")
                .contains("Confirmation: tick the box to confirm");
        send(officer, base + "/remove", "reason=Entered+in+error&confirmed=true");
        assertThat(status(officer, id)).as("one officer alone withdraws nothing").isEqualTo("ACTIVE");
        assertThat(page(officer, base)).contains("id=\"pending-change\"", "id=\"pending-yours\"")
                .doesNotContain("id=\"approve-change\"");

        String second = users.user("reg.pages.second", "NPB", DISTRICT, Role.REGISTER_OFFICER).username();
        String seen = page(second, base);
        assertThat(seen).contains("id=\"pending-change\"", "id=\"approve-change\"", "Entered in error");
        assertThat(page(second, "/")).as("the second officer's home page shows the request")
                .contains("/register/registrants/" + id);
        long change = api.get(second, "/api/v1/register/changes?status=PENDING&size=500").json().get("items")
                .valueStream().filter(c -> c.get("registrantId").asLong() == id).findFirst().orElseThrow()
                .get("id").asLong();
        MvcResult mine = send(officer, "/register/changes/" + change + "/approve", "registrantId=" + id);
        assertThat(mine.getFlashMap().get("errors")).as("the officer who asked cannot approve").isNotNull();
        assertThat(status(officer, id)).isEqualTo("ACTIVE");
        MvcResult approved = send(second, "/register/changes/" + change + "/approve", "registrantId=" + id + "&note=Checked");
        assertThat(approved.getFlashMap().get("done")).isEqualTo("register.change.approved");
        assertThat(status(officer, id)).isEqualTo("REMOVED");
    }

    private String status(String user, long id) {
        return api.get(user, "/api/v1/register/registrants/" + id + "?purpose=OFFENDER_MANAGEMENT").json()
                .get("status").asString();
    }

    private MvcResult send(String user, String path, String form) throws Exception {
        MvcResult r = mvc.perform(post(path).contentType("application/x-www-form-urlencoded").content(form)
                .with(httpBasic(user, TestUsers.PASSWORD)).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(302);
        if ((!path.endsWith("/remove") || form.contains("confirmed")) && !path.startsWith("/register/changes/")) {
            assertThat(r.getFlashMap().get("errors")).as(path + " recorded without problems").isNull();
        }
        return r;
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, TestUsers.PASSWORD))).andReturn().getResponse()
                .getContentAsString();
    }

    /** The page a redirect leads to, with the flash attributes the redirect carried (the errors). */
    private String page(String user, String path, MvcResult redirected) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, TestUsers.PASSWORD))
                        .flashAttrs(redirected.getFlashMap())).andReturn().getResponse().getContentAsString();
    }
}
