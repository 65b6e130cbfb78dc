package org.nigehbaan.register.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.register.Disclosure;
import org.nigehbaan.register.DisclosureService;
import org.nigehbaan.register.DistrictGrant;
import org.nigehbaan.register.RegisterAdministration;
import org.nigehbaan.register.RegisterPolicy;
import org.nigehbaan.register.RegisterStatistics;
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
@RequestMapping("/api/v1/register")
@Tag(name = "Sex offender register: oversight", description = "The disclosure log (AUDITOR), counts (ANALYST), "
        + "the policy and district grants (ADMIN)")
class RegisterAccessApiController {

    private final DisclosureService disclosure;
    private final RegisterAdministration administration;
    private final CurrentActor current;

    RegisterAccessApiController(DisclosureService disclosure, RegisterAdministration administration,
                                CurrentActor current) {
        this.disclosure = disclosure;
        this.administration = administration;
        this.current = current;
    }

    record GrantRequest(String username, String district, String reason) {
    }

    record Revocation(String reason) {
    }

    @GetMapping("/disclosures")
    @Operation(summary = "The disclosure log: every search and view, who, why, what was shown (AUDITOR)")
    PageResult<Disclosure> disclosures(@RequestParam(required = false) String actor,
                                       @RequestParam(required = false) String purpose,
                                       @RequestParam(required = false) Long registrantId,
                                       @RequestParam(required = false) Instant from,
                                       @RequestParam(required = false) Instant to,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        return disclosure.disclosures(actor, purpose, registrantId, from, to, PageRequest.of(page, size), current.get());
    }

    @GetMapping("/statistics")
    @Operation(summary = "Counts only, no personal data (ANALYST)")
    RegisterStatistics statistics() {
        return administration.statistics(current.get());
    }

    @GetMapping("/policy")
    @Operation(summary = "The notification policy in force, its table, the clocks and the offence list")
    RegisterPolicy policy() {
        return administration.policy();
    }

    @GetMapping("/grants")
    @Operation(summary = "Districts granted to register officers beyond their own (ADMIN)")
    List<DistrictGrant> grants(@RequestParam(defaultValue = "false") boolean includeRevoked) {
        return administration.grants(includeRevoked, current.get());
    }

    @PostMapping("/grants")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Let a register officer work in another district, or every district (*) (ADMIN)")
    DistrictGrant grant(@RequestBody GrantRequest body) {
        return administration.grant(body.username(), body.district(), body.reason(), current.get());
    }

    @PostMapping("/grants/{id}/revoke")
    @Operation(summary = "Revoke a grant (ADMIN)")
    DistrictGrant revoke(@PathVariable long id, @RequestBody Revocation body) {
        return administration.revoke(id, body.reason(), current.get());
    }
}
