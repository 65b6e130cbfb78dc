package org.nigehbaan.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.StreamedUploads;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies are bounded (nigehbaan.limits.*): a body past its limit, whether it declares its length or
 * streams, is a 413 problem naming the limit; a batch over its traveller cap is refused before the rest is read
 * and before anyone is screened.
 */
@IntegrationTest
class RequestLimitsIntegrationTests {

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;

    @BeforeEach
    void setUp() throws InterruptedException {
        users.user(Role.LIST_OFFICER);
        users.user(Role.BORDER_OFFICER);
        users.user(Role.AUDITOR);
        for (int i = 0; i < 300 && !api.get("border_officer", "/api/v1/screenings/status").json().get("ready").asBoolean(); i++) {
            Thread.sleep(100);
        }
    }

    /** A JSON proposal padded past 1MB. */
    static String bigJson() {
        return "{\"list\":\"PCL\",\"reason\":\"" + "x".repeat(1_100_000) + "\"}";
    }

    @Test
    void aJsonBodyOverItsLimitIsA413WhetherItDeclaresItsLengthOrStreams() {
        ApiClient.Response declared = api.post("list_officer", "/api/v1/control-list/entries", bigJson());
        assertThat(declared.status()).as(declared.body()).isEqualTo(413);
        assertThat(declared.contentType()).startsWith("application/problem+json");
        assertThat(declared.json().get("limit").asString()).isEqualTo("json");
        assertThat(declared.json().get("detail").asString()).contains("nigehbaan.limits.json");

        ApiClient.Response streamed = StreamedUploads.post(api, "list_officer", "/api/v1/control-list/entries",
                bigJson().getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(streamed.status()).as(streamed.body()).isEqualTo(413);
        assertThat(streamed.json().get("limit").asString()).isEqualTo("json");
        assertThat(streamed.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
    }

    @Test
    void aCsvBatchOverTheTravellerCapIsRefusedBeforeAnyoneIsScreened() throws Exception {
        String marker = "Capped Traveller " + System.nanoTime();
        StringBuilder csv = new StringBuilder("ref,full_name,date_of_birth,nationality,gender,passport_number,cnic\n");
        for (int i = 0; i <= 5_000; i++) {
            csv.append('R').append(i).append(',').append(marker).append(",1980,PAK,M,,\n");
        }
        ApiClient.Response r = StreamedUploads.post(api, "border_officer", "/api/v1/screenings/batch?purpose=EXIT",
                csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(r.status()).as(r.body()).isEqualTo(413);
        assertThat(r.json().get("detail").asString()).contains("more than 5000 travellers").contains("nobody was screened");
        Thread.sleep(1_500); // the screening log is written in the background
        JsonNode logged = api.get("auditor", "/api/v1/screenings?q=" + marker.toLowerCase().replace(' ', '+')).json();
        assertThat(logged.get("total").asLong()).isZero();
    }

    @Test
    void aPaxlstManifestOverTheTravellerCapIsRefusedBeforeTheRestIsParsed() {
        String manifest = org.nigehbaan.screening.paxlst.SyntheticManifest.generate(5_001, 5);
        ApiClient.Response r = StreamedUploads.post(api, "border_officer", "/api/v1/screenings/batch?purpose=EXIT",
                manifest.getBytes(StandardCharsets.UTF_8), "application/edifact");
        assertThat(r.status()).as(r.body()).isEqualTo(413);
        assertThat(r.json().get("limit").asString()).isEqualTo("max-batch");
        ApiClient.Response fine = api.postRaw("border_officer", "/api/v1/screenings/batch?purpose=EXIT",
                org.nigehbaan.screening.paxlst.SyntheticManifest.generate(3, 5), "application/edifact");
        assertThat(fine.status()).isEqualTo(200);
    }

    @Test
    void smallBodiesPassUntouched() {
        ApiClient.Response r = api.post("list_officer", "/api/v1/control-list/entries", Map.of("list", "PCL"));
        assertThat(r.status()).isEqualTo(400);
    }
}
