package org.nigehbaan.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.nigehbaan.accounts.AccountService;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.accounts.IssuedToken;
import org.nigehbaan.accounts.TokenService;
import org.nigehbaan.accounts.TokenSummary;
import org.nigehbaan.accounts.UserSummary;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "The signed-in user's own account and personal tokens")
class MeApiController {

    private final AccountService accounts;
    private final TokenService tokens;
    private final CurrentActor current;

    MeApiController(AccountService accounts, TokenService tokens, CurrentActor current) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.current = current;
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record NewToken(String name, List<String> roles, String expiresOn) {
    }

    @GetMapping
    @Operation(summary = "The signed-in user")
    UserSummary me() {
        return accounts.user(current.get().username());
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change one's own password; the old one stops working at once")
    void changePassword(@RequestBody PasswordChange body) {
        accounts.changePassword(current.get(), body.currentPassword(), body.newPassword());
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A personal token with a subset of one's roles (shown once)")
    IssuedToken issue(@RequestBody NewToken body) {
        return tokens.issueOwn(current.get(), body.name(), body.roles(), body.expiresOn());
    }

    @GetMapping("/tokens")
    @Operation(summary = "One's tokens (never the tokens themselves)")
    List<TokenSummary> list() {
        return tokens.list(current.get().username());
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of one's tokens; refused at once afterwards")
    void revoke(@PathVariable long id) {
        tokens.revoke(current.get().username(), id, current.get());
    }
}
