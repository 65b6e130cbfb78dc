package org.nigehbaan.screening.paxlst;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nigehbaan.identity.Country;
import org.nigehbaan.identity.Gender;
import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.identity.PassportNumber;
import org.nigehbaan.identity.PersonInput;
import org.nigehbaan.identity.mrz.MrzDates;

/**
 * One person of a manifest (a NAD segment group). Values are kept as written; the methods below read them
 * into identity types for screening.
 *
 * @param position    1-based position of the traveller in the interchange
 * @param segment     the number of the NAD segment that opens the group
 * @param role        NAD element 1: {@code FL} passenger, {@code FM} crew member, {@code DDT} in-transit crew
 *                    member, {@code DDU} in-transit passenger
 * @param surname     NAD element 4 component 1
 * @param givenNames  the further non-empty components of NAD element 4
 * @param sex         ATT+2 element 3: {@code M}, {@code F}, {@code U}/{@code X}; {@code null} when absent
 * @param birthDate   DTM 329 as written ({@code YYMMDD}, or {@code CCYYMMDD}); {@code null} when absent
 * @param nationality NAT element 2 ({@code GBR}); {@code null} when absent
 * @param documents   the DOC groups
 * @param locations   LOC values by qualifier as written: {@code 22} customs clearance, {@code 174} residence,
 *                    {@code 178} embarkation, {@code 179} debarkation, {@code 180} birth place
 * @param references  RFF values by qualifier ({@code AVF} booking reference, {@code ABO} passenger reference, ...)
 */
public record PaxlstTraveller(int position, int segment, String role, String surname, List<String> givenNames, String sex,
                              String birthDate, String nationality, List<PaxlstDocument> documents,
                              Map<String, String> locations, Map<String, String> references) {

    public boolean isCrew() {
        return role.equals("FM") || role.equals("DDT");
    }

    public boolean isPassenger() {
        return role.equals("FL") || role.equals("DDU");
    }

    /** Given names then surname. */
    public String fullName() {
        StringBuilder sb = new StringBuilder();
        for (String g : givenNames) {
            sb.append(g).append(' ');
        }
        return sb.append(surname).toString().strip();
    }

    /** The birth date, two-digit years resolved as {@link MrzDates#birthDate} does; empty when absent or no date. */
    public Optional<PartialDate> birthDate(LocalDate today) {
        if (birthDate == null) {
            return Optional.empty();
        }
        try {
            if (birthDate.length() == 8 && birthDate.chars().allMatch(Character::isDigit)) {
                return Optional.of(PartialDate.parse(birthDate.substring(0, 4) + "-" + birthDate.substring(4, 6) + "-"
                        + birthDate.substring(6)));
            }
            return Optional.of(MrzDates.birthDate(birthDate, today));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Optional<Gender> gender() {
        try {
            return sex == null || sex.isBlank() ? Optional.empty() : Optional.of(Gender.parse(sex));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The reference the screening API reports a traveller by: position and first document number,
     * e.g. {@code 3/YY3478621G}, or just the position when there is no document.
     */
    public String reference() {
        return documents.isEmpty() || documents.get(0).number().isEmpty()
                ? String.valueOf(position) : position + "/" + documents.get(0).number();
    }

    /** The traveller as the API's person shape, for screening; only fields that read cleanly are filled. */
    public PersonInput toPersonInput(LocalDate today) {
        List<String> numbers = new ArrayList<>();
        for (PaxlstDocument d : documents) {
            try {
                numbers.add(PassportNumber.parse(d.number()).value());
            } catch (IllegalArgumentException e) {
                // not a usable document number; the document is still in the manifest
            }
        }
        String country = null;
        try {
            country = nationality == null ? null : Country.parse(nationality).code();
        } catch (IllegalArgumentException e) {
            // a code that is no country (ICAO XXA, a typo): screening goes on without it
        }
        return new PersonInput(fullName(), List.of(), null, null,
                birthDate(today).map(PartialDate::toString).orElse(null),
                gender().map(Gender::name).orElse(null), country, null, List.copyOf(numbers));
    }
}
