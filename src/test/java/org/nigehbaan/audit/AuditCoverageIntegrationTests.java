package org.nigehbaan.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit coverage (issue 10): every search or list that returns people, every export, every review, every read of
 * a person's record and every 404 on a protected record leaves an audit row naming the actor, the client's
 * address and the outcome. One line of the table per endpoint; the test fails, naming the endpoint, when a call
 * leaves no such row. 401 and 403 are the security layer's ({@code ACCESS_DENIED}), tested with accounts.
 */
@IntegrationTest
class AuditCoverageIntegrationTests {

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    static final String DISTRICT = "Audit Coverage";

    /** One endpoint: how to call it, as whom, and the audit action its call must leave. */
    record Line(String method, Supplier<String> path, Supplier<Object> body, String contentType, String user,
                String action) {
    }

    /** The records the calls act on, made once. */
    private final Map<String, String> f = new HashMap<>();

    @Test
    void everyEndpointThatReturnsPeopleExportsReviewsOrRefusesLeavesAnAuditRow() throws Exception {
        fixtures();
        List<Line> table = table();
        List<String> failures = new ArrayList<>();
        StringBuilder coverage = new StringBuilder("\nAUDIT COVERAGE (endpoint -> audit action)\n");
        for (Line line : table) {
            long mark = jdbc.sql("select coalesce(max(seq), 0) from audit_log").query(Long.class).single();
            String path = line.path().get();
            Object body = line.body() == null ? null : line.body().get();
            ApiClient.Response r = line.contentType() == null
                    ? api.send(line.user(), line.method(), path, body == null ? null : ApiClient.json(body),
                    body == null ? null : "application/json")
                    : api.send(line.user(), line.method(), path, (String) body, line.contentType());
            String endpoint = line.method() + " " + path;
            if (r.status() >= 500 || r.status() == 401 || r.status() == 403) {
                failures.add(endpoint + ": answered " + r);
                continue;
            }
            List<Map<String, Object>> rows = jdbc.sql("select actor, client_address, outcome from audit_log "
                            + "where seq > ? and action = ? and actor = ?")
                    .params(mark, line.action(), line.user()).query().listOfRows();
            if (rows.isEmpty()) {
                failures.add(endpoint + " (" + r.status() + ") left no " + line.action() + " row by " + line.user());
            } else if (rows.get(0).get("client_address") == null || rows.get(0).get("outcome") == null) {
                failures.add(endpoint + ": its " + line.action() + " row lacks the client address or the outcome");
            }
            coverage.append(String.format("| `%s %s` | %d | `%s` |%n", line.method(),
                    path.replaceAll("\\?.*", "").replaceAll("/[0-9a-f]{8}-[0-9a-f-]{27}", "/{id}").replaceAll("/\\d+", "/{id}"), r.status(), line.action()));
        }
        System.out.println(coverage);
        assertThat(failures).isEmpty();
    }

    private List<Line> table() {
        String clerk = "list_officer";
        String approver = "list_approver";
        String border = "border_officer";
        String supervisor = "border_supervisor";
        String supervisor2 = "audit_cov_supervisor";
        String registerOfficer = "audit_cov_register";
        String auditor = "auditor";
        String caseOfficer = "case_officer";
        List<Line> t = new ArrayList<>();
        // Searches and lists that return people
        t.add(get("/api/v1/control-list/entries?q=coverage&status=ACTIVE", clerk, "controllist.entries.searched"));
        t.add(get("/api/v1/screenings?q=coverage", supervisor, "screening.log.searched"));
        t.add(get("/api/v1/register/duties", registerOfficer, "register.duties.listed"));
        t.add(get("/api/v1/register/breaches", registerOfficer, "register.breaches.listed"));
        t.add(new Line("POST", () -> "/api/v1/register/search", () -> Map.of("purpose", "OFFENDER_MANAGEMENT",
                "name", "Coverage Registrant"), null, registerOfficer, "register.search.performed"));
        t.add(get("/api/v1/register/changes?status=PENDING", registerOfficer, "register.changes.listed"));
        t.add(get("/api/v1/register/disclosures", auditor, "register.disclosures.listed"));
        t.add(get("/api/v1/cooperation/cases", caseOfficer, "cooperation.cases.listed"));
        t.add(get("/api/v1/redress?status=PENDING", supervisor, "screening.redress.listed"));
        t.add(get("/api/v1/audit?action=controllist", auditor, "audit.log.searched"));
        t.add(get("/api/v1/register/alerts", registerOfficer, "register.alerts.listed"));
        t.add(get("/api/v1/child-reports", "child_protection_officer", "childreports.queue.viewed"));
        // Reads of one person's record
        t.add(get(() -> "/api/v1/control-list/entries/" + f.get("entry"), clerk, "controllist.entry.viewed"));
        t.add(get(() -> "/api/v1/screenings/" + f.get("screening"), supervisor, "screening.viewed"));
        t.add(get(() -> "/api/v1/register/registrants/" + f.get("registrant") + "?purpose=OFFENDER_MANAGEMENT",
                registerOfficer, "register.registrant.viewed"));
        t.add(get(() -> "/api/v1/cooperation/cases/" + f.get("case"), caseOfficer, "cooperation.case.viewed"));
        t.add(get(() -> "/api/v1/redress/" + f.get("redress"), supervisor, "screening.redress.viewed"));
        // Exports
        t.add(get("/api/v1/audit/export?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z", auditor,
                "audit.log.exported"));
        t.add(get("/api/v1/audit/signed-heads", auditor, "audit.signed-heads.exported"));
        t.add(get(() -> "/api/v1/control-list/imports/" + f.get("import") + "/manifest", auditor,
                "controllist.import.manifest-exported"));
        t.add(get("/api/v1/programme/report?from=2020-01-01&to=2020-01-31&format=csv", "analyst",
                "programme.report.generated"));
        // Reviews and second-person decisions
        t.add(new Line("POST", () -> "/api/v1/screenings/" + f.get("screening") + "/hits/" + f.get("entry") + "/review",
                () -> Map.of("outcome", "NOT_THIS_PERSON", "note", "Different father"), null, border,
                "screening.hit.reviewed"));
        t.add(new Line("POST", () -> "/api/v1/redress/" + f.get("redress") + "/confirm", () -> Map.of("note", "ok"),
                null, supervisor2, "screening.redress.confirmed"));
        t.add(new Line("POST", () -> "/api/v1/redress/" + f.get("redress") + "/revoke", () -> Map.of("reason", "no"),
                null, supervisor2, "screening.redress.revoked"));
        t.add(new Line("POST", () -> "/api/v1/register/registrants/" + f.get("indefinite") + "/review",
                () -> Map.of("outcome", "CONTINUE", "reason", "Still high risk"), null, registerOfficer,
                "register.review.recorded"));
        t.add(new Line("POST", () -> "/api/v1/cooperation/cases/" + f.get("case") + "/review", Map::of, null,
                caseOfficer, "cooperation.case.review-started"));
        t.add(new Line("POST", () -> "/api/v1/control-list/imports/" + f.get("staged") + "/approve", Map::of, null,
                approver, "controllist.import.approved"));
        // 404 on a protected record
        t.add(get("/api/v1/control-list/entries/987654321", clerk, "RECORD_NOT_FOUND"));
        t.add(get("/api/v1/screenings/00000000-0000-0000-0000-000000000000", supervisor, "RECORD_NOT_FOUND"));
        t.add(get("/api/v1/register/registrants/987654321?purpose=OFFENDER_MANAGEMENT", registerOfficer,
                "RECORD_NOT_FOUND"));
        t.add(get("/api/v1/cooperation/cases/987654321", caseOfficer, "RECORD_NOT_FOUND"));
        t.add(get("/api/v1/redress/987654321", supervisor, "RECORD_NOT_FOUND"));
        t.add(get("/api/v1/control-list/imports/987654321", auditor, "RECORD_NOT_FOUND"));
        return t;
    }

    private static Line get(String path, String user, String action) {
        return new Line("GET", () -> path, null, null, user, action);
    }

    private static Line get(Supplier<String> path, String user, String action) {
        return new Line("GET", path, null, null, user, action);
    }

    private void fixtures() throws InterruptedException {
        for (Role r : List.of(Role.LIST_OFFICER, Role.LIST_APPROVER, Role.BORDER_OFFICER, Role.BORDER_SUPERVISOR,
                Role.AUDITOR, Role.CASE_OFFICER, Role.CHILD_PROTECTION_OFFICER, Role.ANALYST)) {
            users.user(r);
        }
        users.user("audit_cov_supervisor", Role.BORDER_SUPERVISOR);
        users.user("audit_cov_register", "NPB", DISTRICT, Role.REGISTER_OFFICER);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        for (int i = 0; i < 300 && !api.get("border_officer", "/api/v1/screenings/status").json().get("ready").asBoolean(); i++) {
            Thread.sleep(100);
        }

        String name = "Coverage Listed " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Map<String, Object> proposal = new HashMap<>();
        proposal.put("list", "PCL");
        proposal.put("ground", "DEPORTED_ILLEGAL_MIGRATION");
        proposal.put("person", Map.of("fullName", name, "dateOfBirth", "1981"));
        proposal.put("legalBasis", "Passports Rules 2021 r.22");
        proposal.put("referringAgency", "FIA");
        proposal.put("reason", "Audit coverage");
        proposal.put("effectiveFrom", today.minusDays(5).toString());
        proposal.put("noticeServedOn", today.minusDays(5).toString());
        String entry = api.post("list_officer", "/api/v1/control-list/entries", proposal).json().get("id").asString();
        assertThat(api.post("list_approver", "/api/v1/control-list/entries/" + entry + "/approve", null).status())
                .isEqualTo(200);
        f.put("entry", entry);

        Map<String, Object> screening = Map.of("purpose", "EXIT", "traveller",
                Map.of("fullName", name, "dateOfBirth", "1981-06-06", "passportNumbers", List.of("ZX" + (1_000_000
                        + ThreadLocalRandom.current().nextInt(8_000_000)))));
        JsonNode s = api.post("border_officer", "/api/v1/screenings", screening).json();
        for (int i = 0; i < 100 && !s.get("decision").asString().equals("REFER"); i++) {
            Thread.sleep(50);
            s = api.post("border_officer", "/api/v1/screenings", screening).json();
        }
        assertThat(s.get("decision").asString()).isEqualTo("REFER");
        f.put("screening", s.get("id").asString());
        JsonNode earlier = api.post("border_officer", "/api/v1/screenings", screening).json();
        JsonNode review = api.post("border_officer", "/api/v1/screenings/" + earlier.get("id").asString() + "/hits/"
                + entry + "/review", Map.of("outcome", "NOT_THIS_PERSON", "note", "NADRA record differs")).json();
        f.put("redress", review.get("redressId").asString());
        for (int i = 0; i < 50 && api.get("border_supervisor", "/api/v1/screenings/" + f.get("screening")).status() == 404; i++) {
            Thread.sleep(50); // the screening log is written in the background
        }

        f.put("registrant", register("Coverage Registrant", today.minusYears(1), 14));
        f.put("indefinite", register("Coverage Indefinite", today.minusYears(20), 144));

        Map<String, Object> caseBody = new HashMap<>();
        caseBody.put("type", "MUTUAL_LEGAL_ASSISTANCE");
        caseBody.put("direction", "INCOMING");
        caseBody.put("summary", "Audit coverage case");
        caseBody.put("offence", "Money laundering");
        caseBody.put("subjects", List.of(Map.of("fullName", "Coverage Subject", "nationality", "PAK")));
        ApiClient.Response opened = api.post("case_officer", "/api/v1/cooperation/cases", caseBody);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        f.put("case", opened.json().get("id").asString());
        api.post("case_officer", "/api/v1/cooperation/cases/" + f.get("case") + "/acknowledge", Map.of());

        String csv = "external_id,list,ground,full_name,aliases,date_of_birth,gender,nationality,cnic,passport_numbers,"
                + "effective_from,expires_on,legal_basis,reason\n";
        String row = ",PCL,DEPORTED_ILLEGAL_MIGRATION,Coverage Imported,,1970,M,PAK,,," + today.minusDays(3)
                + ",,Passports Rules 2021 r.22,Deported\n";
        String id = "COV-" + System.nanoTime();
        long approved = api.postRaw("admin", "/api/v1/control-list/imports?approvalReference=COV", csv + id + "-1" + row,
                "text/csv").json().get("importId").asLong();
        api.post("list_approver", "/api/v1/control-list/imports/" + approved + "/approve", null);
        f.put("import", Long.toString(approved));
        f.put("staged", api.postRaw("admin", "/api/v1/control-list/imports?approvalReference=COV", csv + id + "-2" + row,
                "text/csv").json().get("importId").asString());
    }

    private String register(String fullName, LocalDate convictedOn, int months) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("fullName", fullName);
        person.put("dateOfBirth", "1960-04-12");
        person.put("gender", "M");
        person.put("nationality", "PAK");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("person", person);
        body.put("addresses", List.of(Map.of("kind", "HOME", "line1", "House 1", "city", "Lahore")));
        body.put("convictions", List.of(Map.of("offence", "PPC 376", "court", "Sessions Court",
                "convictedOn", convictedOn.toString(), "disposal", "IMPRISONMENT",
                "sentence", Map.of("length", months, "unit", "MONTHS"))));
        body.put("riskLevel", 2);
        body.put("riskReason", "Audit coverage");
        body.put("station", Map.of("name", "PS Coverage", "district", DISTRICT));
        ApiClient.Response r = api.post("audit_cov_register", "/api/v1/register/registrants", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }
}
