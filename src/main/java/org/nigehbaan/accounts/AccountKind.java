package org.nigehbaan.accounts;

/** Whose account it is (DOMAIN.md: every account belongs to a person or is a named service account). */
public enum AccountKind {
    /** One officer: signs in on the web with a password and a second factor; may hold personal tokens. */
    PERSON,
    /** A machine (an airline feed, a counter terminal, a platform): no web sign-in; tokens an ADMIN manages. */
    SERVICE;

    public static AccountKind parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return PERSON;
        }
        try {
            return valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + raw + "' is not an account kind: use PERSON or SERVICE");
        }
    }
}
