package org.nigehbaan.identity.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nigehbaan.identity.Country;
import org.nigehbaan.identity.FieldViolation;
import org.nigehbaan.identity.Gender;
import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.identity.PersonInput;

class MrzParserTests {

    private static final String TD3_SPECIMEN = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
            + "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    private static final String UK_SPECIMEN = "P<GBRUK<SPECIMEN<<ANGELA<ZOE<<<<<<<<<<<<<<<<\n"
            + "9250764733GBR8809117F2007162<<<<<<<<<<<<<<08";

    private final MrzParser parser = new MrzParser(Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void readsTheIcaoPassportSpecimen() {
        MrzRecord r = parser.parse(TD3_SPECIMEN);

        assertThat(r.format()).isEqualTo(MrzFormat.TD3);
        assertThat(r.documentCode()).isEqualTo("P");
        assertThat(r.issuingState()).isEqualTo("UTO");
        assertThat(r.documentNumber()).isEqualTo("L898902C3");
        assertThat(r.name()).isEqualTo(new MrzName("ERIKSSON", "ANNA MARIA", false));
        assertThat(r.birthDate()).isEqualTo(PartialDate.parse("1974-08-12"));
        assertThat(r.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(r.gender()).contains(Gender.F);
        assertThat(r.personalNumber()).isEqualTo("ZE184226B");
        assertThat(r.checks()).extracting(MrzCheckResult::check).containsExactly(MrzCheck.DOCUMENT_NUMBER,
                MrzCheck.BIRTH_DATE, MrzCheck.EXPIRY_DATE, MrzCheck.PERSONAL_NUMBER, MrzCheck.COMPOSITE);
        assertThat(r.checks()).allMatch(MrzCheckResult::passed);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\r\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\rL898902C36UTO7408122F1204159ZE184226B<<<<<10",
        "  \n P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<  \n\n  L898902C36UTO7408122F1204159ZE184226B<<<<<10 \n ",
        "p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<\nl898902c36uto7408122f1204159ze184226b<<<<<10",
    })
    void toleratesLineBreaksWhitespaceAndLowerCase(String text) {
        assertThat(parser.parse(text)).isEqualTo(parser.parse(TD3_SPECIMEN));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "''                                                    | the MRZ is empty",
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<           | an MRZ has 2 lines (TD2, TD3, visas) or 3 lines (TD1), not 1",
        "A\\nB\\nC\\nD                                          | an MRZ has 2 lines (TD2, TD3, visas) or 3 lines (TD1), not 4",
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122F1204159ZE184226B<<<<<1 | line 1 has 43 characters; a 2-line MRZ has 36 (TD2, MRV-B) or 44 (TD3, MRV-A) per line",
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122F1204159ZE184226B<<<<<1 | line 2 has 43 characters; every line of a TD3 MRZ has 44",
        "I<UTOD231458907<<<<<<<<<<<<<<<\\n7408122F1204159UTO<<<<<<<<<<<6\\nERIKSSON<<ANNA<MARIA<<<<<<<<< | line 3 has 29 characters; every line of a TD1 MRZ has 30",
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122F1204159ZE184226B<<<<-10 | line 2 position 42: '-' is not an MRZ character (0-9, A-Z, <)",
        "P<UTOERIKSSON<<ANNA MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122F1204159ZE184226B<<<<<10 | line 1 position 20: ' ' is not an MRZ character (0-9, A-Z, <)",
    })
    void refusesWhatIsNoMrzWithAClearMessage(String text, String message) {
        assertThatThrownBy(() -> parser.read(text.replace("\\n", "\n")))
                .isInstanceOfSatisfying(InvalidMrzException.class, e -> assertThat(e.failures()).singleElement()
                        .isEqualTo(new MrzFailure("mrz", MrzFailure.Kind.LAYOUT, message)));
    }

    @ParameterizedTest(name = "personal number check {0}")
    @ValueSource(chars = {'<', '0'})
    void anEmptyTd3PersonalNumberMayCarryAFillerOrZeroCheck(char check) {
        String line2 = "C01X0006H1D<<6408125F1710319<<<<<<<<<<<<<<" + check + "0";

        MrzRecord r = parser.read("P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<\n" + line2);

        assertThat(r.check(MrzCheck.PERSONAL_NUMBER)).get().extracting(MrzCheckResult::passed).isEqualTo(true);
        assertThat(r.isValid()).isTrue();
        assertThat(r.issuingCountry()).contains(new Country("DEU"));
    }

    @Test
    void aFillerIsNoCheckDigitForAPersonalNumberThatIsPresent() {
        MrzRecord r = parser.read(TD3_SPECIMEN.replace("<<<<<10", "<<<<<<0"));

        assertThat(r.failures()).extracting(MrzFailure::field).contains("personal_number");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "document number | L898902C36 | L898902C46 | document_number",
        "birth date      | 7408122F   | 7408132F   | birth_date",
        "expiry date     | 1204159ZE  | 1204169ZE  | expiry_date",
        "personal number | <<<<<10    | <<<<<20    | personal_number",
    })
    void namesEveryFailedCheckAndTheComposite(String what, String from, String to, String failedCheck) {
        String altered = TD3_SPECIMEN.replace(from, to);

        assertThatThrownBy(() -> parser.parse(altered))
                .isInstanceOfSatisfying(InvalidMrzException.class, e -> {
                    assertThat(e.failures()).extracting(MrzFailure::field).containsExactly(failedCheck, "composite");
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly(failedCheck, "composite");
                });
    }

    @Test
    void aFailedCheckSaysWhichDigitWasExpected() {
        MrzRecord r = parser.read(TD3_SPECIMEN.replace("L898902C36", "L898902C37"));

        assertThat(r.failures().get(0)).isEqualTo(new MrzFailure("document_number", MrzFailure.Kind.CHECK_DIGIT,
                "check digit '7' does not match: the document number gives 6"));
    }

    @Test
    void anImpossibleBirthDateFailsEvenWhenItsCheckDigitPasses() {
        // BB0911: B counts 11, so the printed check digit 7 verifies; the date still does not exist.
        MrzRecord r = parser.read(UK_SPECIMEN.replace("GBR8809117", "GBRBB09117"));

        assertThat(r.check(MrzCheck.BIRTH_DATE)).get().extracting(MrzCheckResult::passed).isEqualTo(true);
        assertThat(r.birthDate()).isNull();
        assertThat(r.failures()).containsExactly(
                new MrzFailure("composite", MrzFailure.Kind.CHECK_DIGIT,
                        "check digit '8' does not match: the composite of document number, dates and optional data gives 0"),
                new MrzFailure("birth_date", MrzFailure.Kind.DATE, "birth date 'BB0911' is not a date: use digits YYMMDD"));
    }

    @Test
    void anImpossibleDayIsReportedWithTheFailedCheck() {
        MrzRecord r = parser.read(UK_SPECIMEN.replace("8809117", "8809417"));

        assertThat(r.failures()).extracting(MrzFailure::field, MrzFailure::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("birth_date", MrzFailure.Kind.CHECK_DIGIT),
                org.assertj.core.groups.Tuple.tuple("composite", MrzFailure.Kind.CHECK_DIGIT),
                org.assertj.core.groups.Tuple.tuple("birth_date", MrzFailure.Kind.DATE));
    }

    @Test
    void readsTd1LongDocumentNumbersFromOptionalData() {
        MrzRecord r = parser.parse("I<UTOD23145890<7349<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<");

        assertThat(r.documentNumber()).isEqualTo("D23145890734");
        assertThat(r.check(MrzCheck.DOCUMENT_NUMBER)).get().extracting(MrzCheckResult::data).isEqualTo("D23145890734");
        assertThat(r.optionalData1()).isEmpty();
        assertThat(r.birthDate()).isEqualTo(PartialDate.parse("1934-07-12"));
        assertThat(r.expiryDate()).isEqualTo(LocalDate.of(1995, 7, 12));
    }

    @Test
    void saysWhenABelgianLongNumberOnlyVerifiesWithTheFillerCounted() {
        MrzRecord r = parser.read("IDBEL000590240<6013<<<<<<<<<<<\n8512017F1311048BEL851201002007\nREINARTZ<<ULRIKE<KATIA<E<<<<<<");

        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("document_number");
            assertThat(f.message()).contains("position 15", "Belgian");
        });
    }

    @Test
    void aFilledUpTd1LongNumberWithoutContinuationFailsItsCheck() {
        String line1 = "I<UTOD23145890<<<<<<<<<<<<<<<<";
        String line2 = "7408122F1204159UTO<<<<<<<<<<<" + MrzCheckDigit.of(line1.substring(5) + "7408122" + "1204159" + "<<<<<<<<<<<");

        MrzRecord r = parser.read(line1 + "\n" + line2 + "\nERIKSSON<<ANNA<MARIA<<<<<<<<<<");

        assertThat(r.failures()).extracting(MrzFailure::field).containsExactly("document_number");
        assertThat(r.documentNumber()).isEqualTo("D23145890");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "VNUSATRAVELER<<HAPPY<<<<<<<<<<<<<<<<<<<<<<<<\\n1234567897CAN6612120M1407282B3XLC000FD142955 | MRV_A",
        "VDGBRMUNIR<<FAISAL<<<<<<<<<<<<<<<<<<\\nAD07259817PAK7608151M0611165<<<<<<<< | MRV_B",
        "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\\nD231458907UTO7408122F1204159<<<<<<<6 | TD2",
    })
    void visasHaveNoCompositeAndCardsDo(String text, MrzFormat format) {
        MrzRecord r = parser.parse(text.replace("\\n", "\n"));

        assertThat(r.format()).isEqualTo(format);
        assertThat(r.check(MrzCheck.COMPOSITE).isPresent()).isEqualTo(format.hasComposite());
        assertThat(r.check(MrzCheck.PERSONAL_NUMBER)).isEmpty();
    }

    @Test
    void aUkVisaForAPakistaniBecomesAPersonToScreen() {
        MrzRecord r = parser.parse("VDGBRMUNIR<<FAISAL<<<<<<<<<<<<<<<<<<\nAD07259817PAK7608151M0611165<<<<<<<<");

        assertThat(r.toPersonInput()).isEqualTo(new PersonInput("FAISAL MUNIR", List.of(), null, null, "1976-08-15",
                "M", "PAK", null, List.of("AD0725981")));
        assertThat(r.expiryDate()).isEqualTo(LocalDate.of(2006, 11, 16));
    }

    @Test
    void anUnspecifiedSexIsX() {
        String line2 = "D231458907UTO7408122<1204159<<<<<<<";
        String text = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n" + line2
                + MrzCheckDigit.of(line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 35));

        MrzRecord r = parser.parse(text);

        assertThat(r.sex()).isEqualTo("<");
        assertThat(r.gender()).contains(Gender.X);
    }

    @Test
    void anIllegalSexCharacterIsAFailure() {
        MrzRecord r = parser.read(TD3_SPECIMEN.replace("7408122F", "7408122Q"));

        assertThat(r.failures()).containsExactly(new MrzFailure("sex", MrzFailure.Kind.SEX, "'Q' is not a sex: use M, F, X or <"));
        assertThat(r.gender()).isEmpty();
    }

    @Test
    void theClockDecidesTheCenturyOfABirthDate() {
        String text = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" + td3Line2("L898902C3", "250101", "310415");

        MrzRecord in2026 = parser.parse(text);
        MrzRecord in2024 = new MrzParser(Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC)).parse(text);

        assertThat(in2026.birthDate()).isEqualTo(PartialDate.parse("2025-01-01"));
        assertThat(in2024.birthDate()).isEqualTo(PartialDate.parse("1925-01-01"));
    }

    /** A valid TD3 second line for a woman of UTO with an empty personal number. */
    static String td3Line2(String documentNumber, String birth, String expiry) {
        String doc = (documentNumber + "<<<<<<<<<").substring(0, 9);
        String personal = "<<<<<<<<<<<<<<";
        String line = doc + MrzCheckDigit.of(doc) + "UTO" + birth + MrzCheckDigit.of(birth) + "F" + expiry
                + MrzCheckDigit.of(expiry) + personal + "<";
        return line + MrzCheckDigit.of(line.substring(0, 10) + line.substring(13, 20) + line.substring(21, 43));
    }
}
