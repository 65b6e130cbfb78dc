package org.nigehbaan.web.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.nigehbaan.common.WorkList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: what waits for the signed-in user, module by module ({@link WorkList}), then the links their
 * roles open. A module that cannot answer (its database is away) is said to be unavailable; the others still show.
 */
@Controller
class HomeController {

    private static final Logger log = LoggerFactory.getLogger(HomeController.class);

    private final List<WorkList> workLists;

    HomeController(List<WorkList> workLists) {
        this.workLists = workLists;
    }

    /** A section to show, or a module that could not say what waits. */
    record Shown(WorkList.Section section, boolean unavailable) {
    }

    @GetMapping("/")
    String home(Model model) {
        List<Shown> shown = new ArrayList<>();
        int unavailable = 0;
        for (WorkList w : workLists) {
            try {
                Optional<WorkList.Section> s = w.section();
                s.ifPresent(x -> shown.add(new Shown(x, false)));
            } catch (RuntimeException e) {
                log.warn("home: work list {} unavailable ({})", w.getClass().getSimpleName(), e.getClass().getSimpleName());
                unavailable++;
            }
        }
        shown.sort(Comparator.comparingInt(s -> s.section().order()));
        model.addAttribute("work", shown);
        model.addAttribute("workUnavailable", unavailable);
        return "home";
    }
}
