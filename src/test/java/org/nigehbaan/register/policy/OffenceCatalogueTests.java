package org.nigehbaan.register.policy;

import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OffenceCatalogueTests {

    static OffenceCatalogue catalogue;

    @BeforeAll
    static void loadTheShippedList() throws Exception {
        try (InputStream in = OffenceCatalogueTests.class.getResourceAsStream("/register/offences.csv")) {
            catalogue = OffenceCatalogue.load(in, "register/offences.csv");
        }
    }

    @Test
    void theShippedListHasExactlyTheSectionsOfTheActsDefinitionAsRegistrable() {
        assertThat(catalogue.registrable()).extracting(Offence::code).containsExactly("PPC 292A", "PPC 292B",
                "PPC 292C", "PPC 371A", "PPC 371B", "PPC 375", "PPC 375A", "PPC 376", "PPC 377", "PPC 377A",
                "PPC 377B", "PECA 21", "PECA 22");
        assertThat(catalogue.all()).extracting(Offence::code).contains("PPC 354A", "PPC 509");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "PPC 376            | PPC 376",
            "ppc 376            | PPC 376",
            "376 PPC            | PPC 376",
            "376(1) PPC         | PPC 376(1)",
            "PPC 376 (3)        | PPC 376(3)",
            "u/s 377-B P.P.C.   | PPC 377B",
            "s.377B PPC         | PPC 377B",
            "Section 292 C of the Pakistan Penal Code, 1860 | PPC 292C",
            "PECA s.22          | PECA 22",
            "section 21 of the Prevention of Electronic Crimes Act 2016 | PECA 21",
            "P.E.C.A. 21        | PECA 21",
            "PPC 375A           | PPC 375A",
    })
    void parsesCitationsAsOfficersWriteThem(String raw, String citation) {
        assertThat(catalogue.parseRegistrable(raw).citation()).isEqualTo(citation);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "PPC 999    | is not in the register's offence list",
            "PPC 302    | is not in the register's offence list",
            "PECA 376   | is not in the register's offence list",
            "376        | does not name its statute",
            "rape       | is not an offence",
            "PPC        | is not an offence",
            "PPC 376 PECA 22 | names two statutes",
            "PPC 354A   | does not make a person a sex offender",
    })
    void refusesUnknownSectionsWithAMessageThatListsTheQualifyingOnes(String raw, String message) {
        assertThatThrownBy(() -> catalogue.parseRegistrable(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aNonRegistrableOffenceStillCountsForAnFir() {
        assertThat(catalogue.parse("PPC 354A").offence().registrable()).isFalse();
        assertThatThrownBy(() -> catalogue.parse(" ")).hasMessageContaining("is required");
    }
}
