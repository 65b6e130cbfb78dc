package org.nigehbaan.programme.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.programme.ProgrammeFigures;
import org.nigehbaan.programme.ProgrammeService;
import org.nigehbaan.programme.Target;
import org.nigehbaan.programme.internal.Charts;
import org.nigehbaan.programme.internal.Section;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dashboard, the figures' definitions, the report download and the targets page. */
@Controller
@RequestMapping("/programme")
class ProgrammeController {

    private final ProgrammeService programme;
    private final CurrentActor current;
    private final MessageSource messages;

    ProgrammeController(ProgrammeService programme, CurrentActor current, MessageSource messages) {
        this.programme = programme;
        this.current = current;
        this.messages = messages;
    }

    @GetMapping
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(required = false) String district, Model model, Locale locale) {
        Actor by = current.get();
        ReportingPeriod period = ReportingPeriod.parse(blank(from), blank(to), programme.today());
        ProgrammeFigures figures = programme.figures(period, blank(district), by);
        Map<String, String> charts = new LinkedHashMap<>();
        List<String> districts = new ArrayList<>();
        for (ProgrammeFigures.Module m : figures.modules()) {
            for (Section.Table t : m.section().tables()) {
                List<String> labels = t.columns().stream()
                        .map(c -> messages.getMessage("prog.figure." + c, null, c, locale)).toList();
                String svg = Charts.svg(t, labels, "chart-" + t.key().replace('.', '-'));
                if (svg != null) {
                    charts.put(t.key(), svg);
                }
                if (t.key().equals("register.byDistrict")) {
                    t.rows().forEach(r -> districts.add(r.label()));
                }
            }
        }
        List<Target> targets = programme.targets(by);
        model.addAttribute("figures", figures);
        model.addAttribute("charts", charts);
        model.addAttribute("targets", targets.stream().collect(Collectors.toMap(Target::figure, Function.identity())));
        model.addAttribute("tracks", programme.tracks(figures, targets));
        model.addAttribute("districts", programme.districts(districts));
        return "programme/dashboard";
    }

    @GetMapping("/definitions")
    String definitions(Model model) {
        Actor by = current.get();
        LinkedHashMap<String, List<String>> keys = new LinkedHashMap<>();
        ReportingPeriod today = new ReportingPeriod(programme.today(), programme.today());
        for (ProgrammeFigures.Module m : programme.figures(today, null, by).modules()) {
            java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
            m.section().headlines().forEach(h -> all.add(h.key()));
            m.section().tables().forEach(t -> all.addAll(t.columns()));
            keys.put(m.key(), List.copyOf(all));
        }
        model.addAttribute("keys", keys);
        return "programme/definitions";
    }

    @GetMapping("/report")
    ResponseEntity<byte[]> report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String district,
                                  @RequestParam(required = false) String format,
                                  @RequestParam(required = false) String lang) {
        return ReportResponse.of(programme.report(ReportingPeriod.parse(blank(from), blank(to), programme.today()),
                blank(district), format, lang, current.get()));
    }

    @GetMapping("/targets")
    String targets(Model model) {
        Actor by = current.get();
        model.addAttribute("figureKeys", programme.headlineKeys(by));
        model.addAttribute("targets", programme.targets(by));
        return "programme/targets";
    }

    @PostMapping("/targets")
    String setTarget(@RequestParam(required = false) String figure, @RequestParam(required = false) String comparison,
                     @RequestParam(required = false) String value, Model model, RedirectAttributes redirect) {
        Actor by = current.get();
        try {
            programme.setTarget(figure, comparison, value, by);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
            return targets(model);
        }
        redirect.addFlashAttribute("saved", figure);
        return "redirect:/programme/targets";
    }

    @PostMapping("/targets/remove")
    String removeTarget(@RequestParam(required = false) String figure) {
        programme.removeTarget(figure == null ? "" : figure, current.get());
        return "redirect:/programme/targets";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
