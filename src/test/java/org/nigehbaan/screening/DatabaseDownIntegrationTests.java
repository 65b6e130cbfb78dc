package org.nigehbaan.screening;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nigehbaan.NigehbaanApplication;
import org.nigehbaan.accounts.AccountService;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.NewUser;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes down under a running service: screening keeps answering from memory, flagged degraded;
 * its log is queued and written when the database returns; every other write fails with a clear 503.
 * Runs its own PostgreSQL (so it can stop and restart it) and its own application instance.
 */
class DatabaseDownIntegrationTests {

    @Test
    void screeningGoesOnFromMemoryAndItsLogIsWrittenWhenTheDatabaseReturns() throws Exception {
        Path dir = Files.createTempDirectory("nigehbaan-db-down");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        EmbeddedPostgres pg = start(dir, port);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NigehbaanApplication.class)
                .properties("spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                        "spring.datasource.username=postgres", "spring.datasource.hikari.connection-timeout=1000",
                        "server.port=0", "nigehbaan.data-dir=" + dir.resolve("app"), "spring.main.banner-mode=off")
                .run("--server.port=0")) { // as an argument: application.properties' 8080 outranks builder properties
            AccountService accounts = app.getBean(AccountService.class);
            for (String[] u : List.of(new String[] {"dd_officer", "LIST_OFFICER"}, new String[] {"dd_approver", "LIST_APPROVER"},
                    new String[] {"dd_border", "BORDER_OFFICER"}, new String[] {"dd_supervisor", "BORDER_SUPERVISOR"})) {
                accounts.createUser(new NewUser(u[0], TestUsers.PASSWORD, u[0], "FIA", null, List.of(u[1])), Actor.SYSTEM);
            }
            ApiClient api = new ApiClient(app.getEnvironment());
            for (int i = 0; i < 300 && !api.get("dd_border", "/api/v1/screenings/status").json().get("ready").asBoolean(); i++) {
                Thread.sleep(100);
            }
            String cnic = ScreeningTestData.freshCnic();
            Map<String, Object> person = ScreeningTestData.person("Outage Listed Person", "1977-07-07", cnic, null);
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));
            long id = api.post("dd_officer", "/api/v1/control-list/entries",
                    ScreeningTestData.proposal("PCL", "PASSPORT_MISUSE", person, today)).json().get("id").asLong();
            api.post("dd_approver", "/api/v1/control-list/entries/" + id + "/approve", null);
            Map<String, Object> traveller = ScreeningTestData.person("Outage Listed Person", null, cnic, null);
            Map<String, Object> body = Map.of("purpose", "EXIT", "location", "LHE-T1", "traveller", traveller);
            JsonNode before = null;
            for (int i = 0; i < 50; i++) {
                before = api.post("dd_border", "/api/v1/screenings", body).json();
                if (before.get("decision").asString().equals("STOP")) {
                    break;
                }
                Thread.sleep(20);
            }
            assertThat(before.get("decision").asString()).isEqualTo("STOP");
            assertThat(before.get("degraded").asBoolean()).isFalse();

            // A namesake reviewed NOT_THIS_PERSON just before the outage: its redress is pending.
            long namesakeEntry = api.post("dd_officer", "/api/v1/control-list/entries", ScreeningTestData.proposal("PCL",
                    "PASSPORT_MISUSE", ScreeningTestData.person("Outage Namesake Person", "1966", null, null), today))
                    .json().get("id").asLong();
            api.post("dd_approver", "/api/v1/control-list/entries/" + namesakeEntry + "/approve", null);
            Map<String, Object> namesake = Map.of("purpose", "EXIT", "traveller", ScreeningTestData.person(
                    "Outage Namesake Person", "1966-06-06", null, ScreeningTestData.freshPassport()));
            JsonNode referred = api.post("dd_border", "/api/v1/screenings", namesake).json();
            for (int i = 0; i < 50 && !referred.get("decision").asString().equals("REFER"); i++) {
                Thread.sleep(20);
                referred = api.post("dd_border", "/api/v1/screenings", namesake).json();
            }
            assertThat(referred.get("decision").asString()).isEqualTo("REFER");
            long redress = api.post("dd_border", "/api/v1/screenings/" + referred.get("id").asString() + "/hits/"
                    + namesakeEntry + "/review", Map.of("outcome", "NOT_THIS_PERSON", "note", "NADRA differs"))
                    .json().get("redressId").asLong();
            assertThat(api.get("dd_supervisor", "/api/v1/redress?status=PENDING").json().get("items").toString())
                    .contains("\"id\":" + redress);

            pg.close(); // the database goes away

            JsonNode during = null;
            for (int i = 0; i < 100; i++) {
                ApiClient.Response r = api.post("dd_border", "/api/v1/screenings", body);
                assertThat(r.status()).as("screening during the outage").isEqualTo(200);
                during = r.json();
                if (during.get("degraded").asBoolean()) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(during.get("decision").asString()).isEqualTo("STOP");
            assertThat(during.get("degraded").asBoolean()).isTrue();
            String duringId = during.get("id").asString();
            for (int i = 0; i < 20; i++) {
                assertThat(api.post("dd_border", "/api/v1/screenings", body).status()).isEqualTo(200);
            }

            assertThat(api.post("dd_border", "/api/v1/screenings", namesake).json().get("decision").asString())
                    .as("pending redress is not remembered while the database is down").isEqualTo("REFER");
            ApiClient.Response confirm = api.post("dd_supervisor", "/api/v1/redress/" + redress + "/confirm", null);
            assertThat(confirm.status()).as("confirming redress needs the database: " + confirm.body()).isEqualTo(503);

            ApiClient.Response write = api.post("dd_officer", "/api/v1/control-list/entries",
                    ScreeningTestData.proposal("PCL", "PASSPORT_MISUSE", person, today));
            assertThat(write.status()).as(write.body()).isEqualTo(503);
            assertThat(write.json().get("detail").asString()).contains("database is unavailable");

            pg = start(dir, port); // it comes back

            boolean written = false;
            for (int i = 0; i < 200 && !written; i++) {
                Thread.sleep(100);
                written = count(pg, "select count(*) from scr_screening where id = '" + duringId + "'") == 1;
            }
            assertThat(written).as("the screening made during the outage is in the log").isTrue();
            assertThat(count(pg, "select count(*) from scr_screening where officer = 'dd_border' and degraded"))
                    .isGreaterThanOrEqualTo(21);
            assertThat(count(pg, "select count(*) from audit_log where action = 'screening.performed' and target_id = '"
                    + duringId + "'")).isEqualTo(1);
            JsonNode after = null;
            for (int i = 0; i < 100; i++) {
                after = api.post("dd_border", "/api/v1/screenings", body).json();
                if (!after.get("degraded").asBoolean()) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(after.get("degraded").asBoolean()).isFalse();
            assertThat(api.post("dd_officer", "/api/v1/control-list/entries",
                    ScreeningTestData.proposal("PCL", "PASSPORT_MISUSE", person, today)).status()).isEqualTo(201);
        } finally {
            pg.close();
        }
    }

    private static EmbeddedPostgres start(Path dir, int port) throws java.io.IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(false)
                .setPort(port).setServerConfig("fsync", "off").start();
    }

    private static long count(EmbeddedPostgres pg, String sql) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
