package org.nigehbaan.matching;

import java.util.List;
import java.util.Objects;

import org.nigehbaan.identity.Cnic;
import org.nigehbaan.identity.Country;
import org.nigehbaan.identity.Gender;
import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.identity.PassportNumber;

/**
 * A person on a list (a control-list entry, a register identity, an OFAC/UN record), as the engine indexes it.
 *
 * @param id            opaque key chosen by the caller ("CL-123", "SOR-45"); upserting the same id replaces
 * @param names         primary name first, then aliases; at least one
 * @param fatherName    father's or husband's name (s/o, d/o, w/o), or null
 * @param datesOfBirth  zero or more, possibly partial (lists often give several)
 * @param gender        or null
 * @param nationalities zero or more
 * @param cnic          or null
 * @param documents     passport and other travel-document numbers, normalised
 */
public record ListedIdentity(String id, List<ListedName> names, String fatherName, List<PartialDate> datesOfBirth,
                             Gender gender, List<Country> nationalities, Cnic cnic, List<PassportNumber> documents) {

    public ListedIdentity {
        Objects.requireNonNull(id, "id");
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("listed identity " + id + " needs at least one name");
        }
        names = List.copyOf(names);
        datesOfBirth = datesOfBirth == null ? List.of() : List.copyOf(datesOfBirth);
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** A listed identity known only by its names (strong), for tests and name-only lists. */
    public static ListedIdentity named(String id, String... names) {
        return new ListedIdentity(id, java.util.Arrays.stream(names).map(ListedName::strong).toList(),
                null, List.of(), null, List.of(), null, List.of());
    }

    /**
     * A person of one of our own records (a control-list entry, a registrant) under {@code id}: the full name,
     * the aliases and the Urdu name, all strong, with the person's father's name, date of birth, gender,
     * nationality, CNIC and passports.
     */
    public static ListedIdentity of(String id, org.nigehbaan.identity.Person p) {
        List<ListedName> names = new java.util.ArrayList<>();
        for (String n : p.allNames()) {
            names.add(ListedName.strong(n));
        }
        if (p.nameInUrdu() != null) {
            names.add(ListedName.strong(p.nameInUrdu()));
        }
        return new ListedIdentity(id, names, p.fatherName(),
                p.dateOfBirth() == null ? List.of() : List.of(p.dateOfBirth()), p.gender(),
                p.nationality() == null ? List.of() : List.of(p.nationality()), p.cnic(), p.passportNumbers());
    }
}
