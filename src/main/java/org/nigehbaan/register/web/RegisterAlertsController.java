package org.nigehbaan.register.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.register.RegisterAlerts;
import org.nigehbaan.register.SuspectAlert;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/register/alerts")
@Tag(name = "Sex offender register: alerts", description = "Registrants named as suspects elsewhere, by district")
class RegisterAlertsController {

    private final RegisterAlerts alerts;
    private final CurrentActor current;

    RegisterAlertsController(RegisterAlerts alerts, CurrentActor current) {
        this.alerts = alerts;
        this.current = current;
    }

    record Acknowledgement(String note) {
    }

    @GetMapping
    @Operation(summary = "Alerts in your districts, open first: the source's reference and the match reasons")
    PageResult<SuspectAlert> list(@RequestParam(defaultValue = "true") boolean open,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return alerts.alerts(current.get(), open, PageRequest.of(page, size));
    }

    @PostMapping("/{id}/acknowledge")
    @Operation(summary = "Acknowledge an alert, with what was done")
    SuspectAlert acknowledge(@PathVariable long id, @RequestBody(required = false) Acknowledgement body) {
        return alerts.acknowledge(id, body == null ? null : body.note(), current.get());
    }
}
