package org.nigehbaan.identity;

import java.util.List;

/**
 * A person exactly as a client sends it (API.md "Person"): strings, to be validated by
 * {@link Person#fromInput(PersonInput, String)}. Also the shape returned to clients.
 */
public record PersonInput(String fullName, List<String> aliases, String nameInUrdu, String fatherName,
                          String dateOfBirth, String gender, String nationality, String cnic,
                          List<String> passportNumbers) {
}
