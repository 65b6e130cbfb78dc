package org.nigehbaan.childprotection;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nigehbaan.childprotection.ChildReportTestData.report;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Media is never received: multipart, image and video bodies, base64 blobs and data URIs in JSON or forms are
 * refused with 415 and a message saying to send hashes; nothing of the request is stored, and nothing of it is
 * logged.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ChildReportMediaIntegrationTests {

    static final String PLATFORM = "platform.media";
    /** A recognisable blob: if any of it reached a table or a log, the searches below find it. */
    static final String BLOB = Base64.getEncoder().encodeToString(("MEDIA-CANARY-" + "x".repeat(600)).getBytes());
    static final String JPEG_BASE64 = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, (byte) 0xD8,
            (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0});

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void accounts() {
        users.user(PLATFORM, "ExampleChat Inc.", null, Role.PLATFORM_REPORTER);
        users.user(Role.CHILD_PROTECTION_OFFICER);
    }

    long storedWithSource(Object sourceId) {
        return jdbc.sql("select count(*) from child_report where source_report_id = ?").param(sourceId)
                .query(Long.class).single();
    }

    void assertRefused(ApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(415);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body()).contains("never accepts images").contains("sha256").contains("pdq")
                .doesNotContain("MEDIA-CANARY").doesNotContain(BLOB.substring(0, 40));
    }

    @Test
    void base64MediaAnywhereInTheJsonIsRefusedAndNothingIsStored(CapturedOutput output) {
        Map<String, Object> inDescription = report();
        inDescription.put("description", "Here is the picture: " + BLOB);
        Map<String, Object> unknownField = report();
        unknownField.put("image", BLOB);
        Map<String, Object> dataUri = report();
        dataUri.put("urls", java.util.List.of("data:image/jpeg;base64," + JPEG_BASE64));
        Map<String, Object> shortJpeg = report();
        ((Map<String, Object>) ((java.util.List<?>) shortJpeg.get("files")).get(0)).put("fileName", JPEG_BASE64);
        for (Map<String, Object> body : java.util.List.of(inDescription, unknownField, dataUri, shortJpeg)) {
            assertRefused(api.post(PLATFORM, "/api/v1/child-reports", body));
            assertThat(storedWithSource(body.get("sourceReportId"))).isZero();
        }
        assertThat(jdbc.sql("select count(*) from child_report where description like '%MEDIA-CANARY%' "
                + "or description like ? ").param("%" + BLOB.substring(0, 40) + "%").query(Long.class).single()).isZero();
        assertThat(output.getAll()).doesNotContain(BLOB.substring(0, 40)).doesNotContain(JPEG_BASE64);
    }

    @Test
    void imageVideoAndMultipartBodiesAreRefusedBeforeAnythingReadsThem(CapturedOutput output) throws Exception {
        assertRefused(api.postRaw(PLATFORM, "/api/v1/child-reports", BLOB, "image/jpeg"));
        assertRefused(api.postRaw(PLATFORM, "/api/v1/child-reports", BLOB, "video/mp4"));
        assertRefused(api.postRaw(PLATFORM, "/api/v1/child-reports/bulk", BLOB, "application/octet-stream"));
        String boundary = "----nigehbaan";
        String multipartBody = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"report\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + ApiClient.json(report()) + "\r\n--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"
                + BLOB + "\r\n--" + boundary + "--\r\n";
        assertRefused(api.postRaw(PLATFORM, "/api/v1/child-reports", multipartBody,
                "multipart/form-data; boundary=" + boundary));

        Map<String, Object> body = report();
        MvcResult page = mvc.perform(multipart("/report")
                .file(new MockMultipartFile("file", "a.jpg", "image/jpeg", BLOB.getBytes()))
                .param("incidentType", "CSAM").param("description", "see attached").with(csrf())).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(415);
        assertThat(page.getResponse().getContentAsString()).contains("Describe what you saw in words");
        assertThat(jdbc.sql("select count(*) from child_report where description = 'see attached'").query(Long.class)
                .single()).isZero();
        MvcResult officer = mvc.perform(multipart("/api/v1/child-reports")
                .file(new MockMultipartFile("file", "a.jpg", "image/jpeg", BLOB.getBytes()))
                .with(httpBasic("child_protection_officer", TestUsers.PASSWORD))).andReturn();
        assertThat(officer.getResponse().getStatus()).isEqualTo(415);
        assertThat(storedWithSource(body.get("sourceReportId"))).isZero();
        assertThat(output.getAll()).doesNotContain(BLOB.substring(0, 40));
    }

    @Test
    void mediaInAnyBulkLineRefusesTheWholeRequestAndNothingOfItIsStored() {
        Map<String, Object> good = report();
        Map<String, Object> bad = report();
        bad.put("description", "data:video/mp4;base64," + BLOB);
        String body = ApiClient.json(good) + "\n" + ApiClient.json(bad) + "\n";
        assertRefused(api.postRaw(PLATFORM, "/api/v1/child-reports/bulk", body, "application/x-ndjson"));
        assertThat(storedWithSource(good.get("sourceReportId"))).as("the valid line before it was rolled back").isZero();
        assertThat(storedWithSource(bad.get("sourceReportId"))).isZero();
    }

    @Test
    void thePublicFormRefusesAPastedPictureWith415AndKeepsNothing() throws Exception {
        MvcResult r = mvc.perform(post("/report").with(csrf()).with(x -> {
                    x.setRemoteAddr("10.14.0.1");
                    return x;
                }).param("incidentType", "CSAM").param("description", "pasted: data:image/png;base64," + JPEG_BASE64))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(415);
        assertThat(r.getResponse().getContentAsString()).contains("id=\"media-refused\"").doesNotContain(JPEG_BASE64);
        assertThat(jdbc.sql("select count(*) from child_report where description like 'pasted:%'").query(Long.class)
                .single()).isZero();
    }
}
