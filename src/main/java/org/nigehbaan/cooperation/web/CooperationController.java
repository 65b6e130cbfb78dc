package org.nigehbaan.cooperation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.cooperation.AssuranceKind;
import org.nigehbaan.cooperation.Attention;
import org.nigehbaan.cooperation.CaseAction;
import org.nigehbaan.cooperation.CaseCommands;
import org.nigehbaan.cooperation.CaseStatus;
import org.nigehbaan.cooperation.CaseType;
import org.nigehbaan.cooperation.CaseView;
import org.nigehbaan.cooperation.CooperationFiguresService;
import org.nigehbaan.cooperation.CooperationService;
import org.nigehbaan.cooperation.Direction;
import org.nigehbaan.cooperation.SharedField;
import org.nigehbaan.cooperation.TravelDocumentInput;
import org.nigehbaan.cooperation.TravelDocumentKind;
import org.nigehbaan.cooperation.WorkListQuery;
import org.nigehbaan.cooperation.web.CooperationForms.ArrangementForm;
import org.nigehbaan.cooperation.web.CooperationForms.NewCaseForm;
import org.nigehbaan.cooperation.web.CooperationForms.RespondForm;
import org.nigehbaan.identity.FieldViolation;
import org.nigehbaan.identity.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case officer's and the UK liaison's pages: the work list, new-case forms, the case page with its clocks,
 * timeline, thread and the forms for each step, and the delivery unit's figures.
 */
@Controller
@RequestMapping("/cooperation")
class CooperationController {

    private final CooperationService cooperation;
    private final CooperationFiguresService figures;
    private final CurrentActor current;

    CooperationController(CooperationService cooperation, CooperationFiguresService figures, CurrentActor current) {
        this.cooperation = cooperation;
        this.figures = figures;
        this.current = current;
    }

    @InitBinder("caseForm")
    void newCaseFields(WebDataBinder binder) {
        binder.setAllowedFields("type", "direction", "requestingAuthority", "requestedAuthority", "externalReference",
                "receivedOn", "summary", "fullName", "fatherName", "dateOfBirth", "gender", "nationality", "cnic",
                "passportNumber", "offence", "purpose", "removedForIllegalMigration", "travelDocumentKind",
                "travelDocumentNumber", "travelDocumentCountry", "travelDocumentExpiresOn", "sharedWithUk",
                "sharedFields");
    }

    @InitBinder("respondForm")
    void respondFields(WebDataBinder binder) {
        binder.setAllowedFields("note", "on", "recordReply", "convictions*");
    }

    @InitBinder("arrangementForm")
    void arrangementFields(WebDataBinder binder) {
        binder.setAllowedFields("reference", "basis", "agreedOn", "assurances*");
    }

    // ---- the work list -------------------------------------------------------------------------------------

    @GetMapping
    String workList(@RequestParam(required = false) String status, @RequestParam(required = false) String type,
                    @RequestParam(required = false) String direction, @RequestParam(required = false) String attention,
                    @RequestParam(required = false) String q, @RequestParam(required = false) Boolean includeClosed,
                    @RequestParam(required = false) Integer page, Model model) {
        WorkListQuery query = new WorkListQuery(blankToNull(status), blankToNull(type), blankToNull(direction),
                blankToNull(attention), blankToNull(q), includeClosed);
        model.addAttribute("query", query);
        try {
            model.addAttribute("cases", cooperation.workList(query, PageRequest.of(page, 50), current.get()));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
            model.addAttribute("cases", cooperation.workList(WorkListQuery.open(), PageRequest.of(0, 50), current.get()));
        }
        model.addAttribute("partner", CooperationService.isPartner(current.get()));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("types", CaseType.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("attentions", new Attention[] {Attention.BREACHED, Attention.DUE_SOON, Attention.ON_TRACK});
        return "cooperation/cases";
    }

    @GetMapping("/statistics")
    String statistics(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      Model model) {
        ReportingPeriod period;
        try {
            period = ReportingPeriod.parse(blankToNull(from), blankToNull(to), figures.today());
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
            period = ReportingPeriod.parse(null, null, figures.today());
        }
        model.addAttribute("period", period);
        model.addAttribute("asOf", figures.today());
        model.addAttribute("statistics", figures.figures(period, current.get()));
        return "cooperation/statistics";
    }

    // ---- new cases -----------------------------------------------------------------------------------------

    @GetMapping("/cases/new")
    String initNewCaseForm(@RequestParam(required = false) String type, Model model) {
        if (!model.containsAttribute("caseForm")) {
            NewCaseForm form = new NewCaseForm();
            form.setType(type == null ? "" : type);
            model.addAttribute("caseForm", form);
        }
        NewCaseForm form = (NewCaseForm) model.getAttribute("caseForm");
        CaseType chosen = null;
        try {
            chosen = form.getType() == null || form.getType().isBlank() ? null : CaseType.parse(form.getType());
        } catch (IllegalArgumentException e) {
            model.addAttribute("errors", List.of(new FieldViolation("type", e.getMessage())));
        }
        model.addAttribute("chosenType", chosen);
        model.addAttribute("types", CaseType.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("sharedFieldValues", SharedField.values());
        model.addAttribute("documentKinds", TravelDocumentKind.values());
        return "cooperation/new-case";
    }

    @PostMapping("/cases/new")
    String processNewCaseForm(@ModelAttribute("caseForm") NewCaseForm form, Model model,
                              HttpServletResponse response) {
        try {
            CaseView created = cooperation.open(form.toCommand(), current.get());
            return "redirect:/cooperation/cases/" + created.id();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
            response.setStatus(400);
            return initNewCaseForm(form.getType(), model);
        }
    }

    // ---- the case page -------------------------------------------------------------------------------------

    @GetMapping("/cases/{id}")
    String casePage(@PathVariable long id, Model model) {
        Actor actor = current.get();
        CooperationService.CasePage page = cooperation.page(id, actor);
        model.addAttribute("page", page);
        model.addAttribute("c", page.view());
        model.addAttribute("partner", CooperationService.isPartner(actor));
        if (!model.containsAttribute("respondForm")) {
            model.addAttribute("respondForm", new RespondForm());
        }
        if (!model.containsAttribute("arrangementForm")) {
            model.addAttribute("arrangementForm", new ArrangementForm());
        }
        model.addAttribute("assuranceKinds", AssuranceKind.values());
        model.addAttribute("documentKinds", TravelDocumentKind.values());
        model.addAttribute("sharedFieldValues", SharedField.values());
        model.addAttribute("today", cooperation.today());
        model.addAttribute("policy", cooperation.policy());
        return "cooperation/case";
    }

    @PostMapping("/cases/{id}/actions")
    String processStep(@PathVariable long id, @RequestParam(required = false) String action,
                       @RequestParam(required = false) String note, @RequestParam(required = false) String reason,
                       @RequestParam(required = false) String on, @RequestParam(required = false) Boolean confirmed,
                       Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("errorForm", action);
        return attempt(id, model, redirect, response, "done.step", () -> {
            CaseAction a;
            try {
                a = CaseAction.parse(action == null ? "" : action);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("action", e.getMessage());
            }
            if (a == CaseAction.RESPOND || a == CaseAction.SCHEDULE || a == CaseAction.COMPLETE) {
                throw new InvalidInputException("action", a + " has its own form");
            }
            if ((a == CaseAction.REFUSE || a == CaseAction.WITHDRAW) && !Boolean.TRUE.equals(confirmed)) {
                // A refusal or withdrawal closes the case for good: the officer says so in as many words.
                throw new InvalidInputException("confirmed", "tick the box to confirm: this closes the case and cannot "
                        + "be undone");
            }
            cooperation.step(id, a, new CaseCommands.Step(blankToNull(note), blankToNull(reason), blankToNull(on)),
                    current.get());
        });
    }

    @PostMapping("/cases/{id}/respond")
    String processRespondForm(@PathVariable long id, @ModelAttribute("respondForm") RespondForm form, Model model,
                              RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("errorForm", "RESPOND");
        return attempt(id, model, redirect, response, "done.respond",
                () -> cooperation.respond(id, form.toCommand(), current.get()));
    }

    @PostMapping("/cases/{id}/arrangement")
    String processArrangementForm(@PathVariable long id, @ModelAttribute("arrangementForm") ArrangementForm form,
                                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("errorForm", "arrangement");
        return attempt(id, model, redirect, response, "done.arrangement",
                () -> cooperation.recordArrangement(id, form.toCommand(), current.get()));
    }

    @PostMapping("/cases/{id}/nationality-verification")
    String processNationalityForm(@PathVariable long id, @RequestParam(required = false) String outcome,
                                  @RequestParam(required = false) String reference,
                                  @RequestParam(required = false) String verifiedBy,
                                  @RequestParam(required = false) String on, Model model, RedirectAttributes redirect,
                                  HttpServletResponse response) {
        model.addAttribute("errorForm", "nationality");
        return attempt(id, model, redirect, response, "done.nationality", () -> cooperation.recordNationality(id,
                new CaseCommands.NationalityCheck(blankToNull(outcome), blankToNull(reference), blankToNull(verifiedBy),
                        blankToNull(on)), current.get()));
    }

    @PostMapping("/cases/{id}/schedule")
    String processScheduleForm(@PathVariable long id, @RequestParam(required = false) String returnDate,
                               @RequestParam(required = false) String noticeGivenOn,
                               @RequestParam(required = false) String documentKind,
                               @RequestParam(required = false) String documentNumber,
                               @RequestParam(required = false) String documentCountry,
                               @RequestParam(required = false) String documentExpiresOn,
                               @RequestParam(required = false) String note, Model model, RedirectAttributes redirect,
                               HttpServletResponse response) {
        TravelDocumentInput document = blankToNull(documentNumber) == null && blankToNull(documentExpiresOn) == null
                ? null : new TravelDocumentInput(documentKind, documentNumber, documentCountry, documentExpiresOn);
        model.addAttribute("errorForm", "SCHEDULE");
        return attempt(id, model, redirect, response, "done.schedule", () -> cooperation.schedule(id,
                new CaseCommands.Schedule(blankToNull(returnDate), blankToNull(noticeGivenOn), document,
                        blankToNull(note), null), current.get()));
    }

    @PostMapping("/cases/{id}/complete")
    String processCompleteForm(@PathVariable long id, @RequestParam(required = false) String returnedOn,
                               @RequestParam(required = false) String note, Model model, RedirectAttributes redirect,
                               HttpServletResponse response) {
        model.addAttribute("errorForm", "COMPLETE");
        return attempt(id, model, redirect, response, "done.complete", () -> cooperation.complete(id,
                new CaseCommands.Complete(blankToNull(returnedOn), blankToNull(note)), current.get()));
    }

    @PostMapping("/cases/{id}/sharing")
    String processSharingForm(@PathVariable long id, @RequestParam(required = false) Boolean sharedWithUk,
                              @RequestParam(required = false) List<String> sharedFields, Model model,
                              RedirectAttributes redirect, HttpServletResponse response) {
        boolean shared = Boolean.TRUE.equals(sharedWithUk);
        model.addAttribute("errorForm", "sharing");
        return attempt(id, model, redirect, response, "done.sharing", () -> cooperation.share(id,
                new CaseCommands.Sharing(shared, shared ? (sharedFields == null ? List.of() : sharedFields) : null),
                current.get()));
    }

    @PostMapping("/cases/{id}/messages")
    String processMessageForm(@PathVariable long id, @RequestParam(required = false) String body,
                              @RequestParam(name = "attachments", required = false) List<MultipartFile> files,
                              Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("errorForm", "message");
        return attempt(id, model, redirect, response, "done.message", () -> cooperation.post(id,
                new CaseCommands.NewMessage(body), CooperationApiController.incoming(files), current.get()));
    }

    @GetMapping("/cases/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        return CooperationApiController.download(cooperation.attachment(id, attachmentId, current.get()));
    }

    /**
     * Runs a step; on success back to the case page with a confirmation, on a refusal the case page again with
     * the problems listed. Forbidden and not-found go to the error page.
     */
    private String attempt(long id, Model model, RedirectAttributes redirect, HttpServletResponse response,
                           String doneKey, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("done", doneKey);
            return "redirect:/cooperation/cases/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
            response.setStatus(400);
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.CONFLICT && e.kind() != DomainException.Kind.UNPROCESSABLE) {
                throw e;
            }
            model.addAttribute("errors", List.of(new FieldViolation(e.title(), e.getMessage())));
            response.setStatus(e.kind() == DomainException.Kind.CONFLICT ? 409 : 422);
        }
        return casePage(id, model);
    }

    private static String blankToNull(String s) {
        return CooperationForms.blankToNull(s);
    }
}
