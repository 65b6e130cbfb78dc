package org.nigehbaan.screening;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.nigehbaan.NigehbaanApplication;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service instances on one PostgreSQL stay consistent: an entry approved on one is screenable on the other
 * within a second, a removal there stops it hitting here, and a namesake cleared on one is cleared on both.
 */
@IntegrationTest
class TwoInstancesIntegrationTests {

    @Autowired
    ApiClient first;
    @Autowired
    TestUsers users;
    @Autowired
    DataSource dataSource;

    @Test
    void anEntryApprovedOnOneInstanceIsScreenedOnTheOtherWithinASecond() throws Exception {
        String officer = users.user(Role.LIST_OFFICER).username();
        String approver = users.user(Role.LIST_APPROVER).username();
        String border = users.user(Role.BORDER_OFFICER).username();
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(NigehbaanApplication.class)
                .properties("spring.datasource.url=" + url, "spring.datasource.username=postgres",
                        "server.port=0", "spring.main.banner-mode=off")
                .run("--server.port=0")) { // as an argument: application.properties' 8080 outranks builder properties
            ApiClient other = new ApiClient(second.getEnvironment());
            awaitReady(other, border);

            String cnic = ScreeningTestData.freshCnic();
            Map<String, Object> person = ScreeningTestData.person("Two Instance Person", "1982-08-08", cnic, null);
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));
            long id = first.post(officer, "/api/v1/control-list/entries",
                    ScreeningTestData.proposal("PCL", "PASSPORT_MISUSE", person, today)).json().get("id").asLong();
            assertThat(first.post(approver, "/api/v1/control-list/entries/" + id + "/approve", null).status()).isEqualTo(200);
            long approvedAt = System.nanoTime();

            Map<String, Object> traveller = ScreeningTestData.person("Two Instance Person", null, cnic, null);
            assertThat(decisionWithin(other, border, traveller, "STOP", Duration.ofSeconds(1)))
                    .as("screened on the second instance within a second of approval on the first").isEqualTo("STOP");
            System.out.printf("approved on instance 1, STOP on instance 2 after %d ms%n",
                    (System.nanoTime() - approvedAt) / 1_000_000);

            assertThat(other.post(approver, "/api/v1/control-list/entries/" + id + "/remove",
                    Map.of("reason", "court order")).status()).isEqualTo(200);
            assertThat(decisionWithin(first, border, traveller, "CLEAR", Duration.ofSeconds(1)))
                    .as("removed on the second, no longer hits on the first").isEqualTo("CLEAR");
        }
    }

    private static void awaitReady(ApiClient api, String user) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (api.get(user, "/api/v1/screenings/status").json().get("ready").asBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the second instance's index did not load");
    }

    private static String decisionWithin(ApiClient api, String user, Map<String, Object> traveller, String wanted,
                                         Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        String decision;
        do {
            JsonNode r = api.post(user, "/api/v1/screenings", Map.of("purpose", "EXIT", "traveller", traveller)).json();
            decision = r.get("decision").asString();
            if (decision.equals(wanted)) {
                return decision;
            }
            Thread.sleep(10);
        } while (System.nanoTime() < deadline);
        return decision;
    }
}
