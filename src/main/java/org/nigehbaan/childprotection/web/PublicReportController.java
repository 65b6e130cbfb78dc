package org.nigehbaan.childprotection.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import org.nigehbaan.childprotection.ChildReportService;
import org.nigehbaan.childprotection.IncidentType;
import org.nigehbaan.childprotection.MediaRefusedException;
import org.nigehbaan.childprotection.Submitted;
import org.nigehbaan.childprotection.VictimAgeBand;
import org.nigehbaan.childprotection.internal.ChildReportProperties;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.KeyedRateLimiter;
import org.nigehbaan.identity.FieldViolation;
import org.nigehbaan.identity.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public report form at {@code /report}: no account, English or Urdu (right to left), a reference at once, and
 * a way to add information later with it. Each client address may send {@code public-form-burst} reports or
 * additions, earned back over {@code public-form-window}; past that the form answers 429.
 */
@Controller
class PublicReportController {

    private final ChildReportService reports;
    private final KeyedRateLimiter limiter;

    PublicReportController(ChildReportService reports, ChildReportProperties properties, Clock clock) {
        this.reports = reports;
        this.limiter = new KeyedRateLimiter(properties.publicFormBurst(), properties.publicFormWindow(), 100_000, clock);
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields(ReportForm.FIELDS);
    }

    @GetMapping("/report")
    String initReportForm(Model model) {
        model.addAttribute("form", new ReportForm());
        return form(model);
    }

    @PostMapping("/report")
    String processReportForm(@ModelAttribute("form") ReportForm form, HttpServletRequest request,
                             HttpServletResponse response, Model model, RedirectAttributes flash) {
        if (!allowed(request, response, model)) {
            return form(model);
        }
        try {
            Submitted s = reports.submitPublic(form.toInput());
            flash.addFlashAttribute("reference", s.reference());
            return "redirect:/report/received";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", ReportForm.onForm(e.violations()));
        } catch (MediaRefusedException e) {
            response.setStatus(415);
            model.addAttribute("mediaRefused", true);
            form.clear(ReportForm.formField(e.field())); // never echo the media back
            model.addAttribute("errors", List.of(new FieldViolation(ReportForm.formField(e.field()),
                    "contains a picture or a video: describe it in words instead")));
        }
        return form(model);
    }

    @GetMapping("/report/received")
    String received(Model model) {
        return model.containsAttribute("reference") ? "childprotection/report-received" : "redirect:/report";
    }

    @GetMapping("/report/add")
    String initAddForm(@RequestParam(required = false) String reference, Model model) {
        model.addAttribute("reference", reference);
        return "childprotection/report-add";
    }

    @PostMapping("/report/add")
    String processAddForm(@RequestParam(required = false) String reference,
                          @RequestParam(required = false) String information, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        model.addAttribute("reference", reference);
        model.addAttribute("information", information);
        if (!allowed(request, response, model)) {
            return "childprotection/report-add";
        }
        try {
            reports.addInformation(reference, information);
            model.addAttribute("added", true);
            model.addAttribute("information", null);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", e.violations());
        } catch (MediaRefusedException e) {
            response.setStatus(415);
            model.addAttribute("information", null); // never echo the media back
            model.addAttribute("errors", List.of(new FieldViolation("information",
                    "contains a picture or a video: describe it in words instead")));
        } catch (DomainException e) {
            response.setStatus(404);
            model.addAttribute("notFound", true);
        }
        return "childprotection/report-add";
    }

    private boolean allowed(HttpServletRequest request, HttpServletResponse response, Model model) {
        String client = request.getRemoteAddr();
        if (limiter.tryAcquire(client)) {
            return true;
        }
        long minutes = Math.max(1, (limiter.retryAfter(client).toSeconds() + 59) / 60);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(minutes * 60));
        model.addAttribute("limitedMinutes", minutes);
        return false;
    }

    private static String form(Model model) {
        model.addAttribute("incidentTypes", IncidentType.values());
        model.addAttribute("ageBands", VictimAgeBand.values());
        return "childprotection/report-form";
    }
}
