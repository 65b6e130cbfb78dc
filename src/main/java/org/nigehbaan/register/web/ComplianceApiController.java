package org.nigehbaan.register.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.register.Breach;
import org.nigehbaan.register.ComplianceRun;
import org.nigehbaan.register.ComplianceService;
import org.nigehbaan.register.Duty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/register")
@Tag(name = "Sex offender register: compliance", description = "Duties with due dates, breaches, the daily job")
class ComplianceApiController {

    private final ComplianceService compliance;
    private final CurrentActor current;

    ComplianceApiController(ComplianceService compliance, CurrentActor current) {
        this.compliance = compliance;
        this.current = current;
    }

    record Resolution(String resolution) {
    }

    @GetMapping("/duties")
    @Operation(summary = "Duties in your districts, overdue first",
            description = "Open duties: overdue ones first (oldest due date first), then by due date; "
                    + "includeClosed=true adds met, breached and cancelled ones.")
    PageResult<Duty> duties(@RequestParam(defaultValue = "false") boolean includeClosed,
                            @RequestParam(required = false) String type,
                            @RequestParam(required = false) Integer page,
                            @RequestParam(required = false) Integer size) {
        return compliance.duties(current.get(), includeClosed, type, PageRequest.of(page, size));
    }

    @GetMapping("/breaches")
    @Operation(summary = "Compliance breaches in your districts, open first")
    PageResult<Breach> breaches(@RequestParam(defaultValue = "true") boolean open,
                                @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        return compliance.breaches(current.get(), open, PageRequest.of(page, size));
    }

    @PostMapping("/breaches/{id}/resolve")
    @Operation(summary = "Record what was done about a breach, which closes it")
    Breach resolve(@PathVariable long id, @RequestBody Resolution body) {
        return compliance.resolveBreach(id, body.resolution(), current.get());
    }

    @PostMapping("/compliance/run")
    @Operation(summary = "Run the daily compliance job now (ADMIN)",
            description = "Ends notification periods that ran out and raises a MISSED breach for each open duty "
                    + "past its due date. Idempotent within a day.")
    ComplianceRun run() {
        return compliance.runDailyCompliance(current.get());
    }
}
