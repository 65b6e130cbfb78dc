package org.nigehbaan.screening;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registered sex offender leaving without a travel notification covering the departure is a REFER at exit,
 * through the same index and change feed as the control lists; once the journey is notified, the same
 * traveller is clear, and at entry the register is not consulted.
 */
@IntegrationTest
class RegisterAtExitIntegrationTests {

    static final String DISTRICT = "Lahore Exit Tests";

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;

    @Test
    void aRegistrantLeavingWithoutNotifiedTravelIsReferredAndClearOnceTheJourneyIsNotified() throws Exception {
        String officer = users.user("reg.exit.officer", "NPB", DISTRICT, Role.REGISTER_OFFICER).username();
        String border = users.user(Role.BORDER_OFFICER).username();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        String cnic = ScreeningTestData.freshCnic();
        Map<String, Object> person = ScreeningTestData.person("Registrant Leaving Country", "1979-05-05", cnic,
                ScreeningTestData.freshPassport());
        person.put("fatherName", "Ghulam Nabi");
        ApiClient.Response registered = api.post(officer, "/api/v1/register/registrants", registration(person, today));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String base = "/api/v1/register/registrants/" + registered.json().get("id").asString();

        Map<String, Object> traveller = ScreeningTestData.person("Registrant Leaving Country", "1979-05-05", cnic, null);
        JsonNode exit = decision(border, "EXIT", traveller, "REFER");
        assertThat(exit.get("decision").asString()).isEqualTo("REFER");
        JsonNode hit = exit.get("hits").get(0);
        assertThat(hit.get("list").asString()).isEqualTo("REGISTER");
        assertThat(hit.get("registrantId").asLong()).isEqualTo(registered.json().get("id").asLong());
        assertThat(hit.get("reasons").toString()).contains("no travel notification");
        assertThat(decision(border, "ENTRY", traveller, "CLEAR").get("decision").asString())
                .as("the register is consulted at exit only").isEqualTo("CLEAR");

        assertThat(api.post(officer, base + "/notifications", Map.of("type", "INITIAL")).status()).isEqualTo(201);
        Map<String, Object> travel = new HashMap<>();
        travel.put("departureDate", today.toString());
        travel.put("departureTime", "23:50");
        travel.put("returnDate", today.plusDays(10).toString());
        travel.put("destinations", List.of("GBR"));
        travel.put("itinerary", "PK-757 LHE-MAN");
        travel.put("carrier", "PIA");
        travel.put("firstNightAddress", "12 Rusholme Road, Manchester");
        travel.put("knownSince", today.toString());
        ApiClient.Response notified = api.post(officer, base + "/travel", travel);
        assertThat(notified.status()).as(notified.body()).isEqualTo(201);

        assertThat(decision(border, "EXIT", traveller, "CLEAR").get("decision").asString())
                .as("a notified journey").isEqualTo("CLEAR");
    }

    @Test
    void aBorderOfficerConfirmingARegistrantAtExitRaisesAnUnnotifiedDepartureBreach() throws Exception {
        String officer = users.user("reg.exit.officer", "NPB", DISTRICT, Role.REGISTER_OFFICER).username();
        String border = users.user(Role.BORDER_OFFICER).username();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        String cnic = ScreeningTestData.freshCnic();
        Map<String, Object> person = ScreeningTestData.person("Registrant Confirmed At Exit", "1981-02-03", cnic,
                ScreeningTestData.freshPassport());
        ApiClient.Response registered = api.post(officer, "/api/v1/register/registrants", registration(person, today));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long registrant = registered.json().get("id").asLong();

        Map<String, Object> traveller = ScreeningTestData.person("Registrant Confirmed At Exit", "1981-02-03", cnic, null);
        JsonNode exit = decision(border, "EXIT", traveller, "REFER");
        String key = exit.get("hits").get(0).get("key").asString();
        assertThat(key).isEqualTo("SOR-" + registrant);
        String review = "/api/v1/screenings/" + exit.get("id").asString() + "/hits/" + key + "/review";
        ApiClient.Response confirmed = api.post(border, review, Map.of("outcome", "CONFIRMED",
                "note", "Photograph and CNIC match the register; no travel notified"));
        assertThat(confirmed.status()).as(confirmed.body()).isLessThan(300);
        api.post(border, review, Map.of("outcome", "CONFIRMED", "note", "Confirmed again by the same officer"));

        JsonNode breaches = null;
        for (int i = 0; i < 100; i++) {
            breaches = api.get(officer, "/api/v1/register/breaches?size=200").json().get("items");
            if (unnotifiedDepartures(breaches, registrant) > 0) {
                break;
            }
            Thread.sleep(50);
        }
        Thread.sleep(300);
        breaches = api.get(officer, "/api/v1/register/breaches?size=200").json().get("items");
        assertThat(unnotifiedDepartures(breaches, registrant)).as("one breach, however often the hit is confirmed: "
                + breaches).isEqualTo(1);
    }

    private static long unnotifiedDepartures(JsonNode breaches, long registrant) {
        long n = 0;
        for (JsonNode b : breaches) {
            if (b.get("registrantId").asLong() == registrant && b.get("kind").asString().equals("UNNOTIFIED_DEPARTURE")) {
                n++;
            }
        }
        return n;
    }

    private JsonNode decision(String user, String purpose, Map<String, Object> traveller, String wanted)
            throws InterruptedException {
        JsonNode r = null;
        for (int i = 0; i < 100; i++) {
            r = api.post(user, "/api/v1/screenings", Map.of("purpose", purpose, "traveller", traveller)).json();
            if (r.get("decision").asString().equals(wanted)) {
                return r;
            }
            Thread.sleep(20);
        }
        return r;
    }

    private static Map<String, Object> registration(Map<String, Object> person, LocalDate today) {
        Map<String, Object> conviction = new HashMap<>();
        conviction.put("offence", "PPC 376");
        conviction.put("court", "Sessions Court Lahore");
        conviction.put("convictedOn", today.minusMonths(2).toString());
        conviction.put("disposal", "IMPRISONMENT");
        conviction.put("sentence", Map.of("length", 3, "unit", "YEARS"));
        Map<String, Object> address = new HashMap<>();
        address.put("kind", "HOME");
        address.put("line1", "House 7, Street 2, Shadman");
        address.put("city", "Lahore");
        address.put("district", DISTRICT);
        Map<String, Object> r = new HashMap<>();
        r.put("person", person);
        r.put("addresses", List.of(address));
        r.put("convictions", List.of(conviction));
        r.put("riskLevel", 2);
        r.put("riskReason", "Offence against an adult; assessed by the district panel");
        r.put("station", Map.of("name", "PS Shadman", "district", DISTRICT));
        return r;
    }
}
