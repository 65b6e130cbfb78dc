package org.nigehbaan.register;

/**
 * A term as the court expressed it.
 *
 * @param length a whole number, at least 1
 * @param unit   DAYS, WEEKS, MONTHS or YEARS
 */
public record SentenceInput(Integer length, String unit) {
}
