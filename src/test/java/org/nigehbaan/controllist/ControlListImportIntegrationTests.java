package org.nigehbaan.controllist;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
    void setUp() throws InterruptedException {
        prefix = "T" + UUID.randomUUID().toString().substring(0, 8);
        today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Karachi"));
        users.user(Role.LIST_APPROVER);
        users.user(Role.LIST_OFFICER);
        users.user(Role.AUDITOR);
        users.user(Role.BORDER_OFFICER);
        for (int i = 0; i < 300 && !api.get("border_officer", "/api/v1/screenings/status").json().get("ready").asBoolean(); i++) {
            Thread.sleep(100);
        }
    }

    ApiClient.Response stage(String csv) {
        return stage("admin", csv, null);
    }

    ApiClient.Response stage(String user, String csv, String source) {
        return api.postRaw(user, "/api/v1/control-list/imports?approvalReference=MOI-PCL-2026-17"
                + (source == null ? "" : "&source=" + source), csv, "text/csv");
    }

    ApiClient.Response approve(String user, long importId) {
        return api.post(user, "/api/v1/control-list/imports/" + importId + "/approve", Map.of("comment", "checked"));
    }

    /** Stages as the administrator and approves as the list approver. */
    JsonNode importApproved(String csv, String source) {
        ApiClient.Response staged = stage("admin", csv, source);
        assertThat(staged.status()).as(staged.body()).isEqualTo(202);
        ApiClient.Response approved = approve("list_approver", staged.json().get("importId").asLong());
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return approved.json();
    }

    String row(String id, String list, String ground, String name, String dob, String cnic, String from, String expires) {
        return String.join(",", prefix + "-" + id, list, ground, name, "Alias One;Alias Two", dob, "M", "PAK", cnic,
                "AB1234567;CD7654321", from, expires, "Passports Rules 2021 r.22", "Deported from Greece") + "\n";
    }

    static String freshCnic() {
        return "35202-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999) + "-1";
    }

    @Test
    void rowsAreStagedWithCountsAndErrorsAndListedOnlyWhenASecondPersonApproves() throws Exception {
        String from = today.minusYears(1).toString();
        String cnic = freshCnic();
        String csv = ImportCsvGenerator.HEADER + "\n"
                + row("1", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Shahid Mehmood", "1980", cnic, from, "")
                + row("2", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Bilal Ahmed", "1980-02-30", "35202-1111111-3", from, "")
                + row("3", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Kamran Akmal", "1985", "35202-11111", from, "")
                + row("4", "PCL", "SMUGGLING_OF_GOLD", "Naveed Iqbal", "1985", "35202-1111111-5", from, "")
                + prefix + "-5,PCL,DEPORTED_ILLEGAL_MIGRATION,Asif Ali\n"
                + row("6", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Usman Tariq", "1990-07", "", "2026-13-01", "")
                + row("7", "ECL", "CORRUPTION", "Tariq Aziz", "1970-01-01", "61101-2222222-1", today.toString(), "")
                + row("1", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Shahid Mehmood Again", "1980", "", from, "")
                + row("9", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Hamza Ali", "1980", "", today.minusYears(6).toString(), "");
        ApiClient.Response staged = stage(csv);
        assertThat(staged.status()).as(staged.body()).isEqualTo(202);
        JsonNode result = staged.json();
        long importId = result.get("importId").asLong();
        assertThat(result.get("status").asString()).isEqualTo("STAGED");
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
        assertThat(api.get("list_approver", "/api/v1/control-list/imports/" + importId).json().get("rejected").size())
                .isEqualTo(7);

        // Staged: no entry, nobody screened against it.
        assertThat(search(prefix + "-1").get("total").asLong()).isZero();
        Map<String, Object> traveller = Map.of("fullName", "Shahid Mehmood", "cnic", cnic);
        assertThat(screen(traveller).get("decision").asString()).isEqualTo("CLEAR");
        assertThat(events.stream(EntriesImported.class).filter(e -> e.importId() == importId)).isEmpty();

        // Only a list approver, and not the administrator who imported it.
        assertThat(approve("admin", importId).status()).isEqualTo(403);
        assertThat(approve("list_officer", importId).status()).isEqualTo(403);
        ApiClient.Response approved = approve("list_approver", importId);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("imported").asInt()).isEqualTo(2);
        assertThat(approved.json().get("decidedBy").asString()).isEqualTo("list_approver");

        JsonNode entry = entryByExternalId(prefix + "-1");
        assertThat(entry.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(entry.get("expiresOn").asString()).isEqualTo(today.minusYears(1).plusYears(5).toString());
        assertThat(entry.get("person").get("aliases").toString()).contains("Alias One", "Alias Two");
        assertThat(entry.get("history").get(0).get("action").asString()).isEqualTo("IMPORTED");
        assertThat(entry.get("history").get(0).get("actor").asString()).isEqualTo("admin");
        assertThat(entry.get("history").get(1).get("action").asString()).isEqualTo("IMPORT_APPROVED");
        assertThat(entry.get("history").get(1).get("actor").asString()).isEqualTo("list_approver");
        assertThat(events.stream(EntriesImported.class).filter(e -> e.importId() == importId)).hasSize(1);
        List<EntryActivated> streamed = new ArrayList<>();
        service.forEachActiveInImport(importId, streamed::add);
        assertThat(streamed).extracting(EntryActivated::externalId).containsExactlyInAnyOrder(prefix + "-1", prefix + "-7");
        assertThat(screenUntil("STOP", traveller).get("decision").asString()).isEqualTo("STOP");

        // A second approval changes nothing and records nothing more.
        assertThat(approve("list_approver", importId).json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(auditRows("controllist.import.approved", importId)).hasSize(1);

        // Re-importing the same file changes nothing.
        JsonNode again = importApproved(csv, null);
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.get("rejectedCount").asInt()).isEqualTo(7);
    }

    @Test
    void theApprovalIsOneAuditRowWithTheDigestsOfItsManifest() throws Exception {
        String from = today.minusYears(1).toString();
        String csv = ImportCsvGenerator.HEADER + "\n"
                + row("m1", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Imran Qureshi", "1981", "", from, "")
                + row("m2", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Zafar Iqbal", "1982", "", from, "")
                + row("m3", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Asif Butt", "1983", "", from, "");
        JsonNode approved = importApproved(csv, null);
        long importId = approved.get("importId").asLong();

        ApiClient.Response manifest = api.get("auditor", "/api/v1/control-list/imports/" + importId + "/manifest");
        assertThat(manifest.status()).isEqualTo(200);
        String[] lines = manifest.body().split("\n");
        assertThat(lines[0]).isEqualTo("line,external_id,entry_id,action,row_sha256");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).startsWith("2," + prefix + "-m1,").contains(",CREATE,");
        long entryId = Long.parseLong(lines[1].split(",")[2]);
        assertThat(entryByExternalId(prefix + "-m1").get("id").asLong()).isEqualTo(entryId);

        List<JsonNode> audit = auditRows("controllist.import.approved", importId);
        assertThat(audit).hasSize(1);
        JsonNode details = tools.jackson.databind.json.JsonMapper.builder().build().readTree(audit.get(0).get("details").asString());
        assertThat(details.get("manifestSha256").asString()).isEqualTo(sha256(manifest.body()))
                .isEqualTo(approved.get("manifestSha256").asString());
        StringBuilder rowHashes = new StringBuilder();
        for (int i = 1; i < lines.length; i++) {
            rowHashes.append(lines[i].substring(lines[i].lastIndexOf(',') + 1)).append('\n');
        }
        assertThat(details.get("rowsSha256").asString()).isEqualTo(sha256(rowHashes.toString()));
        assertThat(details.get("created").asInt()).isEqualTo(3);
        assertThat(audit.get(0).get("actor").asString()).isEqualTo("list_approver");
        assertThat(audit.get(0).get("clientAddress").asString()).isNotBlank();
        assertThat(auditRows("controllist.import.manifest-exported", importId)).isNotEmpty();
    }

    @Test
    void anImportChangesOnlyEntriesAnEarlierImportOfTheSameSourceCreated() {
        String from = today.minusYears(1).toString();
        importApproved(ImportCsvGenerator.HEADER + "\n"
                + row("x", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Faisal Qureshi", "1975", "", from, ""), "FIA-LEGACY");
        ApiClient.Response proposed = api.post("list_officer", "/api/v1/control-list/entries", Map.of("list", "PCL",
                "ground", "DEPORTED_ILLEGAL_MIGRATION", "person", Map.of("fullName", "Rizwan Butt", "dateOfBirth", "1975"),
                "legalBasis", "Passports Rules 2021 r.22", "referringAgency", "FIA", "reason", "Deported",
                "effectiveFrom", from, "noticeServedOn", from, "externalId", prefix + "-y"));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        long proposedId = proposed.json().get("id").asLong();
        assertThat(api.post("list_approver", "/api/v1/control-list/entries/" + proposedId + "/approve", null).status())
                .isEqualTo(200);

        String changed = ImportCsvGenerator.HEADER + "\n"
                + row("x", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Faisal Qureshi", "1975-05-05", "", from, "")
                + row("y", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Rizwan Butt", "1960-01-01", "", from, "");
        JsonNode other = stage("admin", changed, "NADRA-FEED").json();
        assertThat(other.get("updated").asInt()).isZero();
        assertThat(other.get("rejected").toString()).contains("created by an import from FIA-LEGACY, not NADRA-FEED")
                .contains("listed in Nigehbaan");

        JsonNode same = importApproved(changed, "FIA-LEGACY");
        assertThat(same.get("updated").asInt()).isEqualTo(1);
        assertThat(same.get("rejectedCount").asInt()).isEqualTo(1);
        assertThat(same.get("rejected").get(0).get("line").asLong()).isEqualTo(3);
        assertThat(same.get("rejected").get(0).get("errors").get(0).asString()).contains("entry " + proposedId)
                .contains("leaves it alone");
        assertThat(entryByExternalId(prefix + "-x").get("person").get("dateOfBirth").asString()).isEqualTo("1975-05-05");
        assertThat(entryByExternalId(prefix + "-y").get("person").get("dateOfBirth").asString()).isEqualTo("1975");
    }

    @Test
    void aRemovedEntryIsNeverRelistedAndAnEntryTakenMeanwhileIsRefusedAtApproval() {
        String from = today.minusYears(1).toString();
        importApproved(ImportCsvGenerator.HEADER + "\n"
                + row("a", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Faisal Qureshi", "1975", "", from, "")
                + row("b", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Rizwan Butt", "1975", "", from, ""), null);
        long removedId = entryByExternalId(prefix + "-b").get("id").asLong();
        api.post("list_approver", "/api/v1/control-list/entries/" + removedId + "/remove", Map.of("reason", "court"));

        JsonNode r = importApproved(ImportCsvGenerator.HEADER + "\n"
                + row("a", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Faisal Qureshi", "1975-05-05", "", from, "")
                + row("b", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Rizwan Butt", "1975", "", from, ""), null);
        assertThat(r.get("updated").asInt()).isEqualTo(1);
        assertThat(r.get("rejected").get(0).get("errors").get(0).asString()).contains("REMOVED");

        // Two staged imports of different sources name the same new external id: the one approved first lists
        // it; the other's approval refuses that row and says why.
        String c = ImportCsvGenerator.HEADER + "\n"
                + row("c", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Hamza Gondal", "1990", "", from, "");
        long first = stage("admin", c, "SOURCE-ONE").json().get("importId").asLong();
        long second = stage("admin", c, "SOURCE-TWO").json().get("importId").asLong();
        assertThat(approve("list_approver", first).json().get("imported").asInt()).isEqualTo(1);
        JsonNode late = approve("list_approver", second).json();
        assertThat(late.get("imported").asInt()).isZero();
        assertThat(late.get("refusedAtApproval").asInt()).isEqualTo(1);
        assertThat(late.get("rejected").get(0).get("errors").get(0).asString()).contains("SOURCE-ONE");
    }

    @Test
    void theImporterCannotDecideTheirOwnImportAndARejectedImportListsNothing() {
        users.user("import_approver", Role.LIST_OFFICER, Role.LIST_APPROVER);
        String csv = ImportCsvGenerator.HEADER + "\n"
                + row("r", "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Naveed Awan", "1970", "", today.minusYears(1).toString(), "");
        long own = stage("import_approver", csv, null).json().get("importId").asLong();
        ApiClient.Response self = approve("import_approver", own);
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.json().get("detail").asString()).contains("staged by import_approver");
        assertThat(api.post("import_approver", "/api/v1/control-list/imports/" + own + "/reject", null).status())
                .isEqualTo(409);

        ApiClient.Response rejected = api.post("list_approver", "/api/v1/control-list/imports/" + own + "/reject",
                Map.of("comment", "wrong file"));
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(approve("list_approver", own).status()).isEqualTo(409);
        assertThat(search(prefix + "-r").get("total").asLong()).isZero();
        assertThat(jdbc.sql("select count(*) from cl_import_row where import_id = ?").param(own).query(Long.class).single())
                .isZero();
        JsonNode staged = api.get("list_approver", "/api/v1/control-list/imports?status=REJECTED&size=50").json();
        assertThat(staged.get("items").toString()).contains("\"importId\":" + own);
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsA400AndStoresNothing() {
        long imports = jdbc.sql("select count(*) from cl_import").query(Long.class).single();
        ApiClient.Response r = stage("external_id,list,name\n" + prefix + "-1,PCL,Someone\n");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("header");
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("ground", "full_name");
        ApiClient.Response broken = stage(ImportCsvGenerator.HEADER + "\n" + prefix + "-1,PCL,\"unclosed\n");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
        ApiClient.Response noRef = api.postRaw("admin", "/api/v1/control-list/imports", ImportCsvGenerator.HEADER, "text/csv");
        assertThat(noRef.json().get("errors").get(0).get("field").asString()).isEqualTo("approvalReference");
        ApiClient.Response badSource = stage("admin", ImportCsvGenerator.HEADER, "no%20spaces");
        assertThat(badSource.json().get("errors").get(0).get("field").asString()).isEqualTo("source");
        ApiClient.Response json = api.postRaw("admin", "/api/v1/control-list/imports?approvalReference=X", "{}",
                "application/json");
        assertThat(json.status()).isEqualTo(415);
        assertThat(jdbc.sql("select count(*) from cl_import").query(Long.class).single()).isEqualTo(imports);
    }

    @Test
    void twentyThousandRowsStageAndApproveInSeconds() throws Exception {
        StringWriter csv = new StringWriter();
        ImportCsvGenerator.write(csv, prefix, 20_000, 42, today);
        long start = System.nanoTime();
        JsonNode staged = stage(csv.toString()).json();
        long staging = (System.nanoTime() - start) / 1_000_000;
        assertThat(staged.get("imported").asInt()).isEqualTo(20_000);
        start = System.nanoTime();
        JsonNode approved = approve("list_approver", staged.get("importId").asLong()).json();
        long approval = (System.nanoTime() - start) / 1_000_000;
        assertThat(approved.get("imported").asInt()).isEqualTo(20_000);
        assertThat(staging).as("staging 20,000 rows should take well under 30 s; took %d ms", staging).isLessThan(30_000);
        assertThat(approval).as("approving 20,000 rows should take well under 30 s; took %d ms", approval)
                .isLessThan(30_000);
    }

    private List<JsonNode> auditRows(String action, long importId) {
        JsonNode page = api.get("auditor", "/api/v1/audit?action=" + action + "&targetId=" + importId + "&size=50").json();
        List<JsonNode> rows = new ArrayList<>();
        page.get("items").forEach(rows::add);
        return rows;
    }

    private JsonNode screen(Map<String, Object> traveller) {
        ApiClient.Response r = api.post("border_officer", "/api/v1/screenings",
                Map.of("purpose", "EXIT", "traveller", traveller));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private JsonNode screenUntil(String decision, Map<String, Object> traveller) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        JsonNode r = screen(traveller);
        while (!r.get("decision").asString().equals(decision) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            r = screen(traveller);
        }
        return r;
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private JsonNode search(String externalId) {
        return api.get("list_officer", "/api/v1/control-list/entries?q=" + externalId.toLowerCase()).json();
    }

    private JsonNode entryByExternalId(String externalId) {
        long id = search(externalId).get("items").get(0).get("id").asLong();
        return api.get("list_officer", "/api/v1/control-list/entries/" + id).json();
    }
}
