package org.nigehbaan.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.nigehbaan.audit.AuditEntry;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditQuery;
import org.nigehbaan.audit.ChainHead;
import org.nigehbaan.audit.ChainVerification;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The hash-chained audit log (AUDITOR)")
class AuditApiController {

    private final AuditLog audit;

    AuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Page through the audit log, newest first")
    PageResult<AuditEntry> page(@RequestParam(required = false) String actor,
                                @RequestParam(required = false) String action,
                                @RequestParam(required = false) String targetType,
                                @RequestParam(required = false) String targetId,
                                @RequestParam(required = false) Instant from,
                                @RequestParam(required = false) Instant to,
                                @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        return audit.page(new AuditQuery(actor, action, targetType, targetId, from, to), PageRequest.of(page, size));
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the whole chain and report the first broken link")
    ChainVerification verify() {
        return audit.verify();
    }

    @GetMapping("/head")
    @Operation(summary = "The chain's current head, to anchor elsewhere")
    ChainHead head() {
        return audit.head();
    }
}
