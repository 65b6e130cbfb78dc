package org.nigehbaan.cooperation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nigehbaan.cooperation.AttachmentType;
import org.nigehbaan.cooperation.CooperationPolicy;
import org.nigehbaan.identity.InvalidInputException;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentInspectorTests {

    static final AttachmentInspector INSPECTOR = new AttachmentInspector(CooperationPolicy.defaults());

    /** Sample contents by name; each starts as the real format does. */
    static final Map<String, byte[]> SAMPLES = Map.ofEntries(
            Map.entry("pdf", ascii("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")),
            Map.entry("png", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R')),
            Map.entry("jpeg", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0)),
            Map.entry("tiff", bytes('I', 'I', 0x2A, 0x00, 8, 0, 0, 0)),
            Map.entry("tiff-be", bytes('M', 'M', 0x00, 0x2A, 0, 0, 0, 8)),
            Map.entry("docx", zip("[Content_Types].xml", "_rels/.rels", "word/document.xml")),
            Map.entry("xlsx", zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")),
            Map.entry("docm", zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")),
            Map.entry("zip", zip("notes.txt", "more/notes.txt")),
            Map.entry("zip-with-exe", zip("[Content_Types].xml", "word/document.xml", "word/embeddings/setup.exe")),
            Map.entry("truncated-zip", java.util.Arrays.copyOf(zip("[Content_Types].xml", "word/document.xml"), 40)),
            Map.entry("text", "Ref HO/2026/17: the statement of the witness.\r\nSecond line\twith a tab.\n"
                    .getBytes(StandardCharsets.UTF_8)),
            Map.entry("urdu-text", "\uFEFFمحمد علی\n".getBytes(StandardCharsets.UTF_8)),
            Map.entry("binary", bytes(0x00, 0x01, 0x02, 0x03, 0xF0, 0x9F)),
            Map.entry("latin1", bytes('c', 'a', 'f', 0xE9)),
            Map.entry("pe", bytes('M', 'Z', 0x90, 0x00, 0x03, 0, 0, 0)),
            Map.entry("elf", bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0)),
            Map.entry("macho", bytes(0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1)),
            Map.entry("macho-fat", bytes(0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 2)),
            Map.entry("script", ascii("#!/bin/sh\nrm -rf /\n")),
            Map.entry("bom-script", bytes(0xEF, 0xBB, 0xBF, '#', '!', '/', 'b', 'i', 'n')),
            Map.entry("legacy-doc", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0)));

    @ParameterizedTest(name = "{1} named {0} is accepted as {2}")
    @CsvSource({
            "statement.pdf,         pdf,       PDF",
            "STATEMENT.PDF,         pdf,       PDF",
            "photo.png,             png,       PNG",
            "photo.jpg,             jpeg,      JPEG",
            "photo.jpeg,            jpeg,      JPEG",
            "scan.tif,              tiff,      TIFF",
            "scan.tiff,             tiff-be,   TIFF",
            "request.docx,          docx,      DOCX",
            "accounts.xlsx,         xlsx,      XLSX",
            "notes.txt,             text,      TEXT",
            "extract.csv,           text,      TEXT",
            "urdu.txt,              urdu-text, TEXT",
            "C:\\Users\\x\\note.txt, text,      TEXT",
    })
    void acceptedKindsAreRecognisedByTheirContent(String name, String sample, AttachmentType type) {
        AttachmentInspector.Inspected i = INSPECTOR.inspect("attachments[0]", name, SAMPLES.get(sample));
        assertThat(i.type()).isEqualTo(type);
        assertThat(i.sizeBytes()).isEqualTo(SAMPLES.get(sample).length);
        assertThat(i.sha256()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(i.fileName()).doesNotContain("\\", "/");
    }

    @ParameterizedTest(name = "{1} named {0} is refused: {2}")
    @CsvSource({
            // programs and scripts, whatever their name
            "invoice.pdf,       pe,             Windows program",
            "setup.exe,         pe,             Windows program",
            "report.txt,        elf,            Linux program",
            "report.pdf,        macho,          macOS program",
            "report.pdf,        macho-fat,      Mach-O fat",
            "notes.txt,         script,         script",
            "notes.txt,         bom-script,     script",
            // dangerous names, even with harmless content
            "run.sh,            text,           .sh are never accepted",
            "page.html,         text,           .html are never accepted",
            "tool.js,           text,           .js are never accepted",
            "macro.docm,        docx,           .docm are never accepted",
            // content outside the allow-list
            "report.docx,       docm,           macros",
            "archive.zip,       zip,            not a Word or Excel document",
            "report.docx,       zip-with-exe,   program or script",
            "report.docx,       truncated-zip,  damaged",
            "old.doc,           legacy-doc,     legacy Office",
            "data.dat,          binary,         not an accepted kind",
            "notes.txt,         latin1,         not an accepted kind",
            // the name must agree with the content
            "photo.png,         pdf,            is a PDF document but its name ends in .png",
            "statement,         pdf,            has no extension",
            "statement.txt,     jpeg,           is a JPEG image but its name ends in .txt",
            "sheet.docx,        xlsx,           is an Excel workbook but its name ends in .docx",
    })
    void everythingElseIsRefusedNamingTheFieldAndTheReason(String name, String sample, String reason) {
        assertThatThrownBy(() -> INSPECTOR.inspect("attachments[2]", name, SAMPLES.get(sample)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    assertThat(e.violations().get(0).field()).isEqualTo("attachments[2]");
                    assertThat(e.violations().get(0).message()).contains(reason);
                });
    }

    @Test
    void theSizeLimitIsThePolicysAndAnEmptyFileIsRefused() {
        AttachmentInspector small = new AttachmentInspector(new CooperationPolicy(7, 30, 90, 10, 15, 6, 2,
                ZoneId.of("Asia/Karachi"), Set.of(DayOfWeek.SUNDAY), List.of(), DataSize.ofBytes(64), 10,
                EnumSet.allOf(AttachmentType.class)));
        byte[] ok = new byte[64];
        java.util.Arrays.fill(ok, (byte) 'a');
        assertThat(small.inspect("attachments[0]", "a.txt", ok).type()).isEqualTo(AttachmentType.TEXT);
        byte[] tooBig = new byte[65];
        java.util.Arrays.fill(tooBig, (byte) 'a');
        assertThatThrownBy(() -> small.inspect("attachments[0]", "a.txt", tooBig))
                .hasMessageContaining("attachments[0]").hasMessageContaining("65 bytes; the limit is 64 bytes");
        assertThatThrownBy(() -> small.inspect("attachments[1]", "a.txt", new byte[0]))
                .hasMessageContaining("attachments[1]").hasMessageContaining("is empty");
        assertThatThrownBy(() -> small.inspect("attachments[1]", "  ", ok)).hasMessageContaining("needs a file name");
        assertThat(CooperationPolicy.defaults().attachmentMaxSize()).isEqualTo(DataSize.ofMegabytes(20));
    }

    @Test
    void theAllowListIsConfigurable() {
        AttachmentInspector pdfOnly = new AttachmentInspector(new CooperationPolicy(7, 30, 90, 10, 15, 6, 2,
                ZoneId.of("Asia/Karachi"), Set.of(DayOfWeek.SUNDAY), List.of(), DataSize.ofMegabytes(1), 10,
                EnumSet.of(AttachmentType.PDF)));
        assertThat(pdfOnly.inspect("f", "a.pdf", SAMPLES.get("pdf")).type()).isEqualTo(AttachmentType.PDF);
        assertThatThrownBy(() -> pdfOnly.inspect("f", "a.png", SAMPLES.get("png")))
                .hasMessageContaining("accepted: PDF (.pdf)");
    }

    @Test
    void theHashIsTheSha256OfTheBytes() {
        assertThat(AttachmentInspector.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(HexFormat.of().parseHex(AttachmentInspector.sha256(new byte[0]))).hasSize(32);
    }

    @ParameterizedTest
    @CsvSource({"'../../etc/passwd.txt', passwd.txt", "'a\u0000b.pdf', ab.pdf", "'  x.pdf ', x.pdf", "'dir/\"q\".pdf', q.pdf"})
    void namesLoseTheirDirectoriesAndControlCharacters(String raw, String clean) {
        assertThat(AttachmentInspector.cleanName(raw)).isEqualTo(clean);
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] zip(String... entries) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write(("<x>" + e + "</x>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
