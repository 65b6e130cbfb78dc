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

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                @RequestParam(required = false) String targetId, @RequestParam(required = false) Integer page,
                Model model) {
        AuditQuery q = new AuditQuery(blankToNull(actor), blankToNull(action), null, blankToNull(targetId), null, null);
        model.addAttribute("entries", audit.page(q, PageRequest.of(page, 50)));
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
