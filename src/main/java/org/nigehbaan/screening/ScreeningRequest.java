package org.nigehbaan.screening;

import org.nigehbaan.identity.PersonInput;

/**
 * A request to screen one traveller (API.md): typed fields ({@code traveller}) or an MRZ (lines separated by
 * line breaks), not both.
 */
public record ScreeningRequest(String purpose, String location, PersonInput traveller, String mrz) {
}
