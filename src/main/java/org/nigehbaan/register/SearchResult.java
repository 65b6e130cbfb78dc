package org.nigehbaan.register;

import java.util.List;

/**
 * The answer to a search, and the number under which it was logged; open a record with that number as
 * {@code searchId} so that the view inherits the search's purpose.
 *
 * @param searchId  the disclosure logged for this search
 * @param purpose   the purpose given
 * @param results   the registrants found, at most {@value DisclosureService#MAX_RESULTS}
 */
public record SearchResult(long searchId, DisclosurePurpose purpose, List<Hit> results) {

    /** A registrant found: only what is needed to tell people apart. */
    public record Hit(long registrantId, String fullName, List<String> aliases, String fatherName, String dateOfBirth,
                      String district, RegistrantStatus status) {
    }
}
