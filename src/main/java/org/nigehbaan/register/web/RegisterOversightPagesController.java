package org.nigehbaan.register.web;

import java.util.List;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.identity.FieldViolation;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.register.DisclosurePurpose;
import org.nigehbaan.register.DisclosureService;
import org.nigehbaan.register.RegisterAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The auditor's disclosure log, the analyst's figures, and the administrator's policy and grants page. */
@Controller
class RegisterOversightPagesController {

    private final DisclosureService disclosure;
    private final RegisterAdministration administration;
    private final CurrentActor current;

    RegisterOversightPagesController(DisclosureService disclosure, RegisterAdministration administration,
                                     CurrentActor current) {
        this.disclosure = disclosure;
        this.administration = administration;
        this.current = current;
    }

    @GetMapping("/register/disclosures")
    String disclosures(@RequestParam(required = false) String actor, @RequestParam(required = false) String purpose,
                       @RequestParam(required = false) Long registrantId, @RequestParam(required = false) Integer page,
                       Model model) {
        model.addAttribute("disclosures", disclosure.disclosures(actor, purpose, registrantId, null, null,
                PageRequest.of(page, 50), current.get()));
        model.addAttribute("actor", actor);
        model.addAttribute("purpose", purpose);
        model.addAttribute("registrantId", registrantId);
        model.addAttribute("purposes", DisclosurePurpose.values());
        return "register/disclosures";
    }

    @GetMapping("/register/statistics")
    String statistics(Model model) {
        model.addAttribute("stats", administration.statistics(current.get()));
        return "register/statistics";
    }

    @GetMapping("/register/admin")
    String admin(Model model) {
        model.addAttribute("policy", administration.policy());
        model.addAttribute("grants", administration.grants(true, current.get()));
        return "register/admin";
    }

    @PostMapping("/register/admin/grants")
    String processGrantForm(@RequestParam(required = false) String username,
                            @RequestParam(required = false) String district,
                            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            administration.grant(username, district, reason, current.get());
            redirect.addFlashAttribute("granted", username);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", List.of(new FieldViolation("district", e.getMessage())));
        }
        return "redirect:/register/admin";
    }

    @PostMapping("/register/admin/grants/{id}/revoke")
    String processRevokeForm(@PathVariable long id, @RequestParam(required = false) String reason,
                             RedirectAttributes redirect) {
        try {
            administration.revoke(id, reason, current.get());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", List.of(new FieldViolation("grant", e.getMessage())));
        }
        return "redirect:/register/admin";
    }
}
