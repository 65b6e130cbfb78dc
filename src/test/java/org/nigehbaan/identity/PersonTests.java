package org.nigehbaan.identity;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonTests {

    @Test
    void buildsAValidatedPersonFromClientStrings() {
        Person p = Person.fromInput(new PersonInput("  Muhammad   Imran  KHAN ", List.of("Imran Khan", "Imran Khan"),
                "محمد عمران خان", "Ikramullah Khan", "1984-03", "m", "pak", "35202-1234567-1",
                List.of("ab1234567", "AB 1234567")), "person");
        assertThat(p.fullName()).isEqualTo("Muhammad Imran KHAN");
        assertThat(p.aliases()).containsExactly("Imran Khan");
        assertThat(p.dateOfBirth()).isEqualTo(new PartialDate(1984, 3, 0));
        assertThat(p.gender()).isEqualTo(Gender.M);
        assertThat(p.nationality()).isEqualTo(Country.PAKISTAN);
        assertThat(p.cnic().digits()).isEqualTo("3520212345671");
        assertThat(p.passportNumbers()).extracting(PassportNumber::value).containsExactly("AB1234567");
        assertThat(p.allNames()).containsExactly("Muhammad Imran KHAN", "Imran Khan");
    }

    @Test
    void reportsEveryBadFieldAtOnceUnderItsPath() {
        assertThatThrownBy(() -> Person.fromInput(new PersonInput(" ", List.of("ok", " "), null, null,
                "1984-02-30", "Q", "XYZ", "123", List.of("AB1234567", "!!")), "person"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("person.fullName", "person.aliases[1]", "person.dateOfBirth", "person.gender",
                                "person.nationality", "person.cnic", "person.passportNumbers[1]"));
    }

    @Test
    void aMissingPersonIsReported() {
        assertThatThrownBy(() -> Person.fromInput(null, "traveller"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("traveller"));
    }

    @Test
    void roundTripsThroughTheClientShape() {
        Person p = Person.fromInput(new PersonInput("Ayesha Bibi", null, null, null, "1990", "F", "PAK",
                "3520212345672", null), "");
        assertThat(Person.fromInput(p.toInput(), "")).isEqualTo(p);
    }
}
