package org.nigehbaan.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
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
    private final AuditDownloads downloads;

    AuditApiController(AuditLog audit, AuditDownloads downloads) {
        this.audit = audit;
        this.downloads = downloads;
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
                                @RequestParam(required = false) Integer size, Principal me) {
        return audit.search(new AuditQuery(actor, action, targetType, targetId, from, to), PageRequest.of(page, size),
                me.getName());
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the whole chain, check it against the signed heads, report the first break")
    ChainVerification verify() {
        return audit.verify();
    }

    @GetMapping("/head")
    @Operation(summary = "The chain's current head, to anchor elsewhere")
    ChainHead head() {
        return audit.head();
    }

    @GetMapping("/export")
    @Operation(summary = "The rows of a period as CSV, for offline verification (the export is audited)",
            description = "Every row from the first written at or after `from` to the last written before `to`: "
                    + "one unbroken stretch of the chain. Check it with the signed heads of the same period and "
                    + "the public key: see the README, 'Verifying an audit export offline'.")
    void export(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                HttpServletResponse response, Principal me) throws IOException {
        downloads.rows(from, to, me.getName(), response);
    }

    @GetMapping("/signed-heads")
    @Operation(summary = "The signed heads within a period's rows, as CSV")
    void signedHeads(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                     HttpServletResponse response, Principal me) throws IOException {
        downloads.signedHeads(from, to, me.getName(), response);
    }

    @GetMapping("/public-key")
    @Operation(summary = "The Ed25519 public key that checks signed heads (PEM)")
    void publicKey(HttpServletResponse response) throws IOException {
        downloads.publicKey(response);
    }
}
