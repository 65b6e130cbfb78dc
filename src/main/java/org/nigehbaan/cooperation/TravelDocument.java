package org.nigehbaan.cooperation;

import java.time.LocalDate;

/**
 * A returnee's travel document; it must still be valid for the policy's months on the return date.
 *
 * @param kind           passport or emergency travel document
 * @param number         the document number, normalised
 * @param issuingCountry ISO alpha-3
 * @param expiresOn      the last day of validity
 */
public record TravelDocument(TravelDocumentKind kind, String number, String issuingCountry, LocalDate expiresOn) {
}
