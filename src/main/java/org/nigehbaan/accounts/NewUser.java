package org.nigehbaan.accounts;

import java.util.List;

/**
 * A request to create a user (API.md, "Users"), as the client sent it; validated by {@link AccountService}.
 *
 * @param kind PERSON (the default) or SERVICE
 */
public record NewUser(String username, String password, String displayName, String agency, String district,
                      List<String> roles, String kind) {

    /** A person's account. */
    public NewUser(String username, String password, String displayName, String agency, String district,
                   List<String> roles) {
        this(username, password, displayName, agency, district, roles, null);
    }
}
