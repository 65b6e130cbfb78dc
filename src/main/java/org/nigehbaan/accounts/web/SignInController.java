package org.nigehbaan.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.nigehbaan.accounts.AccountService;
import org.nigehbaan.accounts.SecondFactorService;
import org.nigehbaan.accounts.internal.QrCodes;
import org.nigehbaan.accounts.internal.SignInSession;
import org.nigehbaan.identity.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sign-in pages: the password form with the system-use notice (CJIS AC-8), the second-factor step, and the
 * enrolment forced at the first sign-in (a TOTP app from a QR code, then ten recovery codes shown once).
 */
@Controller
class SignInController {

    static final String PENDING_SECRET = "nigehbaan.pendingTotpSecret";

    private final SecondFactorService secondFactors;
    private final AccountService accounts;
    private final SignInSession session;

    SignInController(SecondFactorService secondFactors, AccountService accounts, SignInSession session) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.session = session;
    }

    @GetMapping("/login")
    String login() {
        return "accounts/login";
    }

    @GetMapping("/login/second-factor")
    String secondFactor(Model model) {
        Optional<String> user = session.passwordProven();
        if (user.isEmpty()) {
            return "redirect:/login";
        }
        SecondFactorService.Status status = secondFactors.status(user.get());
        if (!status.any()) {
            return "redirect:/login/enrol";
        }
        model.addAttribute("status", status);
        model.addAttribute("username", user.get());
        return "accounts/second-factor";
    }

    /** Forced enrolment: only for a session whose account has no second factor yet. */
    @GetMapping("/login/enrol")
    String enrol(HttpSession httpSession, Model model) {
        Optional<String> user = session.passwordProven();
        if (user.isEmpty()) {
            return "redirect:/login";
        }
        if (secondFactors.status(user.get()).any()) {
            return "redirect:/login/second-factor";
        }
        String secret = httpSession.getAttribute(PENDING_SECRET) instanceof String s ? s : secondFactors.newTotpSecret();
        httpSession.setAttribute(PENDING_SECRET, secret);
        model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("qr", QrCodes.svg(secondFactors.otpauthUri(user.get(), secret)));
        return "accounts/enrol";
    }

    @PostMapping("/login/enrol")
    String confirmEnrolment(@RequestParam(required = false) String code, HttpServletRequest request,
                            RedirectAttributes redirect, Model model) {
        Optional<String> user = session.passwordProven();
        HttpSession httpSession = request.getSession();
        if (user.isEmpty() || !(httpSession.getAttribute(PENDING_SECRET) instanceof String secret)) {
            return "redirect:/login";
        }
        if (secondFactors.status(user.get()).any()) {
            return "redirect:/login/second-factor";
        }
        try {
            List<String> codes = secondFactors.confirmTotp(accounts.findActor(user.get()).orElseThrow(), secret, code);
            httpSession.removeAttribute(PENDING_SECRET);
            session.totpProven(request);
            redirect.addFlashAttribute("recoveryCodes", codes);
            return "redirect:/login/recovery-codes";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
            return enrol(httpSession, model);
        }
    }

    @GetMapping("/login/recovery-codes")
    String recoveryCodes(Model model, HttpServletRequest request) {
        if (!model.containsAttribute("recoveryCodes") || !session.secondFactorProven()) {
            return "redirect:/";
        }
        model.addAttribute("continueTo", session.continueTo(request));
        return "accounts/recovery-codes";
    }
}
