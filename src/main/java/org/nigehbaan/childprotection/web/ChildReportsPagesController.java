package org.nigehbaan.childprotection.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.childprotection.ActionKind;
import org.nigehbaan.childprotection.ChildReportService;
import org.nigehbaan.childprotection.Grade;
import org.nigehbaan.childprotection.IncidentType;
import org.nigehbaan.childprotection.ReportStatus;
import org.nigehbaan.childprotection.Submitted;
import org.nigehbaan.childprotection.TriageQuestion;
import org.nigehbaan.childprotection.VictimAgeBand;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.identity.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The child-protection officer's pages: the queue by deadline, a report with its bundle and alerts, the helpline form, figures. */
@Controller
class ChildReportsPagesController {

    private final ChildReportService reports;
    private final CurrentActor current;

    ChildReportsPagesController(ChildReportService reports, CurrentActor current) {
        this.reports = reports;
        this.current = current;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields(ReportForm.FIELDS);
    }

    @GetMapping("/child-reports")
    String queue(@RequestParam(required = false) String status, @RequestParam(required = false) String grade,
                 @RequestParam(required = false) Boolean escalated, @RequestParam(required = false) Integer page,
                 Model model) {
        model.addAttribute("reports", reports.queue(status, grade, escalated, PageRequest.of(page, 50), current.get()));
        model.addAttribute("status", status);
        model.addAttribute("grade", grade);
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("grades", Grade.values());
        return "childprotection/queue";
    }

    @GetMapping("/child-reports/new")
    String initHelplineForm(Model model) {
        model.addAttribute("form", new ReportForm());
        return helpline(model);
    }

    @PostMapping("/child-reports/new")
    String processHelplineForm(@ModelAttribute("form") ReportForm form, HttpServletResponse response, Model model) {
        try {
            Submitted s = reports.submit(form.toInput(), current.get());
            return "redirect:/child-reports/" + s.reference();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", ReportForm.onForm(e.violations()));
            return helpline(model);
        }
    }

    @GetMapping("/child-reports/figures")
    String figures(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   Model model) {
        ReportingPeriod period = ReportingPeriod.parse(from, to, LocalDate.now(ReportingPeriod.ZONE));
        model.addAttribute("figures", reports.figures(period, current.get()).published());
        model.addAttribute("grades", Grade.values());
        return "childprotection/figures";
    }

    @GetMapping("/child-reports/{reference}")
    String report(@PathVariable String reference, Model model) {
        model.addAttribute("report", reports.view(reference, current.get()));
        model.addAttribute("questions", reports.questionnaire());
        model.addAttribute("actions", ActionKind.values());
        return "childprotection/report";
    }

    @PostMapping("/child-reports/{reference}/triage")
    String triage(@PathVariable String reference, @RequestParam Map<String, String> params, RedirectAttributes flash) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (TriageQuestion q : reports.questionnaire()) {
            answers.put(q.id(), params.getOrDefault("q." + q.id(), ""));
        }
        Submitted s = reports.triage(reference, answers, current.get());
        flash.addFlashAttribute("done", "triaged");
        return "redirect:/child-reports/" + s.reference();
    }

    @PostMapping("/child-reports/{reference}/actions")
    String act(@PathVariable String reference, @RequestParam(required = false) String action,
               @RequestParam(required = false) String note, RedirectAttributes flash) {
        reports.act(reference, action, note, current.get());
        flash.addFlashAttribute("done", "action");
        return "redirect:/child-reports/" + reference;
    }

    @PostMapping("/child-reports/{reference}/cooperation-case")
    String cooperation(@PathVariable String reference, @RequestParam(defaultValue = "0") int suspect,
                       RedirectAttributes flash) {
        flash.addFlashAttribute("caseReference", reports.openCooperationCase(reference, suspect, current.get()));
        flash.addFlashAttribute("done", "cooperation");
        return "redirect:/child-reports/" + reference;
    }

    /** Media in a note or a helpline form: the error page, 415, nothing kept. */
    @org.springframework.web.bind.annotation.ExceptionHandler(org.nigehbaan.childprotection.MediaRefusedException.class)
    org.springframework.web.servlet.ModelAndView media(HttpServletResponse response) {
        response.setStatus(415);
        org.springframework.web.servlet.ModelAndView mav = new org.springframework.web.servlet.ModelAndView("error");
        mav.addObject("status", 415);
        mav.addObject("detail", org.nigehbaan.childprotection.MediaRefusedException.ADVICE);
        return mav;
    }

    private static String helpline(Model model) {
        model.addAttribute("incidentTypes", IncidentType.values());
        model.addAttribute("ageBands", VictimAgeBand.values());
        return "childprotection/new";
    }
}
