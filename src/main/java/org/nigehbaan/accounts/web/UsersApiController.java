package org.nigehbaan.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.nigehbaan.accounts.AccountService;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.accounts.NewUser;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.accounts.UserSummary;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Accounts and roles (ADMIN)")
class UsersApiController {

    private final AccountService accounts;
    private final CurrentActor current;

    UsersApiController(AccountService accounts, CurrentActor current) {
        this.accounts = accounts;
        this.current = current;
    }

    /** The created user, without any password material. */
    record CreatedUser(long id, String username, List<Role> roles) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user with roles and agency")
    CreatedUser create(@RequestBody NewUser request) {
        UserSummary u = accounts.createUser(request, current.get());
        return new CreatedUser(u.id(), u.username(), u.roles().stream().sorted().toList());
    }

    @GetMapping
    @Operation(summary = "List users")
    PageResult<UserSummary> list(@RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return accounts.listUsers(PageRequest.of(page, size));
    }
}
