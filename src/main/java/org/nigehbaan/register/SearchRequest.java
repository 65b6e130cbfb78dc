package org.nigehbaan.register;

import java.util.List;

/**
 * A purpose-bound search of the register.
 *
 * @param purpose           one of {@link DisclosurePurpose}
 * @param reference         for COURT_ORDER: the order's reference; otherwise optional (a case or file number)
 * @param suspectName       for POLICE_INVESTIGATION: the named suspect (also searched for when {@code name} is
 *                          empty)
 * @param firNumber         for POLICE_INVESTIGATION: the FIR number, e.g. {@code 679/2021}
 * @param firPoliceStation  the police station that registered the FIR
 * @param firOffences       the sections the FIR cites; at least one must be a sexual offence the register knows
 * @param requestingOfficer the police officer asking (name, rank, number)
 * @param prosecutor        the prosecutor forwarding the request
 * @param policeRequestedAt when the police asked (local date-time, {@code 2026-05-10T14:30}); the request must
 *                          be forwarded within {@code nigehbaan.register.police-request-max-age} (48 hours)
 * @param name              a name to search for
 * @param cnic              a CNIC to search for
 * @param passportNumber    a passport number to search for
 * @param dateOfBirth       narrows name matches: registrants whose known date of birth disagrees are left out
 */
public record SearchRequest(String purpose, String reference, String suspectName, String firNumber,
                            String firPoliceStation, List<String> firOffences, String requestingOfficer,
                            String prosecutor, String policeRequestedAt, String name, String cnic,
                            String passportNumber, String dateOfBirth) {
}
