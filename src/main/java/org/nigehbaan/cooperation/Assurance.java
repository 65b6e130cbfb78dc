package org.nigehbaan.cooperation;

import java.time.LocalDate;

/**
 * An assurance recorded with an extradition arrangement.
 *
 * @param kind    what is assured
 * @param text    the assurance's wording
 * @param givenBy the authority that gave it, or null
 * @param givenOn when, or null
 */
public record Assurance(AssuranceKind kind, String text, String givenBy, LocalDate givenOn) {
}
