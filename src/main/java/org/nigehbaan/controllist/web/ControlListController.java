package org.nigehbaan.controllist.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.controllist.ControlListService;
import org.nigehbaan.controllist.EntrySearch;
import org.nigehbaan.controllist.EntryStatus;
import org.nigehbaan.controllist.EntryView;
import org.nigehbaan.controllist.Ground;
import org.nigehbaan.controllist.ImportResult;
import org.nigehbaan.controllist.ListType;
import org.nigehbaan.identity.FieldViolation;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.identity.Violations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The control-list pages: search, propose, the approval queue, an entry's page, policy and imports. */
@Controller
class ControlListController {

    private final ControlListService service;
    private final CurrentActor current;

    ControlListController(ControlListService service, CurrentActor current) {
        this.service = service;
        this.current = current;
    }

    @InitBinder("proposeForm")
    void proposeFields(WebDataBinder binder) {
        binder.setAllowedFields(ProposeForm.FIELDS);
    }

    @ModelAttribute("grounds")
    Ground[] grounds() {
        return Ground.values();
    }

    @GetMapping("/control-list")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String list, @RequestParam(required = false) String ground,
                  @RequestParam(required = false) Integer page, Model model) {
        EntrySearch search = new EntrySearch(Violations.parseEnum("status", status, EntryStatus.class),
                Violations.parseEnum("list", list, ListType.class),
                Violations.parseEnum("ground", ground, Ground.class), q, false);
        // A name (letters, no digits) is a search for people: through the matching engine, best match first.
        boolean byName = q != null && !q.isBlank() && q.codePoints().anyMatch(Character::isLetter)
                && q.codePoints().noneMatch(Character::isDigit);
        if (byName) {
            model.addAttribute("people", service.findPeople(q, 100, current.get()).stream()
                    .filter(m -> search.status() == null || m.entry().status() == search.status())
                    .filter(m -> search.list() == null || m.entry().list() == search.list())
                    .filter(m -> search.ground() == null || m.entry().ground() == search.ground())
                    .toList());
        }
        model.addAttribute("entries", service.search(byName ? new EntrySearch(search.status(), search.list(),
                search.ground(), null, false) : search, PageRequest.of(byName ? Integer.valueOf(0) : page, byName ? 1 : 25),
                current.get()));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("list", list);
        model.addAttribute("ground", ground);
        model.addAttribute("statuses", EntryStatus.values());
        return "controllist/search";
    }

    @GetMapping("/control-list/approvals")
    String approvals(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("entries", service.search(new EntrySearch(null, null, null, null, true),
                PageRequest.of(page, 50), current.get()));
        model.addAttribute("me", current.get().username());
        return "controllist/approvals";
    }

    @GetMapping("/control-list/new")
    String initProposeForm(Model model) {
        if (!model.containsAttribute("proposeForm")) {
            model.addAttribute("proposeForm", new ProposeForm());
        }
        return "controllist/propose";
    }

    @PostMapping("/control-list/new")
    String processProposeForm(@ModelAttribute("proposeForm") ProposeForm form, Model model, RedirectAttributes redirect) {
        try {
            if (!form.isDuplicatesChecked()) {
                // The same person may be listed already: say so, and let the officer go on only knowingly.
                var duplicates = service.possibleDuplicates(form.toCommand().person());
                if (!duplicates.isEmpty()) {
                    model.addAttribute("duplicates", duplicates);
                    return initProposeForm(model);
                }
            }
            EntryView e = service.propose(form.toCommand(), current.get());
            redirect.addFlashAttribute("done", "proposed");
            return "redirect:/control-list/entries/" + e.id();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
        } catch (DomainException e) {
            model.addAttribute("errors", List.of(new FieldViolation("ground", e.getMessage())));
        }
        return initProposeForm(model);
    }

    @GetMapping("/control-list/entries/{id}")
    String entry(@PathVariable long id, Model model) {
        Actor me = current.get();
        model.addAttribute("entry", service.get(id, me));
        model.addAttribute("me", me.username());
        return "controllist/entry";
    }

    @PostMapping("/control-list/entries/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String comment, Model model,
                   RedirectAttributes redirect) {
        return act(id, model, redirect, "approved", () -> service.approve(id, comment, current.get()));
    }

    /** A rejection ends the proposal for good: the page asks for the reason and a confirmation first. */
    @PostMapping("/control-list/entries/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String comment,
                  @RequestParam(required = false) Boolean confirmed, Model model, RedirectAttributes redirect) {
        model.addAttribute("errorForm", "reject");
        return act(id, model, redirect, "rejected", () -> {
            irreversible(comment, "comment", confirmed);
            return service.reject(id, comment, current.get());
        });
    }

    /** A removal ends the listing for good (an officer's is a request an approver decides): reason and confirmation. */
    @PostMapping("/control-list/entries/{id}/remove")
    String remove(@PathVariable long id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) Boolean confirmed, Model model, RedirectAttributes redirect) {
        model.addAttribute("errorForm", "remove");
        return act(id, model, redirect, "removed", () -> {
            irreversible(reason, "reason", confirmed);
            return service.remove(id, reason, current.get());
        });
    }

    /** An act that cannot be undone needs its reason and the officer's ticked confirmation, both named if missing. */
    static void irreversible(String reason, String reasonField, Boolean confirmed) {
        Violations v = new Violations();
        v.text(reasonField, reason, true, ControlListService.MAX_TEXT);
        if (!Boolean.TRUE.equals(confirmed)) {
            v.add("confirmed", "tick the box to confirm: this cannot be undone");
        }
        v.throwIfAny();
    }

    @PostMapping("/control-list/entries/{id}/extend")
    String extend(@PathVariable long id, @RequestParam(required = false) String expiresOn,
                  @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "extended", () -> service.extend(id, expiresOn, reason, current.get()));
    }

    @PostMapping("/control-list/entries/{id}/notice")
    String notice(@PathVariable long id, @RequestParam(required = false) String servedOn, Model model,
                  RedirectAttributes redirect) {
        return act(id, model, redirect, "notice", () -> service.recordNotice(id, servedOn, current.get()));
    }

    @PostMapping("/control-list/entries/{id}/representations")
    String represent(@PathVariable long id, @RequestParam(required = false) String receivedOn,
                     @RequestParam(required = false) String summary, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "representation",
                () -> service.fileRepresentation(id, receivedOn, summary, current.get()));
    }

    @PostMapping("/control-list/entries/{id}/representations/{representationId}/decision")
    String decide(@PathVariable long id, @PathVariable long representationId,
                  @RequestParam(required = false) String outcome, @RequestParam(required = false) String note,
                  Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "decided",
                () -> service.decideRepresentation(id, representationId, outcome, note, current.get()));
    }

    @GetMapping("/control-list/policy")
    String policy(Model model) {
        model.addAttribute("policy", service.policy());
        model.addAttribute("me", current.get().username());
        return "controllist/policy";
    }

    @PostMapping("/control-list/policy/grounds/{ground}")
    String requestSwitch(@PathVariable String ground, @RequestParam(required = false) Boolean enabled,
                         @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        return policyAction(model, redirect, () -> service.requestPolicyChange(ground, enabled, reason, current.get()));
    }

    @PostMapping("/control-list/policy/changes/{id}/approve")
    String approveSwitch(@PathVariable long id, @RequestParam(required = false) String comment, Model model,
                         RedirectAttributes redirect) {
        return policyAction(model, redirect, () -> service.decidePolicyChange(id, true, comment, current.get()));
    }

    @PostMapping("/control-list/policy/changes/{id}/reject")
    String rejectSwitch(@PathVariable long id, @RequestParam(required = false) String comment, Model model,
                        RedirectAttributes redirect) {
        return policyAction(model, redirect, () -> service.decidePolicyChange(id, false, comment, current.get()));
    }

    @GetMapping("/control-list/imports")
    String initImportForm(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("imports", service.imports(null, PageRequest.of(page, 25)));
        model.addAttribute("me", current.get().username());
        return "controllist/imports";
    }

    @PostMapping("/control-list/imports")
    String processImportForm(@RequestParam(required = false) String approvalReference,
                             @RequestParam(required = false) String source,
                             @RequestParam(required = false) MultipartFile file, Model model,
                             RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", List.of(new FieldViolation("file", "choose a CSV file to import")));
            return initImportForm(0, model);
        }
        try (InputStream in = file.getInputStream()) {
            ImportResult result = service.importCsv(in, approvalReference, source, current.get());
            redirect.addFlashAttribute("done", "staged");
            return "redirect:/control-list/imports/" + result.importId();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
        } catch (IOException e) {
            model.addAttribute("errors", List.of(new FieldViolation("file", "could not be read")));
        }
        return initImportForm(0, model);
    }

    @GetMapping("/control-list/imports/{id}")
    String importPage(@PathVariable long id, Model model) {
        model.addAttribute("result", service.importView(id));
        model.addAttribute("me", current.get().username());
        model.addAttribute("approver", current.get().has(org.nigehbaan.accounts.Role.LIST_APPROVER));
        return "controllist/import";
    }

    @PostMapping("/control-list/imports/{id}/approve")
    String approveImport(@PathVariable long id, @RequestParam(required = false) String comment, Model model,
                         RedirectAttributes redirect) {
        return importAction(id, model, redirect, "import-approved",
                () -> service.approveImport(id, comment, current.get()));
    }

    @PostMapping("/control-list/imports/{id}/reject")
    String rejectImport(@PathVariable long id, @RequestParam(required = false) String comment, Model model,
                        RedirectAttributes redirect) {
        return importAction(id, model, redirect, "import-rejected",
                () -> service.rejectImport(id, comment, current.get()));
    }

    @GetMapping("/control-list/imports/{id}/manifest")
    void manifest(@PathVariable long id, HttpServletResponse response) throws IOException {
        ImportManifest.write(service, id, current.get(), response);
    }

    private String importAction(long id, Model model, RedirectAttributes redirect, String done,
                                Supplier<ImportResult> action) {
        try {
            action.get();
            redirect.addFlashAttribute("done", done);
            return "redirect:/control-list/imports/" + id;
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("errors", List.of(new FieldViolation("decision", e.getMessage())));
        }
        return importPage(id, model);
    }

    private String act(long id, Model model, RedirectAttributes redirect, String done, Supplier<EntryView> action) {
        try {
            action.get();
            redirect.addFlashAttribute("done", done);
            return "redirect:/control-list/entries/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("errors", List.of(new FieldViolation("actions", e.getMessage())));
        }
        return entry(id, model);
    }

    private String policyAction(Model model, RedirectAttributes redirect, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("done", "policy");
            return "redirect:/control-list/policy";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
        } catch (DomainException e) {
            model.addAttribute("errors", List.of(new FieldViolation("policy", e.getMessage())));
        }
        return policy(model);
    }
}
