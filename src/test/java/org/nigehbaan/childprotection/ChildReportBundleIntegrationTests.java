package org.nigehbaan.childprotection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nigehbaan.childprotection.ChildReportTestData.file;
import static org.nigehbaan.childprotection.ChildReportTestData.hex;
import static org.nigehbaan.childprotection.ChildReportTestData.report;
import static org.nigehbaan.childprotection.ChildReportTestData.uniqueId;

/**
 * Bundles by each link kind: two reports sharing only one key (a SHA-256, SHA-1 or MD5 hash, a PDQ hash within
 * distance 31, an account, a phone, an e-mail, a URL) land in one bundle; bundles merge through a report that
 * links them; nothing else links.
 */
@IntegrationTest
class ChildReportBundleIntegrationTests {

    static final String PLATFORM = "platform.bundles";
    static final String OFFICER = "cpo.bundles";

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void accounts() {
        users.user(PLATFORM, "Hotline", null, Role.PLATFORM_REPORTER);
        users.user(OFFICER, "NCCIA", null, Role.CHILD_PROTECTION_OFFICER);
    }

    String submit(Map<String, Object> body) {
        ApiClient.Response r = api.post(PLATFORM, "/api/v1/child-reports", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("reference").asString();
    }

    JsonNode view(String ref) {
        return api.get(OFFICER, "/api/v1/child-reports/" + ref).json();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> firstFile(Map<String, Object> r) {
        return (Map<String, Object>) ((List<Object>) r.get("files")).get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> firstSuspect(Map<String, Object> r) {
        return (Map<String, Object>) ((List<Object>) r.get("suspects")).get(0);
    }

    /** Two otherwise unrelated reports, the second given one key of the first: are they one bundle? */
    void assertLinked(String kind, BiConsumer<Map<String, Object>, Map<String, Object>> share) {
        Map<String, Object> first = report();
        Map<String, Object> second = report();
        share.accept(first, second);
        String a = submit(first);
        String b = submit(second);
        JsonNode va = view(a);
        JsonNode vb = view(b);
        assertThat(vb.get("bundle").get("id").asLong()).as(kind).isEqualTo(va.get("bundle").get("id").asLong());
        assertThat(vb.get("bundle").get("size").asInt()).as(kind).isEqualTo(2);
        JsonNode other = vb.get("bundle").get("reports").get(0);
        assertThat(other.get("reference").asString()).isEqualTo(a);
        assertThat(other.get("sharedWithThis").valueStream().map(JsonNode::asString).toList()).as(kind).contains(kind);
    }

    @Test
    void reportsSharingACryptographicHashAreOneBundle() {
        assertLinked("SHA256", (a, b) -> firstFile(b).put("sha256", firstFile(a).get("sha256")));
        assertLinked("SHA1", (a, b) -> firstFile(b).put("sha1", firstFile(a).get("sha1")));
        assertLinked("MD5", (a, b) -> firstFile(b).put("md5", ((String) firstFile(a).get("md5")).toUpperCase()));
    }

    @Test
    void reportsWithPdqHashesWithinDistance31AreOneBundleAndAt32AreNot() {
        String pdq = hex(32);
        assertLinked("PDQ", (a, b) -> {
            firstFile(a).put("pdq", pdq);
            firstFile(b).put("pdq", ChildReportTestData.flip(pdq, 31));
        });
        String other = hex(32);
        Map<String, Object> a = report();
        firstFile(a).put("pdq", other);
        Map<String, Object> b = report();
        firstFile(b).put("pdq", ChildReportTestData.flip(other, 32));
        String ra = submit(a);
        String rb = submit(b);
        assertThat(view(rb).get("bundle").get("id").asLong()).isNotEqualTo(view(ra).get("bundle").get("id").asLong());
        assertThat(view(rb).get("bundle").get("size").asInt()).isEqualTo(1);
    }

    @Test
    void reportsSharingAnAccountAPhoneAnEmailOrAUrlAreOneBundleHoweverEachWasWritten() {
        assertLinked("ACCOUNT", (a, b) -> firstSuspect(b).put("accounts",
                List.of("@" + ((List<?>) firstSuspect(a).get("accounts")).get(0).toString().toUpperCase())));
        String local = "0345" + (1_000_000 + (int) (Math.random() * 8_999_999));
        assertLinked("PHONE", (a, b) -> {
            firstSuspect(a).put("phones", List.of(local));
            firstSuspect(b).put("phones", List.of("+92 " + local.substring(1, 4) + " " + local.substring(4)));
        });
        String email = uniqueId("someone") + "@example.com";
        assertLinked("EMAIL", (a, b) -> {
            firstSuspect(a).put("emails", List.of(email));
            firstSuspect(b).put("emails", List.of(email.toUpperCase()));
        });
        assertLinked("URL", (a, b) -> b.put("urls", List.of(((List<?>) a.get("urls")).get(0).toString()
                .replace("https://example.com", "https://WWW.example.com") + "/")));
    }

    @Test
    void aReportLinkingTwoBundlesMergesThem() {
        Map<String, Object> x = report();
        Map<String, Object> y = report();
        String rx = submit(x);
        String ry = submit(y);
        assertThat(view(rx).get("bundle").get("id").asLong()).isNotEqualTo(view(ry).get("bundle").get("id").asLong());
        Map<String, Object> z = report();
        List<Object> files = new ArrayList<>();
        files.add(file((String) firstFile(x).get("sha256"), null));
        files.add(file(hex(32), null));
        z.put("files", files);
        z.put("suspects", List.of(firstSuspect(y)));
        String rz = submit(z);
        long bundle = view(rz).get("bundle").get("id").asLong();
        assertThat(view(rx).get("bundle").get("id").asLong()).isEqualTo(bundle);
        assertThat(view(ry).get("bundle").get("id").asLong()).isEqualTo(bundle);
        JsonNode fromX = view(rx).get("bundle");
        assertThat(fromX.get("size").asInt()).isEqualTo(3);
        assertThat(fromX.get("reports").valueStream().filter(r -> r.get("reference").asString().equals(ry))
                .findFirst().orElseThrow().get("sharedWithThis")).as("x and y are linked only through z").isEmpty();
    }

    @Test
    void linesOfOneBulkRequestLinkToEachOther() {
        Map<String, Object> a = report();
        Map<String, Object> b = report();
        b.put("urls", a.get("urls"));
        JsonNode r = api.postRaw(PLATFORM, "/api/v1/child-reports/bulk", ApiClient.json(a) + "\n" + ApiClient.json(b),
                "application/x-ndjson").json();
        assertThat(r.get("created").asLong()).isEqualTo(2);
        ChildReportTestData.awaitLinked(jdbc, (String) b.get("sourceReportId"), Duration.ofSeconds(30));
        String ra = api.post(PLATFORM, "/api/v1/child-reports", a).json().get("reference").asString();
        assertThat(view(ra).get("bundle").get("size").asInt()).isEqualTo(2);
    }
}
