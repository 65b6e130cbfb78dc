package org.nigehbaan.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditRecord;
import org.springframework.stereotype.Component;

/** The auditor's CSV downloads, for the API and the page alike; each download is audited first. */
@Component
class AuditDownloads {

    private final AuditLog audit;

    AuditDownloads(AuditLog audit) {
        this.audit = audit;
    }

    void rows(Instant from, Instant to, String actor, HttpServletResponse response) throws IOException {
        AuditLog.ExportRange range = audit.exportRange(from, to);
        audit.append(exported("audit.log.exported", actor, from, to, range));
        try (Writer out = open(response, "audit-log-" + range.firstSeq() + "-" + range.lastSeq() + ".csv")) {
            audit.exportRows(range, out);
        }
    }

    void signedHeads(Instant from, Instant to, String actor, HttpServletResponse response) throws IOException {
        AuditLog.ExportRange range = audit.exportRange(from, to);
        audit.append(exported("audit.signed-heads.exported", actor, from, to, range));
        try (Writer out = open(response, "audit-signed-heads-" + range.firstSeq() + "-" + range.lastSeq() + ".csv")) {
            audit.exportSignedHeads(range, out);
        }
    }

    void publicKey(HttpServletResponse response) throws IOException {
        response.setContentType("application/x-pem-file;charset=US-ASCII");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-signing-key.pub.pem\"");
        response.getOutputStream().write(audit.publicKeyPem().getBytes(StandardCharsets.US_ASCII));
    }

    private static AuditRecord exported(String action, String actor, Instant from, Instant to,
                                        AuditLog.ExportRange range) {
        return AuditRecord.of(actor, action, "AuditLog", null).with("from", from).with("to", to)
                .with("firstSeq", range.firstSeq()).with("lastSeq", range.lastSeq())
                .with("rows", Math.max(0, range.lastSeq() - range.firstSeq() + 1));
    }

    private static Writer open(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
    }
}
