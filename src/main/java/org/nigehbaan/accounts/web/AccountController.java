package org.nigehbaan.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.nigehbaan.accounts.AccountService;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.accounts.IssuedToken;
import org.nigehbaan.accounts.SecondFactorService;
import org.nigehbaan.accounts.TokenService;
import org.nigehbaan.accounts.internal.SessionGuard;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.identity.FieldViolation;
import org.nigehbaan.identity.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: password, second factors (passkeys, recovery codes) and personal tokens. */
@Controller
class AccountController {

    private final AccountService accounts;
    private final SecondFactorService secondFactors;
    private final TokenService tokens;
    private final CurrentActor current;
    private final SessionGuard guard;

    AccountController(AccountService accounts, SecondFactorService secondFactors, TokenService tokens,
                      CurrentActor current, SessionGuard guard) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.tokens = tokens;
        this.current = current;
        this.guard = guard;
    }

    @GetMapping("/account")
    String account(Model model) {
        String me = current.get().username();
        model.addAttribute("user", accounts.user(me));
        model.addAttribute("secondFactor", secondFactors.status(me));
        model.addAttribute("tokens", tokens.list(me));
        return "accounts/account";
    }

    @GetMapping("/account/password")
    String passwordForm() {
        return "accounts/password";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(required = false) String currentPassword,
                          @RequestParam(required = false) String newPassword, HttpServletRequest request,
                          Model model, RedirectAttributes redirect) {
        try {
            accounts.changePassword(current.get(), currentPassword, newPassword);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
            return "accounts/password";
        }
        guard.refresh(request);
        redirect.addFlashAttribute("done", "account.password.changed");
        return "redirect:/account";
    }

    @PostMapping("/account/recovery-codes")
    String newRecoveryCodes(RedirectAttributes redirect) {
        redirect.addFlashAttribute("recoveryCodes", secondFactors.newRecoveryCodes(current.get()));
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String issueToken(@RequestParam(required = false) String name, @RequestParam(required = false) String expiresOn,
                      @RequestParam(required = false) List<String> roles, RedirectAttributes redirect) {
        try {
            IssuedToken t = tokens.issueOwn(current.get(), name, roles, expiresOn);
            redirect.addFlashAttribute("issuedToken", t.token());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", List.of(new FieldViolation("token", e.getMessage())));
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id) {
        tokens.revoke(current.get().username(), id, current.get());
        return "redirect:/account";
    }
}
