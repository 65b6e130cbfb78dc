package org.nigehbaan.cooperation;

/** A travel document as the client sends it: PASSPORT or EMERGENCY_TRAVEL_DOCUMENT, number, ISO alpha-3, date. */
public record TravelDocumentInput(String kind, String number, String issuingCountry, String expiresOn) {
}
