package org.nigehbaan.identity.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every vector of {@code shared/data/formats/mrz_vectors.jsonl}: its {@code checks} and {@code expected}
 * fields are reproduced exactly, and the record is valid exactly when {@code check_digits_valid} says so.
 */
class MrzVectorsTests {

    private static final List<JsonNode> VECTORS = SharedData.jsonLines("mrz_vectors.jsonl");
    private final MrzParser parser = new MrzParser(Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC));

    static Stream<Arguments> vectors() {
        return IntStream.range(0, VECTORS.size())
                .mapToObj(i -> Arguments.of(i, VECTORS.get(i).get("format").asString(), VECTORS.get(i)));
    }

    @Test
    void allSeventySevenVectorsAreLoaded() {
        assertThat(VECTORS).hasSize(77);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("vectors")
    void reproducesTheChecksOfEveryVector(int index, String format, JsonNode vector) {
        MrzRecord record = parser.read(mrzText(vector));

        assertThat(record.format().label()).isEqualTo(format);
        Map<String, Boolean> expected = new LinkedHashMap<>();
        vector.get("checks").properties().forEach(e -> expected.put(e.getKey(), e.getValue().asBoolean()));
        Map<String, Boolean> actual = new LinkedHashMap<>();
        record.checks().forEach(c -> actual.put(c.check().key(), c.passed()));
        assertThat(actual).as("checks").containsExactlyInAnyOrderEntriesOf(expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("vectors")
    void reproducesTheFieldsOfEveryVector(int index, String format, JsonNode vector) {
        MrzRecord record = parser.read(mrzText(vector));

        vector.get("expected").properties().forEach(e -> {
            if (!e.getKey().startsWith("_")) {
                assertThat(field(record, e.getKey())).as(e.getKey()).isEqualTo(e.getValue().asString());
            }
        });
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("vectors")
    void isValidExactlyWhenTheVectorSaysSo(int index, String format, JsonNode vector) {
        MrzRecord record = parser.read(mrzText(vector));

        assertThat(record.isValid()).as("valid; failures: %s", record.failures())
                .isEqualTo(vector.get("check_digits_valid").asBoolean());
    }

    static String mrzText(JsonNode vector) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode line : vector.get("lines")) {
            sb.append(line.asString()).append('\n');
        }
        return sb.toString();
    }

    /** The record's value under the vector file's field name. */
    static String field(MrzRecord r, String key) {
        return switch (key) {
            case "document_code" -> r.documentCode();
            case "issuing_state" -> r.issuingState();
            case "document_number" -> r.documentNumber();
            case "nationality" -> r.nationality();
            case "birth_date" -> r.birthDateField();
            case "expiry_date" -> r.expiryDateField();
            case "sex" -> r.sex().equals("<") ? "unspecified" : r.sex();
            case "primary_identifier" -> r.name().primaryIdentifier();
            case "secondary_identifier" -> r.name().secondaryIdentifier();
            case "optional_data_1", "optional_data" -> r.optionalData1();
            case "optional_data_2" -> r.optionalData2();
            case "personal_number" -> r.personalNumber();
            default -> throw new AssertionError("vector field " + key + " has no counterpart in MrzRecord");
        };
    }
}
