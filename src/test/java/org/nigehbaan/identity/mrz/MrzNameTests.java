package org.nigehbaan.identity.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** ICAO 9303 name-field and truncation examples ({@code shared/data/formats/mrz_name_examples.jsonl}). */
class MrzNameTests {

    private static final List<JsonNode> EXAMPLES = SharedData.jsonLines("mrz_name_examples.jsonl");

    static Stream<Arguments> examples() {
        return EXAMPLES.stream().map(e -> Arguments.of(e.get("format").asString(), e.get("name_field").asString(), e));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examples")
    void readsEveryIcaoNameExample(String format, String nameField, JsonNode example) {
        MrzName name = MrzName.parse(nameField);

        assertThat(name.primaryIdentifier()).isEqualTo(example.get("primary").asString());
        assertThat(name.secondaryIdentifier()).isEqualTo(example.get("secondary").asString());
        assertThat(name.possiblyTruncated()).isEqualTo(example.get("possibly_truncated").asBoolean());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examples")
    void theNameFieldIsWhereTheLayoutPutsIt(String format, String nameField, JsonNode example) {
        String line = example.get("mrz_line").asString();
        MrzFormat layout = switch (format) {
            case "TD1" -> MrzFormat.TD1;
            case "TD2" -> MrzFormat.TD2;
            default -> MrzFormat.TD3;
        };

        assertThat(line).hasSize(layout.width());
        assertThat(layout == MrzFormat.TD1 ? line : line.substring(5)).isEqualTo(nameField);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<  | ERIKSSON        | ANNA MARIA | false | ANNA MARIA ERIKSSON",
        "<<ANNA<MARIA<<<<<<<<<<<<<<<<<<  | ''              | ANNA MARIA | false | ANNA MARIA",
        "SATRIYA<SUDARPA<<<<<<<<<<<<<<<  | SATRIYA SUDARPA | ''         | false | SATRIYA SUDARPA",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZABCD  | ABCDEFGHIJKLMNOPQRSTUVWXYZABCD | '' | true | ABCDEFGHIJKLMNOPQRSTUVWXYZABCD",
        "<SPECIMEN1<<SPECIMEN2<<BAD<<<<  | SPECIMEN1       | SPECIMEN2  BAD | false | SPECIMEN2  BAD SPECIMEN1",
    })
    void fillersBecomeSpacesAndAFullFieldMayBeTruncated(String field, String primary, String secondary,
                                                        boolean truncated, String fullName) {
        MrzName name = MrzName.parse(field.strip());

        assertThat(name).isEqualTo(new MrzName(primary, secondary, truncated));
        assertThat(name.fullName()).isEqualTo(fullName);
    }
}
