package org.nigehbaan.register.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.register.ConvictionInput;
import org.nigehbaan.register.DisclosureService;
import org.nigehbaan.register.NewRegistrant;
import org.nigehbaan.register.NotificationInput;
import org.nigehbaan.register.RegisterService;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.identity.Violations;
import org.nigehbaan.register.RegisterChange;
import org.nigehbaan.register.RegistrantId;
import org.nigehbaan.register.RegistrantRecord;
import org.nigehbaan.register.RegistrantSummary;
import org.nigehbaan.register.SearchRequest;
import org.nigehbaan.register.SearchResult;
import org.nigehbaan.register.StationInput;
import org.nigehbaan.register.TravelInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
@Tag(name = "Sex offender register", description = "Registrants, notifications, travel and purpose-bound search "
        + "(REGISTER_OFFICER, within their districts)")
class RegisterApiController {

    private final RegisterService register;
    private final DisclosureService disclosure;
    private final CurrentActor current;

    RegisterApiController(RegisterService register, DisclosureService disclosure, CurrentActor current) {
        this.register = register;
        this.disclosure = disclosure;
        this.current = current;
    }

    record RiskChange(Integer riskLevel, String reason) {
    }

    record Transfer(StationInput station, String reason) {
    }

    record Review(String outcome, String nextReviewOn, String reason) {
    }

    record Reason(String reason) {
    }

    record PclRequest(String legalBasis, String reason) {
    }

    record Note(String note) {
    }

    record PclRequested(long proposalId, long registrantId) {
    }

    @PostMapping("/registrants")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a convicted sex offender",
            description = "Computes the notification period under the configured policy; when the person is "
                    + "subject to notification today, opens the initial-notification duty and publishes the "
                    + "identity to screening. Bad fields are a 400 naming each one.")
    RegistrantRecord register(@RequestBody NewRegistrant body) {
        return register.register(body, current.get());
    }

    @GetMapping("/registrants/{id}")
    @Operation(summary = "Open a registrant's record (logged as a disclosure)",
            description = "Give the purpose (OFFENDER_MANAGEMENT, or COURT_ORDER with its reference), or the "
                    + "searchId of your search that found the registrant.")
    RegistrantRecord view(@PathVariable long id,
                          @Parameter(description = "OFFENDER_MANAGEMENT or COURT_ORDER") @RequestParam(required = false) String purpose,
                          @RequestParam(required = false) String reference,
                          @RequestParam(required = false) Long searchId) {
        return disclosure.view(id(id), purpose, reference, searchId, current.get());
    }

    @PostMapping("/registrants/{id}/convictions")
    @Operation(summary = "Add a conviction and reassess the notification period")
    RegistrantSummary addConviction(@PathVariable long id, @RequestBody ConvictionInput body) {
        return register.addConviction(id(id), body, current.get());
    }

    @PostMapping("/registrants/{id}/notifications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an INITIAL, CHANGE or PERIODIC notification made in person",
            description = "A notification after its due date is recorded and raises a LATE breach. Every "
                    + "notification restarts the re-notification clock.")
    RegistrantRecord.Notification notification(@PathVariable long id, @RequestBody NotificationInput body) {
        return register.recordNotification(id(id), body, current.get());
    }

    @PostMapping("/registrants/{id}/travel")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record notified foreign travel (itinerary, carrier, first-night address)")
    RegistrantRecord.Travel travel(@PathVariable long id, @RequestBody TravelInput body) {
        return register.recordTravel(id(id), body, current.get());
    }

    @PostMapping("/registrants/{id}/risk")
    @Operation(summary = "Set the risk level (1-3) with a reason")
    RegistrantSummary risk(@PathVariable long id, @RequestBody RiskChange body) {
        return register.changeRiskLevel(id(id), body.riskLevel(), body.reason(), current.get());
    }

    @PostMapping("/registrants/{id}/transfer")
    @Operation(summary = "Hand the registrant to another police station and district")
    RegistrantSummary transfer(@PathVariable long id, @RequestBody Transfer body) {
        return register.transfer(id(id), body.station(), body.reason(), current.get());
    }

    @PostMapping("/registrants/{id}/review")
    @Operation(summary = "Record the review of an indefinite period: CONTINUE or DISCHARGE",
            description = "CONTINUE: 200, at once. DISCHARGE: 202 with pendingChange; it takes effect when a second "
                    + "register officer approves it (POST /api/v1/register/changes/{id}/approve).")
    ResponseEntity<RegistrantSummary> review(@PathVariable long id, @RequestBody Review body) {
        RegistrantSummary s = register.review(id(id), body.outcome(), body.nextReviewOn(), body.reason(), current.get());
        boolean asked = s.pendingChange() != null && s.pendingChange().kind() == RegisterChange.Kind.DISCHARGE
                && "DISCHARGE".equalsIgnoreCase(body.outcome() == null ? "" : body.outcome().strip());
        return ResponseEntity.status(asked ? HttpStatus.ACCEPTED : HttpStatus.OK).body(s);
    }

    @PostMapping("/registrants/{id}/remove")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Ask for the record to be withdrawn (conviction quashed, entered in error, death)",
            description = "202 with pendingChange: it takes effect when a second register officer approves it "
                    + "(POST /api/v1/register/changes/{id}/approve).")
    RegistrantSummary remove(@PathVariable long id, @RequestBody Reason body) {
        return register.remove(id(id), body.reason(), current.get());
    }

    @GetMapping("/changes")
    @Operation(summary = "Removal and discharge requests in your districts (status=PENDING: waiting for a second officer)")
    PageResult<RegisterChange> changes(@RequestParam(required = false) String status,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        return register.changes(Violations.parseEnum("status", status, RegisterChange.Status.class),
                PageRequest.of(page, size), current.get());
    }

    @PostMapping("/changes/{id}/approve")
    @Operation(summary = "Approve another officer's removal or discharge request: it takes effect now",
            description = "409 for the officer who asked")
    RegisterChange approveChange(@PathVariable long id, @RequestBody(required = false) Note body) {
        return register.approveChange(id, body == null ? null : body.note(), current.get());
    }

    @PostMapping("/changes/{id}/reject")
    @Operation(summary = "Refuse another officer's removal or discharge request: nothing changes")
    RegisterChange rejectChange(@PathVariable long id, @RequestBody(required = false) Note body) {
        return register.rejectChange(id, body == null ? null : body.note(), current.get());
    }

    @PostMapping("/registrants/{id}/pcl-proposals")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Ask for the registrant to be placed on the PCL (SEX_OFFENDER ground)",
            description = "Accepted: the control-list module creates the proposal, or refuses it while the "
                    + "SEX_OFFENDER ground's policy switch is off.")
    PclRequested proposeForPcl(@PathVariable long id, @RequestBody PclRequest body) {
        return new PclRequested(register.proposeForPcl(id(id), body.legalBasis(), body.reason(), current.get()), id);
    }

    @PostMapping("/search")
    @Operation(summary = "Search the register for a purpose (logged as a disclosure)",
            description = "POLICE_INVESTIGATION needs suspectName, firNumber, firPoliceStation, firOffences, "
                    + "requestingOfficer, prosecutor and policeRequestedAt (within 48 hours); COURT_ORDER needs "
                    + "reference. Search by name, cnic or passportNumber.")
    SearchResult search(@RequestBody SearchRequest body) {
        return disclosure.search(body, current.get());
    }

    static RegistrantId id(long id) {
        if (id < 1) {
            throw new InvalidInputException("id", "must be a registrant number (1 or more)");
        }
        return new RegistrantId(id);
    }
}
