package org.nigehbaan.screening.web;

import java.util.List;
import java.util.function.Supplier;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.identity.FieldViolation;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.identity.Violations;
import org.nigehbaan.screening.RedressService;
import org.nigehbaan.screening.RedressStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The border supervisor's redress queue: confirm or revoke officers' "not this person" reviews. */
@Controller
class RedressController {

    private final RedressService redress;
    private final CurrentActor current;

    RedressController(RedressService redress, CurrentActor current) {
        this.redress = redress;
        this.current = current;
    }

    @GetMapping("/screening/redress")
    String queue(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
                 Model model) {
        RedressStatus s = status == null ? RedressStatus.PENDING
                : status.isBlank() ? null : Violations.parseEnum("status", status, RedressStatus.class);
        model.addAttribute("records", redress.list(s, PageRequest.of(page, 25), current.get()));
        model.addAttribute("status", s == null ? "" : s.name());
        model.addAttribute("statuses", RedressStatus.values());
        model.addAttribute("me", current.get().username());
        return "screening/redress";
    }

    @PostMapping("/screening/redress/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam(required = false) String note, Model model,
                   RedirectAttributes redirect) {
        return act(model, redirect, "confirmed", () -> redress.confirm(id, note, current.get()));
    }

    @PostMapping("/screening/redress/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
                  RedirectAttributes redirect) {
        return act(model, redirect, "revoked", () -> redress.revoke(id, reason, current.get()));
    }

    private String act(Model model, RedirectAttributes redirect, String done, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("redressDone", done);
            return "redirect:/screening/redress";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("errors", List.of(new FieldViolation("redress", e.getMessage())));
        }
        return queue(null, 0, model);
    }
}
