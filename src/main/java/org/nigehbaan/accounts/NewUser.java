package org.nigehbaan.accounts;

import java.util.List;

/** A request to create a user (API.md, "Users"), as the client sent it; validated by {@link AccountService}. */
public record NewUser(String username, String password, String displayName, String agency, String district,
                      List<String> roles) {
}
