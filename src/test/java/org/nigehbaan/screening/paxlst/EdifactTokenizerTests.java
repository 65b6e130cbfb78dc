package org.nigehbaan.screening.paxlst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nigehbaan.identity.mrz.SharedData;
import tools.jackson.databind.JsonNode;

class EdifactTokenizerTests {

    private static final List<JsonNode> VECTORS = SharedData.jsonLines("edifact_escape_vectors.jsonl");

    static Stream<Arguments> segmentVectors() {
        return VECTORS.stream().filter(v -> v.has("expected_segments"))
                .map(v -> Arguments.of(v.get("input").asString(), v));
    }

    static Stream<Arguments> errorVectors() {
        return VECTORS.stream().filter(v -> v.has("expected_error"))
                .map(v -> Arguments.of(v.get("input").asString(), v));
    }

    static Stream<Arguments> unaVectors() {
        return VECTORS.stream().filter(v -> v.has("expected_service_chars"))
                .map(v -> Arguments.of(v.get("input").asString(), v));
    }

    @Test
    void everyVectorIsExercised() {
        assertThat(segmentVectors().count() + errorVectors().count() + unaVectors().count()).isEqualTo(VECTORS.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("segmentVectors")
    void releaseCharactersAndLineEndsAsThePydifactVectorsSay(String input, JsonNode vector) {
        EdifactTokenizer tokenizer = EdifactTokenizer.of(vector.get("una").asString() + input);

        List<Object> segments = new ArrayList<>();
        for (EdifactSegment s = tokenizer.next(); s != null; s = tokenizer.next()) {
            segments.add(render(s));
        }

        assertThat(segments).isEqualTo(SharedData.JSON.convertValue(vector.get("expected_segments"), List.class));
        assertThat(tokenizer.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorVectors")
    void aMissingTerminatorIsReportedNotThrown(String input, JsonNode vector) {
        EdifactTokenizer tokenizer = EdifactTokenizer.of(vector.get("una").asString() + input);

        assertThat(tokenizer.next()).isNull();
        assertThat(tokenizer.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(EdifactProblem.Kind.UNTERMINATED_SEGMENT);
            assertThat(p.message()).contains("without a segment terminator", "'TEST'");
        });
        assertThat(vector.get("expected_error").asString()).contains("no segment terminator");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unaVectors")
    void readsEveryServiceStringAdvice(String una, JsonNode vector) {
        JsonNode e = vector.get("expected_service_chars");
        EdifactServiceCharacters expected = new EdifactServiceCharacters(ch(e, "component"), ch(e, "element"),
                ch(e, "decimal"), ch(e, "release"), ch(e, "reserved_or_repetition"), ch(e, "terminator"));

        assertThat(EdifactServiceCharacters.fromUna(una)).isEqualTo(expected);
        EdifactTokenizer tokenizer = EdifactTokenizer.of(una + "UNB" + expected.element() + "UNOA" + expected.component() + "4"
                + expected.terminator());
        assertThat(tokenizer.serviceCharacters()).isEqualTo(expected);
        assertThat(tokenizer.next().value(1, 2)).isEqualTo("4");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "UNA:+.? 'NAD+FL+++O?'BRIEN:ANN'      | O'BRIEN",
        "UNA:+.? 'NAD+FL+++A??B:ANN'          | A?B",
        "UNA:+.? 'NAD+FL+++A?+B:ANN'          | A+B",
        "UNA:*.? $NAD*FL***O'BRIEN:ANN$       | O'BRIEN",
        "UNA:*.? $NAD*FL***A?*B?$C:ANN$       | A*B$C",
        "UNA:(.) -NAD(FL(((SMITH)-JONES:ANN-  | SMITH-JONES",
        "UNA:+.\\*'NAD+FL+++A\\*B:ANN'        | A*B",
    })
    void theReleaseCharacterMakesAnyServiceCharacterData(String input, String surname) {
        EdifactSegment nad = EdifactTokenizer.of(input).next();

        assertThat(nad.tag()).isEqualTo("NAD");
        assertThat(nad.value(4, 1)).isEqualTo(surname);
        assertThat(nad.value(4, 2)).isEqualTo("ANN");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"LF, '\n'", "CRLF, '\r\n'", "CR, '\r'"})
    void lineEndsAreNeverDataEvenInsideASegment(String name, String eol) {
        String text = "UNB+UNOA:4+A+B'" + eol + "NAD+FL+++SMI" + eol + "TH:ANN'" + eol + "DTM+329:7" + eol + "80706'" + eol;
        EdifactTokenizer tokenizer = EdifactTokenizer.of(text);

        tokenizer.next();
        assertThat(tokenizer.next().value(4, 1)).isEqualTo("SMITH");
        assertThat(tokenizer.next().value(1, 2)).isEqualTo("780706");
        assertThat(tokenizer.next()).isNull();
        assertThat(tokenizer.problems()).isEmpty();
    }

    @Test
    void aReleaseCharacterHoldsAcrossALineBreak() {
        EdifactSegment s = EdifactTokenizer.of("UNA:+.? 'FTX+AAA+++A?\r\n+B'").next();

        assertThat(s.value(4, 1)).isEqualTo("A+B");
    }

    @Test
    void repetitionsAreKeptApartFromComponents() {
        EdifactSegment s = EdifactTokenizer.of("UNA:+.?*'ABC+A:1*B:2*C+X'").next();

        assertThat(s.element(1).components()).containsExactly("A", "1");
        assertThat(s.element(1).repetitions()).containsExactly(List.of("B", "2"), List.of("C"));
        assertThat(s.value(2, 1)).isEqualTo("X");
    }

    @Test
    void withoutUnaTheDefaultsApply() {
        EdifactTokenizer tokenizer = EdifactTokenizer.of("UNB+UNOA:4+A+B'UNZ+0+1'");

        assertThat(tokenizer.serviceCharacters()).isEqualTo(EdifactServiceCharacters.DEFAULT);
        assertThat(tokenizer.hadServiceStringAdvice()).isFalse();
        assertThat(tokenizer.next().tag()).isEqualTo("UNB");
        assertThat(tokenizer.next().tag()).isEqualTo("UNZ");
    }

    @Test
    void anUnusableUnaFallsBackToTheDefaultsAndSaysSo() {
        EdifactTokenizer tokenizer = EdifactTokenizer.of("UNA::.? 'UNB+UNOA:4'");

        assertThat(tokenizer.serviceCharacters()).isEqualTo(EdifactServiceCharacters.DEFAULT);
        assertThat(tokenizer.problems()).singleElement().extracting(EdifactProblem::kind)
                .isEqualTo(EdifactProblem.Kind.SERVICE_STRING_ADVICE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "UNA+             | a service string advice is UNA followed by six characters",
        "UNA::.? '        | component separator, element separator and segment terminator must differ",
        "UNAA+.? '        | 'A' cannot be the component separator",
        "UNA:+.+ '        | the release character must differ from the separators",
    })
    void refusesUnusableServiceCharacters(String una, String message) {
        assertThatThrownBy(() -> EdifactServiceCharacters.fromUna(una)).hasMessage(message);
    }

    @Test
    void skipsATypeBEnvelopeAndReportsIt() {
        EdifactTokenizer tokenizer = EdifactTokenizer.of("\u0001QK LONPPXS\r\n.MUCKMTS 250521\r\n\u0002UNA:(.) -\r\nUNB(UNOA:4(1A-");

        assertThat(tokenizer.next().value(2, 1)).isEqualTo("1A");
        assertThat(tokenizer.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(EdifactProblem.Kind.LEADING_DATA);
            assertThat(p.offset()).isZero();
            assertThat(p.message()).contains("QK LONPPXS .MUCKMTS 250521");
        });
    }

    @Test
    void decodesByTheCharacterSetTheUnbNames() {
        byte[] latin1 = "UNB+UNOC:3+A+B'NAD+FL+++NOV\u00C1K'".getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf8 = "UNB+UNOY:4+A+B'NAD+FL+++NOV\u00C1K'".getBytes(StandardCharsets.UTF_8);
        byte[] ascii = "UNB+UNOA:4+A+B'NAD+FL+++NOV\u00C1K'".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(secondSegment(latin1).value(4, 1)).isEqualTo("NOV\u00C1K");
        assertThat(secondSegment(utf8).value(4, 1)).isEqualTo("NOV\u00C1K");
        EdifactTokenizer tokenizer = EdifactTokenizer.of(ascii);
        tokenizer.next();
        assertThat(tokenizer.next().value(4, 1)).isEqualTo("NOV\uFFFDK");
        assertThat(tokenizer.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(EdifactProblem.Kind.CHARACTER);
            assertThat(p.offset()).isEqualTo(27);
            assertThat(p.message()).startsWith("byte 0xC1 is not allowed in character set UNOA");
        });
    }

    @Test
    void reportsControlCharactersInsideSegments() {
        EdifactTokenizer tokenizer = EdifactTokenizer.of("UNB+UNOA:4'NAD+FL+++SM\u0000ITH'");
        tokenizer.next();

        assertThat(tokenizer.next().value(4, 1)).isEqualTo("SMITH");
        assertThat(tokenizer.problems()).extracting(EdifactProblem::kind).containsExactly(EdifactProblem.Kind.CHARACTER);
    }

    @Test
    void readsAStreamThatDeliversOneByteAtATime() throws IOException {
        byte[] file = Files.readAllBytes(SharedData.formats().resolve("paxlst/gtas_airline2.edi"));
        List<String> fromBytes = tags(EdifactTokenizer.of(file));

        InputStream trickle = new FilterInputStream(new ByteArrayInputStream(file)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        List<String> fromStream = tags(EdifactTokenizer.of(trickle));

        assertThat(fromStream).hasSize(115).isEqualTo(fromBytes);
    }

    @Test
    void aFailingStreamIsAProblemNotAnException() {
        InputStream broken = new InputStream() {
            private int n;

            @Override
            public int read() throws IOException {
                if (n++ < 20) {
                    return "UNB+UNOA:4+A+B'UNH+1".charAt(n - 1);
                }
                throw new IOException("connection reset");
            }
        };
        EdifactTokenizer tokenizer = EdifactTokenizer.of(broken);

        assertThat(tokenizer.next().tag()).isEqualTo("UNB");
        assertThat(tokenizer.next()).isNull();
        assertThat(tokenizer.problems()).extracting(EdifactProblem::kind)
                .containsExactly(EdifactProblem.Kind.IO, EdifactProblem.Kind.UNTERMINATED_SEGMENT);
    }

    private static EdifactSegment secondSegment(byte[] data) {
        EdifactTokenizer tokenizer = EdifactTokenizer.of(data);
        tokenizer.next();
        EdifactSegment s = tokenizer.next();
        assertThat(tokenizer.problems()).isEmpty();
        return s;
    }

    private static List<String> tags(EdifactTokenizer tokenizer) {
        List<String> tags = new ArrayList<>();
        for (EdifactSegment s = tokenizer.next(); s != null; s = tokenizer.next()) {
            tags.add(s.number() + ":" + s.tag() + ":" + s);
        }
        return tags;
    }

    /** A segment as the pydifact vectors write it: tag, tag components as strings, then each element's components. */
    private static List<Object> render(EdifactSegment s) {
        List<Object> out = new ArrayList<>();
        out.add(s.tag());
        out.addAll(s.tagComponents());
        for (EdifactElement e : s.elements()) {
            out.add(e.components());
        }
        return out;
    }

    private static char ch(JsonNode n, String field) {
        return n.get(field).asString().charAt(0);
    }
}
