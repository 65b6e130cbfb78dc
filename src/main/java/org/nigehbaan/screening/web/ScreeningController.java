package org.nigehbaan.screening.web;

import java.io.IOException;
import java.util.List;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.identity.FieldViolation;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.identity.mrz.InvalidMrzException;
import org.nigehbaan.screening.BatchResult;
import org.nigehbaan.screening.Purpose;
import org.nigehbaan.screening.ScreeningQuery;
import org.nigehbaan.screening.ScreeningRecords;
import org.nigehbaan.screening.ScreeningService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The counter screen, the manifest upload, and supervisors' log search. */
@Controller
class ScreeningController {

    private final ScreeningService screening;
    private final ScreeningRecords records;
    private final CurrentActor current;

    ScreeningController(ScreeningService screening, ScreeningRecords records, CurrentActor current) {
        this.screening = screening;
        this.records = records;
        this.current = current;
    }

    @InitBinder("screeningForm")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields(ScreeningForm.FIELDS);
    }

    @ModelAttribute("purposes")
    List<Purpose> purposes() {
        Actor me = current.get();
        return java.util.Arrays.stream(Purpose.values())
                .filter(p -> p == Purpose.PASSPORT_ISSUANCE ? me.has(Role.PASSPORT_OFFICER) : me.has(Role.BORDER_OFFICER))
                .toList();
    }

    /** The counter and purpose an officer last screened at: kept for the session, so they are typed once. */
    static final String LAST_FORM = "screening.lastForm";

    @GetMapping("/screening")
    String initScreeningForm(Model model, jakarta.servlet.http.HttpSession session) {
        if (!model.containsAttribute("screeningForm")) {
            ScreeningForm last = (ScreeningForm) session.getAttribute(LAST_FORM);
            ScreeningForm form = last != null ? last.next() : new ScreeningForm();
            if (last == null) {
                List<Purpose> mine = purposes();
                form.setPurpose(mine.isEmpty() ? "EXIT" : mine.get(0).name());
            }
            model.addAttribute("screeningForm", form);
        }
        model.addAttribute("status", screening.status());
        return "screening/counter";
    }

    @PostMapping("/screening")
    String processScreeningForm(@ModelAttribute("screeningForm") ScreeningForm form, Model model,
                                jakarta.servlet.http.HttpSession session) {
        try {
            model.addAttribute("result", screening.screen(form.toRequest(), current.get()));
            model.addAttribute("screened", form);
            model.addAttribute("screeningForm", form.next());
            session.setAttribute(LAST_FORM, form.next());
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
        } catch (InvalidMrzException e) {
            model.addAttribute("errors", e.violations().stream()
                    .map(v -> new FieldViolation("mrz", v.field() + ": " + v.message())).toList());
        } catch (DomainException e) {
            model.addAttribute("errors", List.of(new FieldViolation("purpose", e.getMessage())));
        }
        return initScreeningForm(model, session);
    }

    @PostMapping("/screening/hits/review")
    String review(@RequestParam String screeningId, @RequestParam String hitKey,
                  @RequestParam(required = false) String outcome, @RequestParam(required = false) String note,
                  Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpSession session) {
        try {
            records.review(screeningId, hitKey, outcome, note, current.get());
            redirect.addFlashAttribute("reviewed", outcome);
            return "redirect:/screening";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
        } catch (DomainException e) {
            model.addAttribute("errors", List.of(new FieldViolation("review", e.getMessage())));
        }
        return initScreeningForm(model, session);
    }

    @GetMapping("/screening/manifest")
    String initManifestForm() {
        return "screening/manifest";
    }

    @PostMapping("/screening/manifest")
    String processManifestForm(@RequestParam(required = false) String purpose,
                               @RequestParam(required = false) String location,
                               @RequestParam(required = false) MultipartFile file, Model model) {
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", List.of(new FieldViolation("file", "choose a PAXLST or CSV file")));
            return "screening/manifest";
        }
        try {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase();
            BatchResult result = name.endsWith(".csv")
                    ? screening.screenCsv(purpose, location, file.getInputStream(), current.get())
                    : screening.screenManifest(purpose, location, file.getInputStream(), current.get());
            model.addAttribute("result", result);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
        } catch (org.nigehbaan.common.PayloadTooLargeException e) {
            model.addAttribute("errors", List.of(new FieldViolation("file", e.getMessage())));
        } catch (DomainException e) {
            model.addAttribute("errors", List.of(new FieldViolation("purpose", e.getMessage())));
        } catch (IOException e) {
            model.addAttribute("errors", List.of(new FieldViolation("file", "could not be read")));
        }
        return "screening/manifest";
    }

    @GetMapping("/screening/log")
    String log(@RequestParam(required = false) String q, @RequestParam(required = false) String officer,
               @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("screenings", records.search(new ScreeningQuery(blank(officer), null, null, null, blank(q),
                null, null), PageRequest.of(page, 50), current.get()));
        model.addAttribute("q", q);
        model.addAttribute("officer", officer);
        return "screening/log";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
