package org.nigehbaan.cooperation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
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
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nigehbaan.cooperation.CaseFixtures.CASES;
import static org.nigehbaan.cooperation.CaseFixtures.newCase;
import static org.nigehbaan.cooperation.CaseFixtures.open;
import static org.nigehbaan.cooperation.CaseFixtures.with;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Attachments: recognised by content, limited in size, never executable, stored whole with their SHA-256. */
@IntegrationTest
class CooperationAttachmentsIntegrationTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    AuditLog audit;

    String officer;
    String liaison;
    long caseId;

    @BeforeEach
    void setUp() {
        officer = users.user(Role.CASE_OFFICER).username();
        liaison = users.user(Role.PARTNER_LIAISON).username();
        caseId = open(api, officer, with(newCase("MUTUAL_LEGAL_ASSISTANCE", "INCOMING", null), "sharedWithUk", true,
                "sharedFields", List.of("THREAD"))).get("id").asLong();
    }

    @Test
    void aDocumentIsStoredWithItsSha256AndComesBackByteForByte() throws Exception {
        MvcResult r = upload(officer, "Witness statement attached", new MockMultipartFile("attachments",
                "statement.pdf", "application/octet-stream", PDF));
        assertThat(r.getResponse().getStatus()).isEqualTo(201);
        JsonNode file = json(r).get("attachments").get(0);
        assertThat(file.get("fileName").asString()).isEqualTo("statement.pdf");
        assertThat(file.get("type").asString()).isEqualTo("PDF");
        assertThat(file.get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(file.get("sizeBytes").asLong()).isEqualTo(PDF.length);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat(file.get("sha256").asString()).isEqualTo(sha);

        MvcResult download = mvc.perform(get(CASES + "/" + caseId + "/attachments/" + file.get("id").asLong())
                .with(httpBasic(liaison, TestUsers.PASSWORD))).andReturn();
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getHeader("X-Content-SHA256")).isEqualTo(sha);
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
                .contains("statement.pdf");
        assertThat(audit.page(new AuditQuery(liaison, "cooperation.partner.attachment-downloaded", "CooperationCase",
                String.valueOf(caseId), null, null), PageRequest.of(0, 5)).items().get(0).details()).contains(sha);
        assertThat(audit.page(new AuditQuery(officer, "cooperation.attachment.stored", "CooperationCase",
                String.valueOf(caseId), null, null), PageRequest.of(0, 5)).items().get(0).details()).contains(sha);

        MvcResult other = mvc.perform(get(CASES + "/" + caseId + "/attachments/" + (file.get("id").asLong() + 100_000))
                .with(httpBasic(officer, TestUsers.PASSWORD))).andReturn();
        assertThat(other.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aProgramIsRefusedWhateverItsNameAndNothingOfTheMessageIsStored() throws Exception {
        MvcResult r = upload(liaison, "Please see the evidence", new MockMultipartFile("attachments", "evidence.pdf",
                "application/pdf", PE));
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        JsonNode error = json(r).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("attachments[0]");
        assertThat(error.get("message").asString()).contains("Windows program");

        MvcResult second = upload(officer, "Two files", new MockMultipartFile("attachments", "ok.pdf", "application/pdf", PDF),
                new MockMultipartFile("attachments", "run.sh", "text/plain", "echo hi\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(second.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(second).get("errors").findValuesAsString("field")).containsExactly("attachments[1]");

        MvcResult renamed = upload(officer, "", new MockMultipartFile("attachments", "photo.png", "image/png", PDF));
        assertThat(json(renamed).get("errors").get(0).get("message").asString()).contains("is a PDF document but");

        assertThat(api.get(officer, CASES + "/" + caseId + "/messages").json()).isEmpty();
    }

    @Test
    void aFileOverTheTwentyMegabyteLimitIsRefusedNamingTheField() throws Exception {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        MvcResult r = upload(officer, "Large scan", new MockMultipartFile("attachments", "scan.pdf", "application/pdf", big));
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        JsonNode error = json(r).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("attachments[0]");
        assertThat(error.get("message").asString()).contains("the limit is 20971520 bytes (20 MB)");
        assertThat(api.get(officer, CASES + "/" + caseId + "/messages").json()).isEmpty();
    }

    @Test
    void theLiaisonCannotFetchAttachmentsOfACaseWhoseThreadIsNotShared() throws Exception {
        MvcResult r = upload(officer, "For the file", new MockMultipartFile("attachments", "note.txt", "text/plain",
                "Internal note".getBytes(StandardCharsets.UTF_8)));
        long attachment = json(r).get("attachments").get(0).get("id").asLong();
        api.post(officer, CASES + "/" + caseId + "/sharing", Map.of("sharedWithUk", true, "sharedFields", List.of("SUMMARY")));
        assertThat(mvc.perform(get(CASES + "/" + caseId + "/attachments/" + attachment)
                .with(httpBasic(liaison, TestUsers.PASSWORD))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private MvcResult upload(String user, String body, MockMultipartFile... files) throws Exception {
        var req = multipart(CASES + "/" + caseId + "/messages");
        for (MockMultipartFile f : files) {
            req.file(f);
        }
        return mvc.perform(req.param("body", body).with(httpBasic(user, TestUsers.PASSWORD))).andReturn();
    }

    private static JsonNode json(MvcResult r) throws Exception {
        return JsonMapper.builder().build().readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
