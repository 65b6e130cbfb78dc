package org.nigehbaan.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.nigehbaan.accounts.AccountChange;
import org.nigehbaan.accounts.AccountService;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.accounts.IssuedToken;
import org.nigehbaan.accounts.NewUser;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.accounts.RoleRequest;
import org.nigehbaan.accounts.SecondFactorService;
import org.nigehbaan.accounts.TokenService;
import org.nigehbaan.accounts.TokenSummary;
import org.nigehbaan.accounts.UserSummary;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Users", description = "Accounts, roles, lifecycle and service-account tokens (ADMIN)")
class UsersApiController {

    private final AccountService accounts;
    private final TokenService tokens;
    private final SecondFactorService secondFactors;
    private final CurrentActor current;

    UsersApiController(AccountService accounts, TokenService tokens, SecondFactorService secondFactors,
                       CurrentActor current) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.secondFactors = secondFactors;
        this.current = current;
    }

    /** The created user (or the user after a role change), and the privileged roles waiting for approval. */
    record UserChange(long id, String username, List<Role> roles, Long requestId, String status) {
        static ResponseEntity<UserChange> of(AccountChange c, HttpStatus done) {
            UserSummary u = c.user();
            List<Role> roles = u.roles().stream().sorted().toList();
            if (c.pending() == null) {
                return ResponseEntity.status(done).body(new UserChange(u.id(), u.username(), roles, null, null));
            }
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                    .body(new UserChange(u.id(), u.username(), roles, c.pending().id(), c.pending().status()));
        }
    }

    record Roles(List<String> roles) {
    }

    record Reason(String reason) {
    }

    record Decision(String comment) {
    }

    record TemporaryPassword(String temporaryPassword) {
    }

    record NewToken(String name, List<String> roles, String expiresOn) {
    }

    @PostMapping("/users")
    @Operation(summary = "Create a user (201), or 202 with a request when a privileged role needs a second ADMIN")
    ResponseEntity<UserChange> create(@RequestBody NewUser request) {
        return UserChange.of(accounts.create(request, current.get()), HttpStatus.CREATED);
    }

    @GetMapping("/users")
    @Operation(summary = "List users")
    PageResult<UserSummary> list(@RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return accounts.listUsers(PageRequest.of(page, size));
    }

    @GetMapping("/users/{username}")
    @Operation(summary = "One user")
    UserSummary user(@PathVariable String username) {
        return accounts.user(username);
    }

    @PutMapping("/users/{username}/roles")
    @Operation(summary = "Set roles: 200, or 202 with a request when a privileged role is granted")
    ResponseEntity<UserChange> roles(@PathVariable String username, @RequestBody Roles body) {
        return UserChange.of(accounts.setRoles(username, body.roles(), current.get()), HttpStatus.OK);
    }

    @PostMapping("/users/{username}/disable")
    @Operation(summary = "Disable: refused on every instance within a second; sessions end, tokens die")
    UserSummary disable(@PathVariable String username, @RequestBody Reason body) {
        return accounts.disable(username, body.reason(), current.get());
    }

    @PostMapping("/users/{username}/enable")
    @Operation(summary = "Enable again")
    UserSummary enable(@PathVariable String username) {
        return accounts.enable(username, current.get());
    }

    @PostMapping("/users/{username}/unlock")
    @Operation(summary = "End a lockout before its 15 minutes")
    UserSummary unlock(@PathVariable String username) {
        return accounts.unlock(username, current.get());
    }

    @PostMapping("/users/{username}/password-reset")
    @Operation(summary = "A temporary password, shown once, to be changed at the next sign-in")
    TemporaryPassword resetPassword(@PathVariable String username) {
        return new TemporaryPassword(accounts.resetPassword(username, current.get()));
    }

    @PostMapping("/users/{username}/second-factor/reset")
    @Operation(summary = "Remove the user's TOTP, recovery codes and passkeys; enrolment is forced again")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetSecondFactor(@PathVariable String username) {
        secondFactors.reset(username, current.get());
    }

    @PostMapping("/users/{username}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a token for a service account (shown once)")
    IssuedToken issueToken(@PathVariable String username, @RequestBody NewToken body) {
        return tokens.issueForService(username, body.name(), body.roles(), body.expiresOn(), current.get());
    }

    @GetMapping("/users/{username}/tokens")
    @Operation(summary = "A user's tokens (never the tokens themselves)")
    List<TokenSummary> tokens(@PathVariable String username) {
        return tokens.list(username);
    }

    @DeleteMapping("/users/{username}/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a user's token")
    void revokeToken(@PathVariable String username, @PathVariable long id) {
        tokens.revoke(username, id, current.get());
    }

    @GetMapping("/role-requests")
    @Operation(summary = "Requests for privileged roles")
    Map<String, List<RoleRequest>> roleRequests(@RequestParam(required = false) String status) {
        return Map.of("items", accounts.roleRequests(status == null || status.isBlank() ? null : status.strip()));
    }

    @PostMapping("/role-requests/{id}/approve")
    @Operation(summary = "A second ADMIN grants the requested roles (never the one who asked: 409)")
    RoleRequest approve(@PathVariable long id) {
        return accounts.approveRoleRequest(id, current.get());
    }

    @PostMapping("/role-requests/{id}/reject")
    @Operation(summary = "A second ADMIN refuses the requested roles")
    RoleRequest reject(@PathVariable long id, @RequestBody(required = false) Decision body) {
        return accounts.rejectRoleRequest(id, body == null ? null : body.comment(), current.get());
    }
}
