package org.nigehbaan.screening.paxlst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nigehbaan.identity.Gender;
import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.identity.PersonInput;

class PaxlstParserTests {

    private static final String HEADER = "UNA:+.? 'UNB+UNOA:4+PK+GB+260301:1200+R1'UNG+PAXLST+PK+GB+260301:1200+G1+UN+D:05B'";
    private static final String MESSAGE = "UNH+M1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+MS+++PIA OPS'TDT+20+PK785+++PK'"
            + "LOC+125+ISB'DTM+189:2603011200:201'LOC+87+LHR'DTM+232:2603011900:201'"
            + "NAD+FL+++KHAN:MUHAMMAD:ALI'ATT+2++M'DTM+329:850314'NAT+2+PAK'RFF+AVF:ABC123'"
            + "DOC+P:110:111+AB1234567'DTM+36:300101'LOC+91+PAK'"
            + "NAD+FM+++O?'BRIEN:ANN'ATT+2++F'DTM+329:19700101'NAT+2+GBR'"
            + "CNT+42:1'CNT+41:1'UNT+23+M1'";
    private static final String TRAILER = "UNE+1+G1'UNZ+1+R1'";
    private static final String CLEAN = HEADER + MESSAGE + TRAILER;

    private final PaxlstParser parser = new PaxlstParser();

    @Test
    void aCleanManifestHasNoErrorsAndEveryTraveller() {
        PaxlstManifest m = parser.parse(CLEAN);

        assertThat(m.errors()).isEmpty();
        assertThat(m.isClean()).isTrue();
        assertThat(m.segmentCount()).isEqualTo(27);
        assertThat(m.interchange()).isEqualTo(new PaxlstManifest.Interchange("UNOA:4", "PK", "GB", "260301:1200", "R1"));
        assertThat(m.group()).isEqualTo(new PaxlstManifest.Group("PAXLST", "PK", "GB", "G1"));
        assertThat(m.travellers()).extracting(PaxlstTraveller::surname).containsExactly("KHAN", "O'BRIEN");
        PaxlstTraveller khan = m.travellers().get(0);
        assertThat(khan.givenNames()).containsExactly("MUHAMMAD", "ALI");
        assertThat(khan.documents()).containsExactly(new PaxlstDocument("P", "AB1234567", Map.of("36", "300101"), "PAK"));
        assertThat(khan.references()).containsEntry("AVF", "ABC123");
        assertThat(khan.isPassenger()).isTrue();
        assertThat(m.travellers().get(1).isCrew()).isTrue();
    }

    @Test
    void aTravellerBecomesAPersonToScreen() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        List<PaxlstTraveller> travellers = parser.parse(CLEAN).travellers();

        assertThat(travellers.get(0).toPersonInput(today)).isEqualTo(new PersonInput("MUHAMMAD ALI KHAN", List.of(), null, null,
                "1985-03-14", "M", "PAK", null, List.of("AB1234567")));
        assertThat(travellers.get(0).reference()).isEqualTo("1/AB1234567");
        assertThat(travellers.get(1).birthDate(today)).contains(PartialDate.parse("1970-01-01"));
        assertThat(travellers.get(1).gender()).contains(Gender.F);
        assertThat(travellers.get(1).reference()).isEqualTo("2");
    }

    @Test
    void readsTheSameFromAStreamAsFromBytes() {
        byte[] bytes = SyntheticManifest.generate(50, 1).getBytes(StandardCharsets.US_ASCII);

        assertThat(parser.parse(new ByteArrayInputStream(bytes))).isEqualTo(parser.parse(bytes));
    }

    @Test
    void theSyntheticManifestIsClean() {
        PaxlstManifest m = parser.parse(SyntheticManifest.generate(400, 785));

        assertThat(m.errors()).isEmpty();
        assertThat(m.travellers()).hasSize(400).allSatisfy(t -> assertThat(t.documents()).hasSize(1));
        assertThat(m.travellers()).anySatisfy(t -> assertThat(t.surname()).isEqualTo("O'BRIEN"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "UNT count            | UNT+23+M1'       | UNT+22+M1'       | SEGMENT_COUNT     | UNT says 22 segments; message M1 has 23",
        "UNT reference        | UNT+23+M1'       | UNT+23+M2'       | CONTROL_REFERENCE | UNT reference 'M2' differs from UNH reference 'M1'",
        "passenger total      | CNT+42:1'        | CNT+42:3'        | CONTROL_COUNT     | CNT 42:3 declares 3 passengers; message M1 lists 1",
        "crew total           | CNT+41:1'        | CNT+41:0'        | CONTROL_COUNT     | CNT 41:0 declares 0 crew members; message M1 lists 1",
        "UNE count            | UNE+1+G1'        | UNE+2+G1'        | CONTROL_COUNT     | UNE says 2 messages; the group has 1",
        "UNZ reference        | UNZ+1+R1'        | UNZ+1+R9'        | CONTROL_REFERENCE | UNZ reference 'R9' differs from UNB reference 'R1'",
        "missing UNZ          | UNZ+1+R1'        | ''               | MISSING_SEGMENT   | no UNZ: the interchange is not closed (truncated?)",
        "missing UNT          | UNT+23+M1'       | ''               | MISSING_SEGMENT   | no UNT: message M1 is not closed",
        "junk after UNZ       | UNZ+1+R1'        | UNZ+1+R1'XYZ+1'  | TRAILING_DATA     | junk after UNZ: segment 'XYZ+1' ignored",
        "unterminated junk    | UNZ+1+R1'        | UNZ+1+R1'13Nov09 | TRAILING_DATA     | junk after UNZ: the input ends without a segment terminator after '13Nov09' (byte 451)",
        "truncated            | UNE+1+G1'UNZ+1+R1' | UNE+1+G   | TRUNCATED         | the input ends without a segment terminator after 'UNE+1+G' (byte 433)",
        "DOC before NAD       | BGM+745'         | BGM+745'DOC+P+X1'| UNEXPECTED_SEGMENT| DOC before any traveller (NAD)",
        "second UNB           | UNZ+1+R1'        | UNB+UNOA:4+X+Y+1+R2'UNZ+1+R1' | UNEXPECTED_SEGMENT | a second UNB; one interchange is read at a time",
        "not PAXLST           | PAXLST:D:05B     | CUSRES:D:05B     | UNEXPECTED_SEGMENT| message type 'CUSRES:D:05B:UN:IATA' is not PAXLST",
        "bad tag              | BGM+745'         | BG+745'          | SYNTAX            | segment 4: 'BG' is not a segment tag (byte 110)",
    })
    void reportsEachProblemInsteadOfFailing(String what, String from, String to, PaxlstError.Kind kind, String message) {
        PaxlstManifest m = parser.parse(CLEAN.replace(from, to));

        assertThat(m.errors()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.message()).isEqualTo(message);
        });
        assertThat(m.travellers()).isNotEmpty();
    }

    @Test
    void junkAfterUnzIsNotCounted() {
        PaxlstManifest m = parser.parse(CLEAN + "XYZ+1'ABC+2'");

        assertThat(m.segmentCount()).isEqualTo(27);
        assertThat(m.errors()).extracting(PaxlstError::kind).containsExactly(PaxlstError.Kind.TRAILING_DATA);
    }

    @Test
    void segmentsWithoutAMessageAreStillRead() {
        PaxlstManifest m = parser.parse("NAD+FL+++KHAN:ALI'DOC+P+AB1234567'");

        assertThat(m.travellers()).singleElement().extracting(PaxlstTraveller::surname).isEqualTo("KHAN");
        assertThat(m.errors()).extracting(PaxlstError::message).contains("NAD outside a message: no UNH before it",
                "no UNZ: the interchange is not closed (truncated?)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "'   \n  '"})
    void emptyInputIsReportedAsEmpty(String input) {
        PaxlstManifest m = parser.parse(input);

        assertThat(m.messages()).isEmpty();
        assertThat(m.errors()).extracting(PaxlstError::message).containsExactly("no segments: the input is empty");
    }

    @Test
    void twoMessagesInAGroupAreCountedByUne() {
        String second = MESSAGE.replace("M1", "M2");
        PaxlstManifest m = parser.parse(HEADER + MESSAGE + second + "UNE+2+G1'UNZ+1+R1'");

        assertThat(m.errors()).isEmpty();
        assertThat(m.messages()).extracting(PaxlstMessage::reference).containsExactly("M1", "M2");
        assertThat(m.travellers()).extracting(PaxlstTraveller::position).containsExactly(1, 2, 3, 4);
    }
}
