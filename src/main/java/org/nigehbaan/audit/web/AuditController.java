package org.nigehbaan.audit.web;

import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditQuery;
import org.nigehbaan.common.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's page: the log, filtered, and a button that verifies the whole chain. */
@Controller
class AuditController {

    private final AuditLog audit;
    private final tools.jackson.databind.json.JsonMapper json;

    AuditController(AuditLog audit, tools.jackson.databind.json.JsonMapper json) {
        this.audit = audit;
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
                Model model) {
        AuditQuery q = new AuditQuery(blankToNull(actor), blankToNull(action), null, blankToNull(targetId), null, null);
        var entries = audit.page(q, PageRequest.of(page, 50));
        model.addAttribute("entries", entries);
        model.addAttribute("rows", entries.items().stream().map(e -> new Row(e, details(e.details()))).toList());
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("targetId", targetId);
        return "audit/log";
    }

    @PostMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", audit.verify());
        return page(null, null, null, 0, model);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
