package org.nigehbaan.controllist;

import org.nigehbaan.identity.PersonInput;

/**
 * A proposal to list a person, as a client sends it (API.md): validated by {@link ControlListService}.
 *
 * @param list            PCL or ECL
 * @param ground          why (see {@link Ground}); must belong to {@code list}
 * @param person          who
 * @param legalBasis      the provision relied on, e.g. "Passports Rules 2021 r.22(1)(d)"
 * @param referringAgency the agency asking for the listing: FIA, DGIP, NAB, ANF...
 * @param reason          the reasons, as the person will be told them
 * @param effectiveFrom   ISO date from which the term runs (deportation date, order date); default today
 * @param expiresOn       only for grounds without a statutory term: the day the listing should end
 * @param caseReference   FIR, court or case number
 * @param noticeServedOn  when notice was served on the person, if it has been
 * @param urgentSecurity  an urgent security case, where notice may follow within 24 hours
 * @param externalId      the id the listing has in the system that asked for it (unique), if any
 */
public record ProposeEntry(String list, String ground, PersonInput person, String legalBasis,
                           String referringAgency, String reason, String effectiveFrom, String expiresOn,
                           String caseReference, String noticeServedOn, Boolean urgentSecurity, String externalId) {
}
