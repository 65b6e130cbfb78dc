package org.nigehbaan.register;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditQuery;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.MutableClock;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nigehbaan.register.RegisterTestData.conviction;
import static org.nigehbaan.register.RegisterTestData.registration;

/** The register's HTTP API: registration, bad input, district scoping, notifications and travel. */
@IntegrationTest
class RegisterApiIntegrationTests {

    static final String DISTRICT = "Lahore API";
    static final String OFFICER = "reg.api.lahore";
    static final String OTHER_OFFICER = "reg.api.karachi";
    static final String SECOND_OFFICER = "reg.api.lahore2";

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;

    LocalDate today;

    @BeforeEach
    void officers() {
        users.user(OFFICER, "NPB", DISTRICT, Role.REGISTER_OFFICER);
        users.user(OTHER_OFFICER, "Sindh Police", "Karachi API", Role.REGISTER_OFFICER);
        users.user(SECOND_OFFICER, "NPB", DISTRICT, Role.REGISTER_OFFICER);
        today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Karachi")));
    }

    JsonNode register(Map<String, Object> body) {
        ApiClient.Response r = api.post(OFFICER, "/api/v1/register/registrants", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void anOfficerRegistersAnOffenderAndTheRecordCarriesThePeriodTheInitialDutyAndAnAuditRow() {
        LocalDate convicted = today.minusMonths(1);
        JsonNode r = register(registration("Muhammad Asif Khan", DISTRICT,
                conviction("376(1) PPC", convicted, "IMPRISONMENT", 2, "YEARS")));

        assertThat(r.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(r.get("terms").get("policy").asString()).isEqualTo("UK_SOA_2003");
        assertThat(r.get("terms").get("indefinite").asBoolean()).isFalse();
        assertThat(r.get("terms").get("endsOn").asString()).isEqualTo(convicted.plusYears(10).minusDays(1).toString());
        assertThat(r.get("terms").get("reNotificationEvery").asString()).isEqualTo("P1Y");
        JsonNode c = r.get("convictions").get(0);
        assertThat(c.get("offence").asString()).isEqualTo("PPC 376");
        assertThat(c.get("citation").asString()).isEqualTo("PPC 376(1)");
        assertThat(c.get("notificationPeriod").asString()).isEqualTo("P10Y");
        assertThat(c.get("ageAtConviction").asInt()).isBetween(40, 47);
        JsonNode duty = r.get("duties").get(0);
        assertThat(duty.get("type").asString()).isEqualTo("INITIAL_NOTIFICATION");
        assertThat(duty.get("dueOn").asString()).isEqualTo(today.plusDays(2).toString());
        assertThat(r.get("addresses").get(0).get("current").asBoolean()).isTrue();
        assertThat(audit.page(new AuditQuery(OFFICER, "register.registrant.registered", "Registrant",
                r.get("id").asString(), null, null), PageRequest.of(0, 5)).items()).singleElement()
                .satisfies(e -> assertThat(e.details()).contains("PPC 376").doesNotContain("Asif"));
    }

    @Test
    void badInputIsA400NamingEveryFieldAndStoresNothing() {
        Map<String, Object> body = registration("Bad Input Case", DISTRICT,
                conviction("PPC 376", today.minusYears(1), "IMPRISONMENT", 3, "FORTNIGHTS"));
        @SuppressWarnings("unchecked")
        List<Object> convictions = (List<Object>) body.get("convictions");
        Map<String, Object> impossible = conviction("PPC 377B", today, "CAUTION", null, null);
        impossible.put("convictedOn", "2021-02-30");
        convictions.add(impossible);
        convictions.add(conviction("PPC 999", today.minusYears(1), "OTHER", null, null));
        convictions.add(conviction("PPC 354A", today.minusYears(1), "OTHER", null, null));
        convictions.add(conviction("PECA 22", today.minusYears(1), "CAUTION", 6, "MONTHS"));
        convictions.add(conviction("PECA 21", today.minusYears(1), "CONDITIONAL_DISCHARGE", null, null));
        convictions.add(conviction("PPC 292B", today.plusDays(3), "OTHER", null, null));
        body.put("riskLevel", 5);
        body.put("releasedOn", "2024-13-01");
        body.put("addresses", List.of());

        ApiClient.Response r = api.post(OFFICER, "/api/v1/register/registrants", body);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "addresses", "convictions[0].sentence.unit", "convictions[1].convictedOn", "convictions[2].offence",
                "convictions[3].offence", "convictions[4].sentence", "convictions[5].sentence",
                "convictions[6].convictedOn", "riskLevel", "releasedOn");
        assertThat(r.body()).contains("FORTNIGHTS", "2021-02-30 is not a real date", "PPC 999 is unknown",
                "does not make a person a sex offender", "in the future");
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) body.get("person");
        assertThat(search("OFFENDER_MANAGEMENT", Map.of("cnic", person.get("cnic"))).get("results")).isEmpty();
    }

    @Test
    void theAgeAtConvictionMustAgreeWithTheDateOfBirthAndIsNeededWhenTheDateIsPartial() {
        Map<String, Object> conflicting = registration("Age Conflict", DISTRICT,
                conviction("PPC 377", LocalDate.of(2010, 6, 1), "OTHER", null, null));
        @SuppressWarnings("unchecked")
        Map<String, Object> c = ((List<Map<String, Object>>) conflicting.get("convictions")).get(0);
        c.put("ageAtConviction", 17);
        assertThat(fields(api.post(OFFICER, "/api/v1/register/registrants", conflicting)))
                .containsExactly("convictions[0].ageAtConviction");

        Map<String, Object> partial = registration("Partial Birth", DISTRICT,
                conviction("PPC 377", LocalDate.of(2010, 6, 1), "OTHER", null, null));
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) partial.get("person");
        p.put("dateOfBirth", "1992");
        ApiClient.Response r = api.post(OFFICER, "/api/v1/register/registrants", partial);
        assertThat(fields(r)).containsExactly("convictions[0].ageAtConviction");
        assertThat(r.body()).contains("between 17 and 18");

        @SuppressWarnings("unchecked")
        Map<String, Object> pc = ((List<Map<String, Object>>) partial.get("convictions")).get(0);
        pc.put("ageAtConviction", 17);
        JsonNode ok = register(partial);
        // under 18: "any other disposal" is 5 years halved
        assertThat(ok.get("convictions").get(0).get("notificationPeriod").asString()).isEqualTo("P2Y6M");
        assertThat(ok.get("status").asString()).isEqualTo("ENDED");
        assertThat(ok.get("duties")).isEmpty();

        Map<String, Object> beforeBirth = registration("Before Birth", DISTRICT,
                conviction("PPC 377", LocalDate.of(1979, 6, 1), "OTHER", null, null));
        assertThat(fields(api.post(OFFICER, "/api/v1/register/registrants", beforeBirth)))
                .containsExactly("convictions[0].convictedOn");
    }

    @Test
    void malformedJsonAndWrongTypesAreA400NamingTheField() {
        ApiClient.Response wrongType = api.post(OFFICER, "/api/v1/register/registrants",
                "{\"riskLevel\": \"high\", \"person\": {\"fullName\": \"X\"}}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(fields(wrongType)).containsExactly("riskLevel");
        assertThat(api.post(OFFICER, "/api/v1/register/registrants", "{").status()).isEqualTo(400);
        assertThat(api.get(OFFICER, "/api/v1/register/registrants/abc?purpose=OFFENDER_MANAGEMENT").status())
                .isEqualTo(400);
        assertThat(fields(api.get(OFFICER, "/api/v1/register/registrants/0?purpose=OFFENDER_MANAGEMENT")))
                .containsExactly("id");
    }

    @Test
    void officersWorkOnlyInTheirDistrictsUnlessAnAdministratorGrantsMore() {
        JsonNode r = register(registration("Scoped Person", DISTRICT,
                conviction("PPC 292B", today.minusYears(2), "IMPRISONMENT", 6, "MONTHS")));
        String path = "/api/v1/register/registrants/" + r.get("id").asString() + "?purpose=OFFENDER_MANAGEMENT";

        assertThat(api.get(OTHER_OFFICER, path).status()).isEqualTo(404);
        assertThat(api.get(OTHER_OFFICER, "/api/v1/register/registrants/999999999?purpose=OFFENDER_MANAGEMENT")
                .status()).isEqualTo(404);
        assertThat(api.post(OTHER_OFFICER, "/api/v1/register/registrants", registration("Elsewhere", DISTRICT,
                conviction("PPC 376", today.minusYears(2), "CAUTION", null, null))).status()).isEqualTo(403);

        ApiClient.Response grant = api.post("admin", "/api/v1/register/grants", Map.of("username", OTHER_OFFICER,
                "district", DISTRICT, "reason", "Covering leave in Lahore"));
        assertThat(grant.status()).as(grant.body()).isEqualTo(201);
        assertThat(api.get(OTHER_OFFICER, path).status()).isEqualTo(200);

        ApiClient.Response revoked = api.post("admin", "/api/v1/register/grants/" + grant.json().get("id").asString()
                + "/revoke", Map.of("reason", "Leave over"));
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(api.get(OTHER_OFFICER, path).status()).isEqualTo(404);

        assertThat(fields(api.post("admin", "/api/v1/register/grants", Map.of("username", "admin", "district", "X",
                "reason", "no")))).containsExactly("username");
    }

    @Test
    void theSameCnicOrPassportCannotBeRegisteredTwice() {
        Map<String, Object> body = registration("Twice Registered", DISTRICT,
                conviction("PPC 377A", today.minusYears(1), "CAUTION", null, null));
        register(body);
        ApiClient.Response again = api.post(OFFICER, "/api/v1/register/registrants", body);
        assertThat(again.status()).isEqualTo(409);

        Map<String, Object> samePassport = registration("Same Passport", DISTRICT,
                conviction("PPC 377A", today.minusYears(1), "CAUTION", null, null));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) body.get("person");
        @SuppressWarnings("unchecked")
        Map<String, Object> second = (Map<String, Object>) samePassport.get("person");
        second.put("passportNumbers", first.get("passportNumbers"));
        assertThat(api.post(OFFICER, "/api/v1/register/registrants", samePassport).status()).isEqualTo(409);
    }

    @Test
    void notificationsMeetDutiesRestartTheAnnualClockAndALateChangeIsABreach() {
        JsonNode r = register(registration("Notifying Person", DISTRICT,
                conviction("PPC 377B", today.minusMonths(2), "IMPRISONMENT", 8, "MONTHS")));
        String base = "/api/v1/register/registrants/" + r.get("id").asString();

        ApiClient.Response early = api.post(OFFICER, base + "/notifications", Map.of("type", "PERIODIC"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("initial notification");

        ApiClient.Response initial = api.post(OFFICER, base + "/notifications", Map.of("type", "INITIAL"));
        assertThat(initial.status()).as(initial.body()).isEqualTo(201);
        assertThat(initial.json().get("late").asBoolean()).isFalse();
        assertThat(api.post(OFFICER, base + "/notifications", Map.of("type", "INITIAL")).status()).isEqualTo(409);

        Map<String, Object> move = Map.of("type", "CHANGE", "changedOn", today.minusDays(5).toString(),
                "address", Map.of("line1", "Flat 3, Block C, Johar Town", "city", "Lahore"));
        ApiClient.Response change = api.post(OFFICER, base + "/notifications", move);
        assertThat(change.status()).as(change.body()).isEqualTo(201);
        assertThat(change.json().get("late").asBoolean()).isTrue();

        JsonNode record = api.get(OFFICER, base + "?purpose=OFFENDER_MANAGEMENT").json();
        assertThat(record.get("addresses").get(0).get("line1").asString()).isEqualTo("Flat 3, Block C, Johar Town");
        assertThat(record.get("addresses").get(1).get("to").asString()).isEqualTo(today.minusDays(6).toString());
        assertThat(record.get("breaches").findValuesAsString("kind")).containsExactly("LATE");
        assertThat(record.get("breaches").get(0).get("dutyType").asString()).isEqualTo("CHANGE_NOTIFICATION");
        JsonNode open = openDuties(record);
        assertThat(open.findValuesAsString("type")).containsExactly("PERIODIC_NOTIFICATION");
        assertThat(open.get(0).get("dueOn").asString()).isEqualTo(today.plusYears(1).toString());

        Map<String, Object> nothing = Map.of("type", "CHANGE", "changedOn", today.toString());
        assertThat(fields(api.post(OFFICER, base + "/notifications", nothing))).containsExactly("person");
        assertThat(fields(api.post(OFFICER, base + "/notifications", Map.of("type", "CHANGE",
                "changedOn", "2026-02-30", "address", Map.of("city", "Lahore"))))).containsExactly("changedOn",
                "address.line1");
        assertThat(fields(api.post(OFFICER, base + "/notifications", Map.of("type", "HOLIDAY"))))
                .containsExactly("type");
    }

    @Test
    void travelIsNotifiedSevenDaysAheadOrTwelveHoursWhenBookedLateAndALateNotificationIsABreach() {
        JsonNode r = register(registration("Travelling Person", DISTRICT,
                conviction("PPC 371A", today.minusMonths(3), "IMPRISONMENT", 3, "MONTHS")));
        String base = "/api/v1/register/registrants/" + r.get("id").asString();
        assertThat(api.post(OFFICER, base + "/travel", travel(today.plusDays(10), null)).status())
                .as("travel before the initial notification").isEqualTo(409);
        api.post(OFFICER, base + "/notifications", Map.of("type", "INITIAL"));

        ApiClient.Response onTime = api.post(OFFICER, base + "/travel", travel(today.plusDays(10), null));
        assertThat(onTime.status()).as(onTime.body()).isEqualTo(201);
        assertThat(onTime.json().get("late").asBoolean()).isFalse();
        assertThat(onTime.json().get("deadline").asString()).startsWith(today.plusDays(3).toString());

        ApiClient.Response shortNotice = api.post(OFFICER, base + "/travel", travel(today.plusDays(3), today.toString()));
        assertThat(shortNotice.status()).isEqualTo(201);
        assertThat(shortNotice.json().get("late").asBoolean()).isFalse();

        ApiClient.Response late = api.post(OFFICER, base + "/travel", travel(today.plusDays(3), null));
        assertThat(late.status()).isEqualTo(201);
        assertThat(late.json().get("late").asBoolean()).isTrue();
        JsonNode record = api.get(OFFICER, base + "?purpose=OFFENDER_MANAGEMENT").json();
        assertThat(record.get("breaches").findValuesAsString("dutyType")).containsExactly("TRAVEL_NOTIFICATION");
        assertThat(record.get("travel")).hasSize(3);

        Map<String, Object> bad = travel(today.minusDays(1), null);
        bad.put("destinations", List.of("PAK", "XYZ"));
        bad.put("carrier", "");
        bad.put("departureTime", "25:00");
        assertThat(fields(api.post(OFFICER, base + "/travel", bad))).containsExactlyInAnyOrder("departureDate",
                "departureTime", "destinations[0]", "destinations[1]", "carrier");
    }

    @Test
    void aRemovedRecordIsNotFoundBySearchesAndTakesNoMoreNotifications() {
        JsonNode r = register(registration("Quashed Conviction", DISTRICT,
                conviction("PPC 375", today.minusYears(1), "IMPRISONMENT", 7, "MONTHS")));
        String base = "/api/v1/register/registrants/" + r.get("id").asString();
        assertThat(fields(api.post(OFFICER, base + "/remove", Map.of()))).containsExactly("reason");
        ApiClient.Response asked = api.post(OFFICER, base + "/remove",
                Map.of("reason", "Conviction set aside by the Lahore High Court"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        assertThat(asked.json().get("status").asString()).as("nothing changes on one officer's word").isEqualTo("ACTIVE");
        long request = asked.json().get("pendingChange").get("id").asLong();
        assertThat(asked.json().get("pendingChange").get("kind").asString()).isEqualTo("REMOVAL");
        assertThat(search("OFFENDER_MANAGEMENT", Map.of("name", "Quashed Conviction")).get("results")).isNotEmpty();
        assertThat(api.post(OFFICER, base + "/remove", Map.of("reason", "again")).status())
                .as("one request at a time").isEqualTo(409);

        ApiClient.Response self = api.post(OFFICER, "/api/v1/register/changes/" + request + "/approve", null);
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.json().get("detail").asString()).contains("second register officer");
        assertThat(api.post(OTHER_OFFICER, "/api/v1/register/changes/" + request + "/approve", null).status())
                .as("an officer of another district does not see it").isEqualTo(404);
        JsonNode pending = api.get(SECOND_OFFICER, "/api/v1/register/changes?status=PENDING&size=100").json();
        assertThat(pending.get("items").findValuesAsString("requestedBy")).contains(OFFICER);

        ApiClient.Response approved = api.post(SECOND_OFFICER, "/api/v1/register/changes/" + request + "/approve",
                Map.of("note", "Judgment seen"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("registrantStatus").asString()).isEqualTo("REMOVED");
        assertThat(api.post(OFFICER, base + "/notifications", Map.of("type", "INITIAL")).status()).isEqualTo(409);
        assertThat(search("OFFENDER_MANAGEMENT", Map.of("name", "Quashed Conviction")).get("results")).isEmpty();
        assertThat(api.post(SECOND_OFFICER, "/api/v1/register/changes/" + request + "/approve", null).status())
                .isEqualTo(409);
    }

    @Test
    void aRefusedRemovalChangesNothing() {
        JsonNode r = register(registration("Refused Removal", DISTRICT,
                conviction("PPC 375", today.minusYears(1), "IMPRISONMENT", 7, "MONTHS")));
        String base = "/api/v1/register/registrants/" + r.get("id").asString();
        long request = api.post(OFFICER, base + "/remove", Map.of("reason", "Entered in error"))
                .json().get("pendingChange").get("id").asLong();
        JsonNode refused = api.post(SECOND_OFFICER, "/api/v1/register/changes/" + request + "/reject",
                Map.of("note", "The conviction stands")).json();
        assertThat(refused.get("status").asString()).isEqualTo("REJECTED");
        assertThat(refused.get("registrantStatus").asString()).isEqualTo("ACTIVE");
        assertThat(search("OFFENDER_MANAGEMENT", Map.of("name", "Refused Removal")).get("results")).isNotEmpty();
    }

    @Test
    void riskLevelAndTransferAreReasonedChanges() {
        JsonNode r = register(registration("Risky Person", DISTRICT,
                conviction("PPC 377A", today.minusYears(1), "IMPRISONMENT", 4, "YEARS")));
        String base = "/api/v1/register/registrants/" + r.get("id").asString();
        assertThat(fields(api.post(OFFICER, base + "/risk", Map.of("riskLevel", 4)))).containsExactly("riskLevel",
                "reason");
        assertThat(api.post(OFFICER, base + "/risk", Map.of("riskLevel", 3, "reason", "New intelligence"))
                .json().get("riskLevel").asInt()).isEqualTo(3);
        ApiClient.Response moved = api.post(OFFICER, base + "/transfer", Map.of("station",
                Map.of("name", "PS Clifton", "district", "Karachi API"), "reason", "Moved to Karachi"));
        assertThat(moved.json().get("district").asString()).isEqualTo("Karachi API");
        assertThat(api.get(OFFICER, base + "?purpose=OFFENDER_MANAGEMENT").status()).isEqualTo(404);
        assertThat(api.get(OTHER_OFFICER, base + "?purpose=OFFENDER_MANAGEMENT").status()).isEqualTo(200);
        // 4 years' imprisonment is 30 months or more: indefinite, so a review duty is open
        assertThat(api.get(OTHER_OFFICER, base + "?purpose=OFFENDER_MANAGEMENT").json().get("duties")
                .findValuesAsString("type")).contains("INDEFINITE_REVIEW");
    }

    @Test
    void thePolicyIsVisibleWithItsTableAndOffenceList() {
        ApiClient.Response p = api.get("admin", "/api/v1/register/policy");
        assertThat(p.status()).isEqualTo(200);
        assertThat(p.json().get("policy").asString()).isEqualTo("UK_SOA_2003");
        assertThat(p.json().get("available").toString()).contains("US_SORNA");
        assertThat(p.json().get("table")).hasSize(7);
        assertThat(p.json().get("travelShortNoticeHours").asInt()).isEqualTo(12);
        assertThat(p.json().get("offences").findValuesAsString("code")).contains("PPC 376", "PECA 22");
    }

    @Test
    void theRegisterApiIsDocumentedInOpenApi() {
        ApiClient.Response docs = api.get("admin", "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/register/registrants", "/api/v1/register/registrants/{id}/travel",
                "/api/v1/register/search", "/api/v1/register/duties", "/api/v1/register/disclosures",
                "/api/v1/register/statistics", "Sex offender register");
    }

    JsonNode search(String purpose, Map<String, Object> criteria) {
        Map<String, Object> body = new java.util.HashMap<>(criteria);
        body.put("purpose", purpose);
        ApiClient.Response r = api.post(OFFICER, "/api/v1/register/search", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    Map<String, Object> travel(LocalDate departure, String knownSince) {
        Map<String, Object> t = new java.util.HashMap<>();
        t.put("departureDate", departure.toString());
        t.put("departureTime", "23:50");
        t.put("returnDate", departure.plusDays(14).toString());
        t.put("destinations", List.of("GBR", "ARE"));
        t.put("itinerary", "PK-757 LHE-MAN via DXB");
        t.put("carrier", "PIA");
        t.put("firstNightAddress", "12 Rusholme Road, Manchester");
        if (knownSince != null) {
            t.put("knownSince", knownSince);
        }
        return t;
    }

    static JsonNode openDuties(JsonNode record) {
        tools.jackson.databind.node.ArrayNode open = tools.jackson.databind.json.JsonMapper.builder().build()
                .createArrayNode();
        for (JsonNode d : record.get("duties")) {
            if (d.get("status").asString().equals("OPEN")) {
                open.add(d);
            }
        }
        return open;
    }

    static List<String> fields(ApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        return r.json().get("errors").findValuesAsString("field");
    }
}
