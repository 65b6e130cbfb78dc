package org.nigehbaan.screening.paxlst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nigehbaan.identity.mrz.SharedData;

/**
 * Every manifest of {@code shared/data/formats/paxlst} parses to exactly what {@code expected_summaries.json}
 * records, field by field, and reports the problems it has.
 */
class PaxlstExpectedSummariesTests {

    private static final Path FOLDER = SharedData.formats().resolve("paxlst");
    private static final Map<String, Object> SUMMARIES = summaries();

    private final PaxlstParser parser = new PaxlstParser();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> summaries() {
        return SharedData.JSON.readValue(FOLDER.resolve("expected_summaries.json").toFile(), LinkedHashMap.class);
    }

    static Stream<Arguments> files() {
        return SUMMARIES.keySet().stream().map(Arguments::of);
    }

    @Test
    void everyManifestInTheFolderIsSummarisedExceptTheTypeBFragment() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected_summaries.json")))
                    .containsExactlyInAnyOrderElementsOf(concat(SUMMARIES.keySet(), "typeb_wrapped_paxlst_fragment.txt"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    @SuppressWarnings("unchecked")
    void parsesToExactlyTheExpectedSummary(String file) throws IOException {
        Map<String, Object> expected = (Map<String, Object>) SUMMARIES.get(file);
        PaxlstManifest manifest = parser.parse(Files.readAllBytes(FOLDER.resolve(file)));
        Map<String, Object> actual = summary(manifest);

        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (String key : List.of("service_chars", "segment_count", "flights", "cnt", "message_type", "bgm")) {
            assertThat(actual.get(key)).as(key).isEqualTo(expected.get(key));
        }
        List<Object> persons = (List<Object>) expected.get("persons");
        List<Object> actualPersons = (List<Object>) actual.get("persons");
        assertThat(actualPersons).as("number of persons").hasSameSizeAs(persons);
        for (int i = 0; i < persons.size(); i++) {
            assertThat(actualPersons.get(i)).as("person %d", i + 1).isEqualTo(persons.get(i));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "gtas_Test1.edi                    | UNEXPECTED_SEGMENT SEGMENT_COUNT CONTROL_REFERENCE CONTROL_REFERENCE",
        "gtas_Test3.edi                    | CHARACTER SEGMENT_COUNT CONTROL_COUNT",
        "gtas_airline2.edi                 | SYNTAX SEGMENT_COUNT CONTROL_REFERENCE CONTROL_COUNT",
        "gtas_apisMessage.edi              | ''",
        "gtas_multiple_flight_leg_apis.edi | TRAILING_DATA",
        "sita_uae_paxlst.edi               | SEGMENT_COUNT",
        "typeb_wrapped_paxlst_fragment.txt | LEADING_DATA MISSING_SEGMENT MISSING_SEGMENT MISSING_SEGMENT",
    })
    void reportsTheProblemsOfEachRealFile(String file, String kinds) throws IOException {
        PaxlstManifest manifest = parser.parse(Files.readAllBytes(FOLDER.resolve(file)));

        assertThat(manifest.errors()).extracting(e -> e.kind().name())
                .containsExactly(kinds.isBlank() ? new String[0] : kinds.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "gtas_Test1.edi       | UNT says 152 segments; message 1402010600 has 107",
        "gtas_Test1.edi       | UNZ reference '1402010600' differs from UNB reference '1403010600'",
        "gtas_Test3.edi       | CNT 41:206 declares 206 crew members; message WSPDLA lists 0",
        "gtas_Test3.edi       | byte 0x87 is not allowed in character set UNOA; read as U+FFFD (byte 12949)",
        "gtas_airline2.edi    | CNT 42:136 declares 136 passengers; message 1402111800 lists 10",
        "gtas_airline2.edi    | UNT reference '140211180 0' differs from UNH reference '1402111800'",
        "gtas_multiple_flight_leg_apis.edi | junk after UNZ: the input ends without a segment terminator after '13Nov09' (byte 970)",
        "sita_uae_paxlst.edi  | UNT says 36 segments; message MSG110660 has 28",
    })
    void errorMessagesNameWhatWasDeclaredAndWhatWasFound(String file, String message) throws IOException {
        PaxlstManifest manifest = parser.parse(Files.readAllBytes(FOLDER.resolve(file)));

        assertThat(manifest.errors()).extracting(PaxlstError::message).contains(message);
    }

    @Test
    void readsTheTypeBWrappedFragmentWithItsOwnServiceCharacters() throws IOException {
        PaxlstManifest manifest = parser.parse(Files.readAllBytes(FOLDER.resolve("typeb_wrapped_paxlst_fragment.txt")));

        assertThat(manifest.serviceCharacters()).isEqualTo(new EdifactServiceCharacters(':', '(', '.', ')', ' ', '-'));
        assertThat(manifest.interchange().sender()).isEqualTo("1A");
        assertThat(manifest.messages()).singleElement().satisfies(m -> {
            assertThat(m.reference()).isEqualTo("1");
            assertThat(m.reportingParty()).isEqualTo("AIR TRANSAT SECURITY CALL CENTER");
            assertThat(m.flights()).singleElement().satisfies(f -> {
                assertThat(f.flightNumber()).isEqualTo("TS230");
                assertThat(f.locations()).extracting(PaxlstFlightLocation::place).containsExactly("YYZ", "DUB");
            });
        });
        assertThat(manifest.errors().get(0).message()).contains("Type-B", "SOH QK LONPPXS");
    }

    /** The manifest in the shape of expected_summaries.json. */
    static Map<String, Object> summary(PaxlstManifest m) {
        Map<String, Object> s = new LinkedHashMap<>();
        EdifactServiceCharacters c = m.serviceCharacters();
        s.put("service_chars", map("comp", c.component(), "elem", c.element(), "dec", c.decimal(), "rel", c.release(),
                "rep", c.repetition(), "term", c.terminator()));
        s.put("segment_count", m.segmentCount());
        List<Object> flights = new ArrayList<>();
        for (PaxlstFlight f : m.flights()) {
            List<Object> legs = new ArrayList<>();
            for (PaxlstFlightLocation l : f.locations()) {
                Map<String, Object> leg = map("loc_qualifier", l.qualifier(), "place", l.place());
                l.dates().forEach((q, v) -> leg.put("dtm_" + q, v));
                legs.add(leg);
            }
            Map<String, Object> flight = map("qualifier", f.qualifier(), "flight", f.flightNumber(), "carrier", f.carrier());
            flight.put("legs", legs);
            flights.add(flight);
        }
        s.put("flights", flights);
        List<Object> persons = new ArrayList<>();
        for (PaxlstTraveller t : m.travellers()) {
            Map<String, Object> p = map("role", t.role(), "surname", t.surname());
            p.put("given", t.givenNames());
            List<Object> docs = new ArrayList<>();
            for (PaxlstDocument d : t.documents()) {
                Map<String, Object> doc = map("type", d.type(), "number", d.number());
                d.dates().forEach((q, v) -> doc.put("dtm_" + q, v));
                putIfPresent(doc, "issuing_country", d.issuingCountry());
                docs.add(doc);
            }
            p.put("docs", docs);
            p.put("locs", t.locations());
            p.put("refs", t.references());
            putIfPresent(p, "sex", t.sex());
            putIfPresent(p, "dob", t.birthDate());
            putIfPresent(p, "nationality", t.nationality());
            persons.add(p);
        }
        s.put("persons", persons);
        s.put("cnt", m.messages().stream().flatMap(x -> x.counts().stream()).map(PaxlstCount::text).toList());
        PaxlstMessage first = m.messages().get(0);
        s.put("message_type", first.messageType());
        s.put("bgm", first.documentIdentifier().isEmpty() ? first.documentCode()
                : first.documentCode() + "/" + first.documentIdentifier());
        return s;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            m.put((String) keysAndValues[i], v instanceof Character ch ? String.valueOf(ch) : v);
        }
        return m;
    }

    private static void putIfPresent(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static List<String> concat(java.util.Collection<String> a, String b) {
        List<String> l = new ArrayList<>(a);
        l.add(b);
        return l;
    }
}
