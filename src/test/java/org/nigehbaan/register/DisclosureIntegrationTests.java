package org.nigehbaan.register;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.register.internal.StatisticsRepository;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.MutableClock;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nigehbaan.register.RegisterApiIntegrationTests.fields;
import static org.nigehbaan.register.RegisterTestData.conviction;
import static org.nigehbaan.register.RegisterTestData.registration;

/** Purpose-bound search and views, the disclosure log auditors read, and the counts analysts read. */
@IntegrationTest
class DisclosureIntegrationTests {

    static final String DISTRICT = "Multan Disclosure";
    static final String OFFICER = "reg.disclosure";

    @Autowired
    StatisticsRepository counts;
    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;

    LocalDate today;
    LocalDateTime now;

    @BeforeEach
    void setUp() {
        users.user(OFFICER, "NPB", DISTRICT, Role.REGISTER_OFFICER);
        users.user(Role.AUDITOR);
        users.user(Role.ANALYST);
        today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Karachi")));
        now = LocalDateTime.now(clock.withZone(ZoneId.of("Asia/Karachi")));
    }

    long register(String name) {
        ApiClient.Response r = api.post(OFFICER, "/api/v1/register/registrants", registration(name, DISTRICT,
                conviction("PPC 376", today.minusYears(1), "IMPRISONMENT", 14, "MONTHS")));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    Map<String, Object> policeRequest(String suspect, LocalDateTime askedAt) {
        Map<String, Object> q = new HashMap<>();
        q.put("purpose", "POLICE_INVESTIGATION");
        q.put("suspectName", suspect);
        q.put("firNumber", "679/2026");
        q.put("firPoliceStation", "PS Qila Gujar Singh");
        q.put("firOffences", List.of("PPC 365-B", "376 PPC"));
        q.put("requestingOfficer", "SI Tariq Mehmood, SSOIU Lahore");
        q.put("prosecutor", "ADPP Rahat Majeed");
        q.put("policeRequestedAt", askedAt.withNano(0).toString());
        return q;
    }

    @Test
    void aPoliceRequestForANamedSuspectFindsTheRegistrantAndIsLoggedWithItsFir() {
        long id = register("Muhammad Hussain Qureshi");

        ApiClient.Response r = api.post(OFFICER, "/api/v1/register/search",
                policeRequest("Mohammad Husain Kureshi", now.minusHours(30)));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode hits = r.json().get("results");
        assertThat(hits.findValuesAsString("fullName")).contains("Muhammad Hussain Qureshi");
        long searchId = r.json().get("searchId").asLong();

        ApiClient.Response view = api.get(OFFICER, "/api/v1/register/registrants/" + id + "?searchId=" + searchId);
        assertThat(view.status()).as(view.body()).isEqualTo(200);

        JsonNode log = api.get("auditor", "/api/v1/register/disclosures?registrantId=" + id).json();
        assertThat(log.get("items")).hasSize(2);
        JsonNode viewed = log.get("items").get(0);
        assertThat(viewed.get("kind").asString()).isEqualTo("VIEW");
        assertThat(viewed.get("purpose").asString()).isEqualTo("POLICE_INVESTIGATION");
        assertThat(viewed.get("firNumber").asString()).isEqualTo("679/2026");
        assertThat(viewed.get("searchId").asLong()).isEqualTo(searchId);
        assertThat(viewed.get("shown").asString()).startsWith("full record");
        JsonNode searched = log.get("items").get(1);
        assertThat(searched.get("kind").asString()).isEqualTo("SEARCH");
        assertThat(searched.get("actor").asString()).isEqualTo(OFFICER);
        assertThat(searched.get("suspectName").asString()).isEqualTo("Mohammad Husain Kureshi");
        assertThat(searched.get("prosecutor").asString()).isEqualTo("ADPP Rahat Majeed");
        assertThat(searched.get("firOffences").toString()).contains("PPC 365B", "PPC 376");
        assertThat(searched.get("registrantIds").toString()).contains(Long.toString(id));
    }

    @Test
    void aPoliceRequestLooksOnlyForTheSuspectItNames() {
        long suspect = register("Shakeel Ahmed Dogar");
        long other = register("Rafiq Hussain Malik");
        Map<String, Object> fishing = policeRequest("Shakeel Ahmed Dogar", now.minusHours(2));
        fishing.put("name", "Rafiq Hussain Malik");
        ApiClient.Response refused = api.post(OFFICER, "/api/v1/register/search", fishing);
        assertThat(fields(refused)).containsExactly("name");
        assertThat(refused.body()).contains("only for the suspect it names");

        // Another person's CNIC under the suspect's name discloses nobody.
        String otherCnic = api.get(OFFICER, "/api/v1/register/registrants/" + other + "?purpose=OFFENDER_MANAGEMENT")
                .json().get("person").get("cnic").asString();
        Map<String, Object> byDocument = policeRequest("Shakeel Ahmed Dogar", now.minusHours(2));
        byDocument.put("cnic", otherCnic);
        JsonNode results = api.post(OFFICER, "/api/v1/register/search", byDocument).json().get("results");
        assertThat(results.findValuesAsString("registrantId")).contains(Long.toString(suspect))
                .doesNotContain(Long.toString(other));

        Map<String, Object> sameName = policeRequest("Shakeel Ahmed Dogar", now.minusHours(2));
        sameName.put("name", "SHAKEEL AHMED DOGAR");
        assertThat(api.post(OFFICER, "/api/v1/register/search", sameName).status()).isEqualTo(200);
    }

    /** DOMAIN.md "Names": the register's search finds people as screening does (issue 11). */
    @Test
    void aNameSearchFindsOtherSpellingsAndUrduScriptThroughTheMatchingEngine() {
        Map<String, Object> registration = registration("Shahzaib Tanveer Gondal", DISTRICT,
                conviction("PPC 376", today.minusYears(1), "IMPRISONMENT", 14, "MONTHS"));
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) registration.get("person");
        person.put("nameInUrdu", "شاہزیب تنویر گوندل");
        ApiClient.Response created = api.post(OFFICER, "/api/v1/register/registrants", registration);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = Long.toString(created.json().get("id").asLong());

        for (String asked : List.of("Shahzeb Tanvir Gondal", "SHAHZAIB TANVEER GONDAL", "شاہزیب تنویر گوندل")) {
            JsonNode found = api.post(OFFICER, "/api/v1/register/search", Map.of("purpose", "OFFENDER_MANAGEMENT",
                    "name", asked)).json().get("results");
            assertThat(found.findValuesAsString("registrantId")).as(asked).contains(id);
        }
        JsonNode other = api.post(OFFICER, "/api/v1/register/search", Map.of("purpose", "OFFENDER_MANAGEMENT",
                "name", "Tariq Mehmood Awan")).json().get("results");
        assertThat(other.findValuesAsString("registrantId")).as("another name").doesNotContain(id);
        JsonNode police = api.post(OFFICER, "/api/v1/register/search",
                policeRequest("Shahzeb Tanvir Gondal", now.minusHours(2))).json().get("results");
        assertThat(police.findValuesAsString("registrantId")).as("a police request for the suspect under another spelling")
                .contains(id);
    }

    @Test
    void aPoliceRequestNeedsItsFirTheRequesterAndTheProsecutorAndASexualOffence() {
        ApiClient.Response bare = api.post(OFFICER, "/api/v1/register/search",
                Map.of("purpose", "POLICE_INVESTIGATION", "name", "Someone"));
        assertThat(fields(bare)).containsExactly("suspectName", "firNumber", "firPoliceStation", "firOffences",
                "requestingOfficer", "prosecutor", "policeRequestedAt");

        Map<String, Object> murder = policeRequest("Someone", now.minusHours(1));
        murder.put("firOffences", List.of("PPC 302"));
        ApiClient.Response notSexual = api.post(OFFICER, "/api/v1/register/search", murder);
        assertThat(fields(notSexual)).containsExactly("firOffences");
        assertThat(notSexual.body()).contains("sexual-crime FIR");

        ApiClient.Response stale = api.post(OFFICER, "/api/v1/register/search", policeRequest("Someone",
                now.minusHours(49)));
        assertThat(stale.status()).isEqualTo(422);
        assertThat(stale.body()).contains("48 hours");

        ApiClient.Response noPurpose = api.post(OFFICER, "/api/v1/register/search", Map.of("name", "Someone"));
        assertThat(fields(noPurpose)).containsExactly("purpose");
        ApiClient.Response court = api.post(OFFICER, "/api/v1/register/search",
                Map.of("purpose", "COURT_ORDER", "name", "Someone"));
        assertThat(fields(court)).containsExactly("reference");
        ApiClient.Response nothing = api.post(OFFICER, "/api/v1/register/search",
                Map.of("purpose", "OFFENDER_MANAGEMENT", "cnic", "12345"));
        assertThat(fields(nothing)).containsExactly("cnic");
        assertThat(fields(api.post(OFFICER, "/api/v1/register/search", Map.of("purpose", "OFFENDER_MANAGEMENT"))))
                .containsExactly("name");
    }

    @Test
    void openingARecordNeedsAPurposeOrTheSearchThatFoundIt() {
        long id = register("Purpose Needed");
        String path = "/api/v1/register/registrants/" + id;
        assertThat(fields(api.get(OFFICER, path))).containsExactly("purpose");
        assertThat(fields(api.get(OFFICER, path + "?purpose=POLICE_INVESTIGATION"))).containsExactly("purpose");
        assertThat(fields(api.get(OFFICER, path + "?purpose=COURT_ORDER"))).containsExactly("reference");
        assertThat(api.get(OFFICER, path + "?purpose=COURT_ORDER&reference=LHC-Crl.Misc-54853").status()).isEqualTo(200);

        long other = register("Someone Else Entirely");
        JsonNode s = api.post(OFFICER, "/api/v1/register/search", Map.of("purpose", "OFFENDER_MANAGEMENT",
                "name", "Someone Else Entirely")).json();
        assertThat(fields(api.get(OFFICER, path + "?searchId=" + s.get("searchId").asString())))
                .containsExactly("searchId");
        assertThat(api.get(OFFICER, "/api/v1/register/registrants/" + other + "?searchId=" + s.get("searchId").asString())
                .status()).isEqualTo(200);

        JsonNode log = api.get("auditor", "/api/v1/register/disclosures?registrantId=" + id + "&purpose=COURT_ORDER")
                .json();
        assertThat(log.get("items")).singleElement().satisfies(d ->
                assertThat(d.get("reference").asString()).isEqualTo("LHC-Crl.Misc-54853"));
        assertThat(fields(api.get("auditor", "/api/v1/register/disclosures?purpose=CURIOSITY")))
                .containsExactly("purpose");
    }

    @Test
    void aDateOfBirthThatDisagreesLeavesANameMatchOut() {
        register("Dob Filter Person");
        JsonNode agree = api.post(OFFICER, "/api/v1/register/search", Map.of("purpose", "OFFENDER_MANAGEMENT",
                "name", "Dob Filter Person", "dateOfBirth", "1980")).json();
        assertThat(agree.get("results")).hasSize(1);
        JsonNode disagree = api.post(OFFICER, "/api/v1/register/search", Map.of("purpose", "OFFENDER_MANAGEMENT",
                "name", "Dob Filter Person", "dateOfBirth", "1975-01-01")).json();
        assertThat(disagree.get("results")).isEmpty();
    }

    @Test
    void analystsSeeCountsWithoutPersonalDataAndCountsUnderFiveSuppressed() {
        register("Counted Person");
        ApiClient.Response r = api.get("analyst", "/api/v1/register/statistics");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("Counted Person", "cnic", "fullName", "Samanabad");
        JsonNode s = r.json();
        assertThat(keys(s.get("registrantsByStatus"))).as("every status, zeros too").containsExactly("ACTIVE", "ENDED", "REMOVED");
        assertThat(keys(s.get("activeByRiskLevel"))).containsExactly("1", "2", "3");
        assertThat(keys(s.get("disclosuresLast30Days"))).contains("OFFENDER_MANAGEMENT", "POLICE_INVESTIGATION", "COURT_ORDER");
        long active = counts.registrantsByStatus().get("ACTIVE");
        assertThat(active).as("counted").isPositive();
        assertThat(s.get("registrantsByStatus").get("ACTIVE").asString()).as("published through the one rule")
                .isEqualTo(active < 5 ? "<5" : Long.toString(active));
        JsonNode district = null;
        for (JsonNode d : s.get("byDistrict")) {
            if (d.get("district").asString().equals(DISTRICT)) {
                district = d;
            }
        }
        assertThat(district).isNotNull();
        // Nothing from 0 to 4 is ever published: each count is "<5" or at least 5.
        List<JsonNode> published = new java.util.ArrayList<>();
        for (String map : List.of("registrantsByStatus", "activeByRiskLevel", "breachesLast30Days", "disclosuresLast30Days")) {
            s.get(map).forEach(published::add);
        }
        for (String field : List.of("activeIndefinite", "openDuties", "overdueDuties", "openBreaches")) {
            published.add(s.get(field));
        }
        for (JsonNode d : s.get("byDistrict")) {
            for (String field : List.of("activeRegistrants", "overdueDuties", "openBreaches")) {
                published.add(d.get(field));
            }
        }
        assertThat(published).hasSizeGreaterThan(15).allSatisfy(n -> assertThat(n.isNumber() ? n.asLong() >= 5
                : n.asString().equals("<5")).as(n.toString()).isTrue());

        ApiClient.Response page = api.send("analyst", "GET", "/register/statistics", null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("&lt;5").doesNotContain("Counted Person");
    }

    private static List<String> keys(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).toList();
    }
}
