package org.nigehbaan.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditQuery;
import org.nigehbaan.common.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's page: the log, filtered, a button that verifies the whole chain against the signed heads, and
 * the downloads (rows and signed heads of a period, the public key) for checking offline.
 */
@Controller
class AuditController {

    private final AuditLog audit;
    private final AuditDownloads downloads;
    private final tools.jackson.databind.json.JsonMapper json;

    AuditController(AuditLog audit, AuditDownloads downloads, tools.jackson.databind.json.JsonMapper json) {
        this.audit = audit;
        this.downloads = downloads;
        this.json = json;
    }

    /** A row as the page shows it: the details as name/value pairs that wrap, instead of one long JSON line. */
    public record Row(org.nigehbaan.audit.AuditEntry entry, java.util.List<java.util.Map.Entry<String, String>> details) {
    }

    java.util.List<java.util.Map.Entry<String, String>> details(String canonical) {
        java.util.List<java.util.Map.Entry<String, String>> out = new java.util.ArrayList<>();
        if (canonical == null || canonical.isBlank()) {
            return out;
        }
        try {
            tools.jackson.databind.JsonNode node = json.readTree(canonical);
            for (java.util.Map.Entry<String, tools.jackson.databind.JsonNode> f : node.properties()) {
                tools.jackson.databind.JsonNode v = f.getValue();
                out.add(java.util.Map.entry(f.getKey(), v.isValueNode() ? v.asString() : v.toString()));
            }
        } catch (RuntimeException e) {
            out.add(java.util.Map.entry("", canonical));
        }
        return out;
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                @RequestParam(required = false) String targetId, @RequestParam(required = false) Integer page,
                Model model, Principal me) {
        AuditQuery q = new AuditQuery(blankToNull(actor), blankToNull(action), null, blankToNull(targetId), null, null);
        var entries = audit.search(q, PageRequest.of(page, 50), me.getName());
        model.addAttribute("entries", entries);
        model.addAttribute("rows", entries.items().stream().map(e -> new Row(e, details(e.details()))).toList());
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("targetId", targetId);
        return "audit/log";
    }

    @PostMapping("/audit/verify")
    String verify(Model model, Principal me) {
        model.addAttribute("verification", audit.verify());
        return page(null, null, null, 0, model, me);
    }

    /** Rows written from the start of {@code from} to the end of {@code to} (UTC days), as CSV. */
    @GetMapping("/audit/export")
    void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                HttpServletResponse response, Principal me) throws IOException {
        downloads.rows(start(from), end(to), me.getName(), response);
    }

    @GetMapping("/audit/signed-heads")
    void signedHeads(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     HttpServletResponse response, Principal me) throws IOException {
        downloads.signedHeads(start(from), end(to), me.getName(), response);
    }

    @GetMapping("/audit/public-key")
    void publicKey(HttpServletResponse response) throws IOException {
        downloads.publicKey(response);
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant end(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
