package org.nigehbaan.controllist;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.MutableClock;
import org.nigehbaan.support.PublishedEvents;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ControlListImportIntegrationTests {

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PublishedEvents events;
    @Autowired
    ControlListService service;
    @Autowired
    MutableClock clock;

    String prefix;
    LocalDate today;

    @BeforeEach
    void setUp() {
        prefix = "T" + UUID.randomUUID().toString().substring(0, 8);
        today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Karachi"));
        users.user(Role.LIST_APPROVER);
        users.user(Role.LIST_OFFICER);
    }

    ApiClient.Response importCsv(String csv) {
        return api.postRaw("admin", "/api/v1/control-list/imports?approvalReference=MOI-PCL-2026-17", csv, "text/csv");
    }

    String row(String id, String list, String ground, String name, String dob, String cnic, String from, String expires) {
        return String.join(",", prefix + "-" + id, list, ground, name, "Alias One;Alias Two", dob, "M", "PAK", cnic,
                "AB1234567;CD7654321", from, expires, "Passports Rules 2021 r.22", "Deported from Greece") + "\n";
    }

    @Test
    void validRowsLandActiveBadRowsAreReportedByLineAndReimportingChangesNothing() {
        String from = today.minusYears(1).toString();
        String csv = ImportCsvGenerator.HEADER + "\n"
                + row("1", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Shahid Mehmood", "1980", "35202-1111111-1", from, "")
                + row("2", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Bilal Ahmed", "1980-02-30", "35202-1111111-3", from, "")
                + row("3", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Kamran Akmal", "1985", "35202-11111", from, "")
                + row("4", "PCL", "SMUGGLING_OF_GOLD", "Naveed Iqbal", "1985", "35202-1111111-5", from, "")
                + prefix + "-5,PCL,DEPORTED_ILLEGAL_MIGRATION,Asif Ali\n"
                + row("6", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Usman Tariq", "1990-07", "", "2026-13-01", "")
                + row("7", "ECL", "CORRUPTION", "Tariq Aziz", "1970-01-01", "61101-2222222-1", today.toString(), "")
                + row("1", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Shahid Mehmood Again", "1980", "", from, "")
                + row("9", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Hamza Ali", "1980", "", today.minusYears(6).toString(), "");
        JsonNode result = importCsv(csv).json();
        assertThat(result.get("imported").asInt()).isEqualTo(2);
        assertThat(result.get("unchanged").asInt()).isZero();
        assertThat(result.get("rejectedCount").asInt()).isEqualTo(7);
        Map<Long, String> rejected = new java.util.TreeMap<>();
        result.get("rejected").forEach(r -> rejected.put(r.get("line").asLong(), r.get("errors").toString()));
        assertThat(rejected.keySet()).containsExactly(3L, 4L, 5L, 6L, 7L, 9L, 10L);
        assertThat(rejected.get(3L)).contains("date_of_birth").contains("not a real date");
        assertThat(rejected.get(4L)).contains("cnic");
        assertThat(rejected.get(5L)).contains("ground").contains("SMUGGLING_OF_GOLD");
        assertThat(rejected.get(6L)).contains("columns");
        assertThat(rejected.get(7L)).contains("effective_from");
        assertThat(rejected.get(9L)).contains("repeats the one on line 2");
        assertThat(rejected.get(10L)).contains("ended on");

        JsonNode entry = entryByExternalId(prefix + "-1");
        assertThat(entry.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(entry.get("expiresOn").asString()).isEqualTo(today.minusYears(1).plusYears(5).toString());
        assertThat(entry.get("person").get("aliases").toString()).contains("Alias One", "Alias Two");
        assertThat(entry.get("history").get(0).get("action").asString()).isEqualTo("IMPORTED");
        assertThat(events.stream(EntriesImported.class).filter(e -> e.importId() == result.get("importId").asLong()))
                .hasSize(1);
        List<EntryActivated> streamed = new ArrayList<>();
        service.forEachActiveInImport(result.get("importId").asLong(), streamed::add);
        assertThat(streamed).extracting(EntryActivated::externalId).containsExactlyInAnyOrder(prefix + "-1", prefix + "-7");

        JsonNode again = importCsv(csv).json();
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.get("rejectedCount").asInt()).isEqualTo(7);
    }

    @Test
    void aChangedRowUpdatesTheEntryAndARemovedEntryIsNeverRelistedByImport() {
        String from = today.minusYears(1).toString();
        String first = ImportCsvGenerator.HEADER + "\n"
                + row("a", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Faisal Qureshi", "1975", "", from, "")
                + row("b", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Rizwan Butt", "1975", "", from, "");
        assertThat(importCsv(first).json().get("imported").asInt()).isEqualTo(2);
        long removedId = entryByExternalId(prefix + "-b").get("id").asLong();
        api.post("list_approver", "/api/v1/control-list/entries/" + removedId + "/remove", Map.of("reason", "court"));

        String second = ImportCsvGenerator.HEADER + "\n"
                + row("a", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Faisal Qureshi", "1975-05-05", "", from, "")
                + row("b", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Rizwan Butt", "1975", "", from, "");
        JsonNode r = importCsv(second).json();
        assertThat(r.get("updated").asInt()).isEqualTo(1);
        assertThat(r.get("rejected").get(0).get("errors").get(0).asString()).contains("REMOVED");
        assertThat(entryByExternalId(prefix + "-a").get("person").get("dateOfBirth").asString()).isEqualTo("1975-05-05");
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsA400AndStoresNothing() {
        long imports = jdbc.sql("select count(*) from cl_import").query(Long.class).single();
        ApiClient.Response r = importCsv("external_id,list,name\n" + prefix + "-1,PCL,Someone\n");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("header");
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("ground", "full_name");
        ApiClient.Response broken = importCsv(ImportCsvGenerator.HEADER + "\n" + prefix + "-1,PCL,\"unclosed\n");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
        ApiClient.Response noRef = api.postRaw("admin", "/api/v1/control-list/imports", ImportCsvGenerator.HEADER, "text/csv");
        assertThat(noRef.json().get("errors").get(0).get("field").asString()).isEqualTo("approvalReference");
        ApiClient.Response json = api.postRaw("admin", "/api/v1/control-list/imports?approvalReference=X", "{}",
                "application/json");
        assertThat(json.status()).isEqualTo(415);
        assertThat(jdbc.sql("select count(*) from cl_import").query(Long.class).single()).isEqualTo(imports);
    }

    @Test
    void twentyThousandRowsImportInSeconds() throws Exception {
        StringWriter csv = new StringWriter();
        ImportCsvGenerator.write(csv, prefix, 20_000, 42, today);
        long start = System.nanoTime();
        JsonNode r = importCsv(csv.toString()).json();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.get("imported").asInt() + r.get("rejectedCount").asInt()).isEqualTo(20_000);
        assertThat(r.get("rejectedCount").asInt()).isZero();
        assertThat(millis).as("20,000 rows should take well under 30 s; took %d ms", millis).isLessThan(30_000);
    }

    private JsonNode entryByExternalId(String externalId) {
        JsonNode page = api.get("list_officer", "/api/v1/control-list/entries?q=" + externalId.toLowerCase()).json();
        long id = page.get("items").get(0).get("id").asLong();
        return api.get("list_officer", "/api/v1/control-list/entries/" + id).json();
    }
}
