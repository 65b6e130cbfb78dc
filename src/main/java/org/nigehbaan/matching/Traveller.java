package org.nigehbaan.matching;

import java.util.List;
import java.util.Objects;

import org.nigehbaan.identity.Cnic;
import org.nigehbaan.identity.Country;
import org.nigehbaan.identity.Gender;
import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.identity.PassportNumber;

/**
 * The person being screened: what a form, an MRZ or a manifest says about them. Only a name is required.
 *
 * @param names           one or more names, any script (e.g. the Latin name and the Urdu name)
 * @param nameFromMrz     true when the (first) name was read from an MRZ: its last part may be truncated
 *                        to a prefix, which is then not held against a longer listed name
 * @param fatherName      or null
 * @param dateOfBirth     or null
 * @param gender          or null
 * @param nationality     or null
 * @param cnic            or null
 * @param passportNumbers zero or more
 */
public record Traveller(List<String> names, boolean nameFromMrz, String fatherName, PartialDate dateOfBirth,
                        Gender gender, Country nationality, Cnic cnic, List<PassportNumber> passportNumbers) {

    public Traveller {
        Objects.requireNonNull(names, "names");
        names = names.stream().filter(n -> n != null && !n.isBlank()).toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a traveller needs a name");
        }
        passportNumbers = passportNumbers == null ? List.of() : List.copyOf(passportNumbers);
    }

    /** A traveller known only by name. */
    public static Traveller named(String... names) {
        return new Traveller(List.of(names), false, null, null, null, null, null, List.of());
    }

    public Traveller withDateOfBirth(PartialDate dob) {
        return new Traveller(names, nameFromMrz, fatherName, dob, gender, nationality, cnic, passportNumbers);
    }

    public Traveller withGender(Gender g) {
        return new Traveller(names, nameFromMrz, fatherName, dateOfBirth, g, nationality, cnic, passportNumbers);
    }

    public Traveller withNationality(Country c) {
        return new Traveller(names, nameFromMrz, fatherName, dateOfBirth, gender, c, cnic, passportNumbers);
    }

    public Traveller withFatherName(String father) {
        return new Traveller(names, nameFromMrz, father, dateOfBirth, gender, nationality, cnic, passportNumbers);
    }

    public Traveller withCnic(Cnic c) {
        return new Traveller(names, nameFromMrz, fatherName, dateOfBirth, gender, nationality, c, passportNumbers);
    }

    public Traveller withPassportNumbers(List<PassportNumber> p) {
        return new Traveller(names, nameFromMrz, fatherName, dateOfBirth, gender, nationality, cnic, p);
    }

    public Traveller fromMrz() {
        return new Traveller(names, true, fatherName, dateOfBirth, gender, nationality, cnic, passportNumbers);
    }
}
