package org.nigehbaan.register.web;

import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.register.RegisterAlerts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register officer's alerts page: registrants named as suspects in other modules' reports. */
@Controller
class RegisterAlertsPagesController {

    private final RegisterAlerts alerts;
    private final CurrentActor current;

    RegisterAlertsPagesController(RegisterAlerts alerts, CurrentActor current) {
        this.alerts = alerts;
        this.current = current;
    }

    @GetMapping("/register/alerts")
    String list(@RequestParam(defaultValue = "true") boolean open, @RequestParam(required = false) Integer page,
                Model model) {
        model.addAttribute("alerts", alerts.alerts(current.get(), open, PageRequest.of(page, 50)));
        model.addAttribute("open", open);
        return "register/alerts";
    }

    @PostMapping("/register/alerts/{id}/acknowledge")
    String acknowledge(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes flash) {
        alerts.acknowledge(id, note, current.get());
        flash.addFlashAttribute("done", "alertAcknowledged");
        return "redirect:/register/alerts";
    }
}
