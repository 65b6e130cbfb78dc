package org.nigehbaan.accounts;

/** A new token: shown this once; only its hash is stored. */
public record IssuedToken(long id, String token) {
}
