package org.nigehbaan.register;

/**
 * An address as the client sends it.
 *
 * @param kind     HOME (default) or OTHER (anywhere the registrant regularly stays)
 * @param line1    house and street
 * @param line2    more, optional
 * @param city     town or city
 * @param district district, optional
 * @param postcode postal code, optional
 * @param from     since when (ISO date), optional
 */
public record AddressInput(String kind, String line1, String line2, String city, String district, String postcode,
                           String from) {
}
