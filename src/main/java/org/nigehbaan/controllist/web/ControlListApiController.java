package org.nigehbaan.controllist.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.controllist.ControlListService;
import org.nigehbaan.controllist.ControlListStatistics;
import org.nigehbaan.controllist.EntrySearch;
import org.nigehbaan.controllist.EntryStatus;
import org.nigehbaan.controllist.EntrySummary;
import org.nigehbaan.controllist.EntryView;
import org.nigehbaan.controllist.Ground;
import org.nigehbaan.controllist.ImportResult;
import org.nigehbaan.controllist.ImportStatus;
import org.nigehbaan.controllist.ListType;
import org.nigehbaan.controllist.PolicyView;
import org.nigehbaan.controllist.ProposeEntry;
import org.nigehbaan.identity.Violations;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/control-list")
@Tag(name = "Control list", description = "PCL and ECL entries: LIST_OFFICER proposes, LIST_APPROVER decides, ADMIN imports")
class ControlListApiController {

    private final ControlListService service;
    private final CurrentActor current;

    ControlListApiController(ControlListService service, CurrentActor current) {
        this.service = service;
        this.current = current;
    }

    record Decision(String comment) {
    }

    record Removal(String reason) {
    }

    record Extension(String expiresOn, String reason) {
    }

    record Notice(String servedOn) {
    }

    record NewRepresentation(String receivedOn, String summary) {
    }

    record RepresentationDecision(String outcome, String note) {
    }

    record SwitchRequest(Boolean enabled, String reason) {
    }

    @PostMapping("/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a listing", description = "201 with status PROPOSED; 409 for SEX_OFFENDER while its policy switch is off")
    EntryView propose(@RequestBody ProposeEntry body) {
        return service.propose(body, current.get());
    }

    @PostMapping("/entries/{id}/approve")
    @Operation(summary = "Approve a proposal or a pending extension/removal", description = "409 when the approver proposed it")
    EntryView approve(@PathVariable long id, @RequestBody(required = false) Decision body) {
        return service.approve(id, body == null ? null : body.comment(), current.get());
    }

    @PostMapping("/entries/{id}/reject")
    @Operation(summary = "Reject a proposal, or decline a pending extension/removal")
    EntryView reject(@PathVariable long id, @RequestBody(required = false) Decision body) {
        return service.reject(id, body == null ? null : body.comment(), current.get());
    }

    @PostMapping("/entries/{id}/remove")
    @Operation(summary = "Remove an entry", description = "At once by an approver; by a list officer, a request an approver decides")
    EntryView remove(@PathVariable long id, @RequestBody Removal body) {
        return service.remove(id, body.reason(), current.get());
    }

    @PostMapping("/entries/{id}/extend")
    @Operation(summary = "Ask for a later end", description = "Takes effect when another approver approves it")
    EntryView extend(@PathVariable long id, @RequestBody Extension body) {
        return service.extend(id, body.expiresOn(), body.reason(), current.get());
    }

    @PostMapping("/entries/{id}/notice")
    @Operation(summary = "Record that notice was served on the person")
    EntryView notice(@PathVariable long id, @RequestBody Notice body) {
        return service.recordNotice(id, body.servedOn(), current.get());
    }

    @PostMapping("/entries/{id}/representations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a person's representation (review request)", description = "Must be decided within 30 days")
    EntryView fileRepresentation(@PathVariable long id, @RequestBody NewRepresentation body) {
        return service.fileRepresentation(id, body.receivedOn(), body.summary(), current.get());
    }

    @PostMapping("/entries/{id}/representations/{representationId}/decision")
    @Operation(summary = "Decide a representation: UPHELD removes the listing, DISMISSED keeps it")
    EntryView decideRepresentation(@PathVariable long id, @PathVariable long representationId,
                                   @RequestBody RepresentationDecision body) {
        return service.decideRepresentation(id, representationId, body.outcome(), body.note(), current.get());
    }

    @GetMapping("/entries/{id}")
    @Operation(summary = "An entry with its history (the read is audited)")
    EntryView get(@PathVariable long id) {
        return service.get(id, current.get());
    }

    @GetMapping("/entries")
    @Operation(summary = "List and search entries", description = "status is the effective status; q matches names, CNIC, passport, ids")
    PageResult<EntrySummary> list(@RequestParam(required = false) String status,
                                  @RequestParam(required = false) String list,
                                  @RequestParam(required = false) String ground,
                                  @RequestParam(required = false) String q,
                                  @RequestParam(required = false) Boolean awaitingDecision,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        EntrySearch search = new EntrySearch(Violations.parseEnum("status", status, EntryStatus.class),
                Violations.parseEnum("list", list, ListType.class), Violations.parseEnum("ground", ground, Ground.class),
                q == null || q.isBlank() ? null : q,
                Boolean.TRUE.equals(awaitingDecision));
        return service.search(search, PageRequest.of(page, size), current.get());
    }

    @PostMapping(path = "/imports", consumes = {"text/csv", "application/csv"})
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Stage a bulk import of entries approved outside the system (legacy PCL)",
            description = "CSV with header external_id,list,ground,full_name,aliases,date_of_birth,gender,nationality,"
                    + "cnic,passport_numbers,effective_from,expires_on,legal_basis,reason. Streams: a million rows in "
                    + "one request. 202 STAGED with counts and refused lines; nothing is listed until a LIST_APPROVER "
                    + "who did not import it approves.")
    ImportResult importCsv(@Parameter(description = "reference of the approval of these listings")
                           @RequestParam(required = false) String approvalReference,
                           @Parameter(description = "the system the rows come from (default LEGACY-PCL)")
                           @RequestParam(required = false) String source,
                           HttpServletRequest request) throws IOException {
        return service.importCsv(request.getInputStream(), approvalReference, source, current.get());
    }

    @GetMapping("/imports")
    @Operation(summary = "Imports, newest first (status=STAGED: those waiting for an approver)")
    PageResult<ImportResult> imports(@RequestParam(required = false) String status,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        return service.imports(Violations.parseEnum("status", status, ImportStatus.class), PageRequest.of(page, size));
    }

    @GetMapping("/imports/{id}")
    @Operation(summary = "An import: status, counts, refused lines, approver and digests")
    ImportResult importView(@PathVariable long id) {
        return service.importView(id);
    }

    @PostMapping("/imports/{id}/approve")
    @Operation(summary = "Approve a staged import: its entries become ACTIVE and screenable",
            description = "409 for the importer; approving again changes nothing")
    ImportResult approveImport(@PathVariable long id, @RequestBody(required = false) Decision body) {
        return service.approveImport(id, body == null ? null : body.comment(), current.get());
    }

    @PostMapping("/imports/{id}/reject")
    @Operation(summary = "Reject a staged import; its rows are discarded")
    ImportResult rejectImport(@PathVariable long id, @RequestBody(required = false) Decision body) {
        return service.rejectImport(id, body == null ? null : body.comment(), current.get());
    }

    @GetMapping("/imports/{id}/manifest")
    @Operation(summary = "The import's manifest (CSV: line, external_id, entry_id, action, row_sha256)",
            description = "Its SHA-256 is in the approval's audit row (manifestSha256); the download is audited")
    void manifest(@PathVariable long id, HttpServletResponse response) throws IOException {
        ImportManifest.write(service, id, current.get(), response);
    }

    @GetMapping("/policy")
    @Operation(summary = "Grounds, their terms and switches, and pending policy changes")
    PolicyView policy() {
        return service.policy();
    }

    @PostMapping("/policy/grounds/{ground}")
    @Operation(summary = "Ask to turn a ground's policy switch on or off (needs an approver's approval)")
    PolicyView requestSwitch(@PathVariable String ground, @RequestBody SwitchRequest body) {
        return service.requestPolicyChange(ground, body.enabled(), body.reason(), current.get());
    }

    @PostMapping("/policy/changes/{id}/approve")
    @Operation(summary = "Approve a policy change (never the requester's own)")
    PolicyView approveSwitch(@PathVariable long id, @RequestBody(required = false) Decision body) {
        return service.decidePolicyChange(id, true, body == null ? null : body.comment(), current.get());
    }

    @PostMapping("/policy/changes/{id}/reject")
    @Operation(summary = "Reject a policy change")
    PolicyView rejectSwitch(@PathVariable long id, @RequestBody(required = false) Decision body) {
        return service.decidePolicyChange(id, false, body == null ? null : body.comment(), current.get());
    }

    @GetMapping("/statistics")
    @Operation(summary = "Counts by list, ground and status; no personal data")
    ControlListStatistics statistics() {
        return service.statistics();
    }
}
