package org.nigehbaan.identity;

import java.util.ArrayList;
import java.util.List;

/**
 * A person as the API carries one: in control-list entries, screenings and registrants. Only the full
 * name is required; every other field is validated when present.
 *
 * @param fullName        the name as written on the person's documents, in Latin script
 * @param aliases         other names the person is known by
 * @param nameInUrdu      the name in Urdu/Arabic script, if known
 * @param fatherName      the father's (or husband's) name, as Pakistani records carry it
 * @param dateOfBirth     possibly partial
 * @param gender          M, F or X
 * @param nationality     ISO alpha-3
 * @param cnic            CNIC/NICOP or legacy NIC
 * @param passportNumbers travel document numbers, normalised
 */
public record Person(String fullName, List<String> aliases, String nameInUrdu, String fatherName,
                     PartialDate dateOfBirth, Gender gender, Country nationality, Cnic cnic,
                     List<PassportNumber> passportNumbers) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_ALIASES = 50;
    public static final int MAX_DOCUMENTS = 20;

    public Person {
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("a person needs a full name");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        passportNumbers = passportNumbers == null ? List.of() : List.copyOf(passportNumbers);
    }

    public static Person named(String fullName) {
        return new Person(fullName, List.of(), null, null, null, null, null, null, List.of());
    }

    /** Every name this person is known by, the full name first. */
    public List<String> allNames() {
        List<String> names = new ArrayList<>(1 + aliases.size());
        names.add(fullName);
        names.addAll(aliases);
        return names;
    }

    /**
     * Builds a person from the strings a client sent, reporting every bad field at once under
     * {@code prefix} (e.g. {@code person.dateOfBirth}).
     *
     * @throws InvalidInputException naming each bad field and why
     */
    public static Person fromInput(PersonInput in, String prefix) {
        Violations v = new Violations();
        Person p = fromInput(in, prefix, v);
        v.throwIfAny();
        return p;
    }

    /** As {@link #fromInput(PersonInput, String)}, recording problems in {@code v}; returns null when any. */
    public static Person fromInput(PersonInput in, String prefix, Violations v) {
        String p = prefix == null || prefix.isEmpty() ? "" : prefix + ".";
        if (in == null) {
            v.add(prefix == null || prefix.isEmpty() ? "person" : prefix, "is required");
            return null;
        }
        int before = v.list().size();
        String fullName = cleanName(in.fullName());
        if (fullName == null) {
            v.add(p + "fullName", "is required");
        } else if (fullName.length() > MAX_NAME_LENGTH) {
            v.add(p + "fullName", "is longer than " + MAX_NAME_LENGTH + " characters");
        }
        List<String> aliases = new ArrayList<>();
        if (in.aliases() != null) {
            if (in.aliases().size() > MAX_ALIASES) {
                v.add(p + "aliases", "has more than " + MAX_ALIASES + " names");
            }
            for (int i = 0; i < in.aliases().size(); i++) {
                String a = cleanName(in.aliases().get(i));
                if (a == null) {
                    v.add(p + "aliases[" + i + "]", "is blank");
                } else if (a.length() > MAX_NAME_LENGTH) {
                    v.add(p + "aliases[" + i + "]", "is longer than " + MAX_NAME_LENGTH + " characters");
                } else if (!aliases.contains(a) && !a.equals(fullName)) {
                    aliases.add(a);
                }
            }
        }
        String urdu = cleanName(in.nameInUrdu());
        if (urdu != null && urdu.length() > MAX_NAME_LENGTH) {
            v.add(p + "nameInUrdu", "is longer than " + MAX_NAME_LENGTH + " characters");
        }
        String father = cleanName(in.fatherName());
        if (father != null && father.length() > MAX_NAME_LENGTH) {
            v.add(p + "fatherName", "is longer than " + MAX_NAME_LENGTH + " characters");
        }
        PartialDate dob = v.parseOptional(p + "dateOfBirth", in.dateOfBirth(), PartialDate::parse);
        Gender gender = v.parseOptional(p + "gender", in.gender(), Gender::parse);
        Country nationality = v.parseOptional(p + "nationality", in.nationality(), Country::parse);
        Cnic cnic = v.parseOptional(p + "cnic", in.cnic(), Cnic::parse);
        List<PassportNumber> passports = new ArrayList<>();
        if (in.passportNumbers() != null) {
            if (in.passportNumbers().size() > MAX_DOCUMENTS) {
                v.add(p + "passportNumbers", "has more than " + MAX_DOCUMENTS + " numbers");
            }
            for (int i = 0; i < in.passportNumbers().size(); i++) {
                String raw = in.passportNumbers().get(i);
                if (raw == null || raw.isBlank()) {
                    v.add(p + "passportNumbers[" + i + "]", "is blank");
                    continue;
                }
                PassportNumber pn = v.parseOptional(p + "passportNumbers[" + i + "]", raw, PassportNumber::parse);
                if (pn != null && !passports.contains(pn)) {
                    passports.add(pn);
                }
            }
        }
        if (v.list().size() > before) {
            return null;
        }
        return new Person(fullName, aliases, urdu, father, dob, gender, nationality, cnic, passports);
    }

    /** Trims and collapses runs of white space; blank gives null. */
    static String cleanName(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean lastSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!lastSpace) {
                    sb.append(' ');
                }
                lastSpace = true;
            } else {
                sb.append(c);
                lastSpace = false;
            }
        }
        return sb.toString();
    }

    /** The same person as strings, the shape clients send and receive. */
    public PersonInput toInput() {
        return new PersonInput(fullName, aliases, nameInUrdu, fatherName,
                dateOfBirth == null ? null : dateOfBirth.toString(),
                gender == null ? null : gender.name(),
                nationality == null ? null : nationality.code(),
                cnic == null ? null : cnic.formatted(),
                passportNumbers.stream().map(PassportNumber::value).toList());
    }
}
