package org.nigehbaan.register;

import java.time.Instant;
import java.util.List;

/**
 * One disclosure from the register: a search or a view of a record, with who, why and what was shown.
 *
 * @param kind              SEARCH or VIEW
 * @param reference         the court order or other reference given
 * @param firNumber         for a police request: the FIR
 * @param firPoliceStation  the FIR's police station
 * @param firOffences       the offences the FIR cites
 * @param suspectName       the named suspect
 * @param requestingOfficer the police officer who asked
 * @param prosecutor        the prosecutor who forwarded the request
 * @param policeRequestedAt when the police asked
 * @param searchId          for a view reached from a search: that search
 * @param criteria          what was searched for
 * @param registrantIds     the registrants whose data was shown
 * @param shown             which parts of the records were shown
 */
public record Disclosure(long id, Instant occurredAt, String actor, String actorAgency, String kind,
                         DisclosurePurpose purpose, String reference, String firNumber, String firPoliceStation,
                         List<String> firOffences, String suspectName, String requestingOfficer, String prosecutor,
                         Instant policeRequestedAt, Long searchId, String criteria, List<Long> registrantIds,
                         String shown) {
}
