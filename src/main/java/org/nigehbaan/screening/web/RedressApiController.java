package org.nigehbaan.screening.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.identity.Violations;
import org.nigehbaan.screening.Redress;
import org.nigehbaan.screening.RedressService;
import org.nigehbaan.screening.RedressStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/redress")
@Tag(name = "Screening", description = "Namesake redress: confirmed or revoked by a BORDER_SUPERVISOR")
class RedressApiController {

    private final RedressService redress;
    private final CurrentActor current;

    RedressApiController(RedressService redress, CurrentActor current) {
        this.redress = redress;
        this.current = current;
    }

    record Confirmation(String note) {
    }

    record Revocation(String reason) {
    }

    @GetMapping
    @Operation(summary = "Redress records, newest first (status=PENDING: the supervisors' queue); the list is audited")
    PageResult<Redress> list(@RequestParam(required = false) String status,
                             @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size) {
        return redress.list(Violations.parseEnum("status", status, RedressStatus.class), PageRequest.of(page, size),
                current.get());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One redress record (the read is audited)")
    Redress get(@PathVariable long id) {
        return redress.get(id, current.get());
    }

    @PostMapping("/{id}/confirm")
    @Operation(summary = "Confirm a pending redress: the same traveller is no longer referred for that listing",
            description = "409 for the officer who reviewed the hit, or a redress that is not pending")
    Redress confirm(@PathVariable long id, @RequestBody(required = false) Confirmation body) {
        return redress.confirm(id, body == null ? null : body.note(), current.get());
    }

    @PostMapping("/{id}/revoke")
    @Operation(summary = "Revoke a pending or confirmed redress, with a reason: the traveller is referred again")
    Redress revoke(@PathVariable long id, @RequestBody(required = false) Revocation body) {
        return redress.revoke(id, body == null ? null : body.reason(), current.get());
    }
}
