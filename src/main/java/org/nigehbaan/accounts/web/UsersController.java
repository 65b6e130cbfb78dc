package org.nigehbaan.accounts.web;

import java.util.ArrayList;
import java.util.List;
import org.nigehbaan.accounts.AccountService;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.accounts.NewUser;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.PageRequest;
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

/** The administrator's page: users and a form to create one. */
@Controller
class UsersController {

    private final AccountService accounts;
    private final org.nigehbaan.accounts.SecondFactorService secondFactors;
    private final CurrentActor current;

    UsersController(AccountService accounts, org.nigehbaan.accounts.SecondFactorService secondFactors,
                    CurrentActor current) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.current = current;
    }

    /** The form's fields; only these bind. */
    static final class UserForm {
        private String username = "";
        private String password = "";
        private String displayName = "";
        private String agency = "";
        private String district = "";
        private List<String> roles = new ArrayList<>();

        public String getUsername() { return username; }
        public void setUsername(String v) { username = v; }
        public String getPassword() { return password; }
        public void setPassword(String v) { password = v; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String v) { displayName = v; }
        public String getAgency() { return agency; }
        public void setAgency(String v) { agency = v; }
        public String getDistrict() { return district; }
        public void setDistrict(String v) { district = v; }
        public List<String> getRoles() { return roles; }
        public void setRoles(List<String> v) { roles = v == null ? new ArrayList<>() : v; }
    }

    @InitBinder("userForm")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("username", "password", "displayName", "agency", "district", "roles");
    }

    @GetMapping("/users")
    String initCreateForm(@RequestParam(required = false) Integer page, @RequestParam(required = false) String q,
                          Model model) {
        model.addAttribute("roleRequests", accounts.roleRequests(org.nigehbaan.accounts.RoleRequest.PENDING));
        if (!model.containsAttribute("userForm")) {
            model.addAttribute("userForm", new UserForm());
        }
        model.addAttribute("users", accounts.findUsers(q, PageRequest.of(page, 50)));
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("allRoles", Role.values());
        return "accounts/users";
    }

    @PostMapping("/users")
    String processCreateForm(@ModelAttribute("userForm") UserForm form, Model model, RedirectAttributes redirect) {
        try {
            org.nigehbaan.accounts.AccountChange change = accounts.create(new NewUser(form.getUsername(),
                    form.getPassword(), form.getDisplayName(), form.getAgency(), form.getDistrict(), form.getRoles()),
                    current.get());
            if (change.pending() != null) {
                redirect.addFlashAttribute("pendingRoles", change.pending().roles());
            }
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
            form.setPassword("");
            return initCreateForm(0, null, model);
        } catch (DomainException e) {
            model.addAttribute("errors", List.of(new FieldViolation("username", e.getMessage())));
            form.setPassword("");
            return initCreateForm(0, null, model);
        }
        redirect.addFlashAttribute("created", form.getUsername());
        redirect.addAttribute("q", form.getUsername());
        return "redirect:/users";
    }

    /** The lifecycle buttons of each user's row: disable (with a reason), enable, unlock, password, second factor. */
    @PostMapping("/users/{username}/{action:disable|enable|unlock|password-reset|second-factor-reset}")
    String act(@org.springframework.web.bind.annotation.PathVariable String username,
               @org.springframework.web.bind.annotation.PathVariable String action,
               @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            switch (action) {
                case "disable" -> accounts.disable(username, reason == null || reason.isBlank() ? "disabled by an administrator" : reason, current.get());
                case "enable" -> accounts.enable(username, current.get());
                case "unlock" -> accounts.unlock(username, current.get());
                case "password-reset" -> redirect.addFlashAttribute("temporaryPassword", accounts.resetPassword(username, current.get()));
                default -> secondFactors.reset(username, current.get());
            }
            redirect.addFlashAttribute("done", username);
        } catch (DomainException | InvalidInputException e) {
            redirect.addFlashAttribute("errors", List.of(new FieldViolation(username, e.getMessage())));
        }
        return "redirect:/users";
    }

    @PostMapping("/users/role-requests/{id}/{decision:approve|reject}")
    String decide(@org.springframework.web.bind.annotation.PathVariable long id,
                  @org.springframework.web.bind.annotation.PathVariable String decision, RedirectAttributes redirect) {
        try {
            if (decision.equals("approve")) {
                accounts.approveRoleRequest(id, current.get());
            } else {
                accounts.rejectRoleRequest(id, null, current.get());
            }
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", List.of(new FieldViolation("request " + id, e.getMessage())));
        }
        return "redirect:/users";
    }
}
