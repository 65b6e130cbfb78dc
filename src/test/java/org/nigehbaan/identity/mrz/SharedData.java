package org.nigehbaan.identity.mrz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The project's shared test data ({@code shared/data}, beside the checkout). Found through the system
 * property or environment variable {@code NIGEHBAAN_SHARED_DIR}, else {@code ../shared} or
 * {@code /work/shared}. Tests fail, not skip, when it is missing: the vectors are the point of them.
 */
public final class SharedData {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private SharedData() {
    }

    public static Path formats() {
        return root().resolve("data/formats");
    }

    public static Path root() {
        String configured = System.getProperty("NIGEHBAAN_SHARED_DIR", System.getenv("NIGEHBAAN_SHARED_DIR"));
        List<Path> candidates = configured != null
                ? List.of(Path.of(configured))
                : List.of(Path.of("..", "shared"), Path.of("..", "..", "shared"), Path.of("/work/shared"));
        for (Path p : candidates) {
            if (Files.isDirectory(p.resolve("data/formats"))) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("shared test data not found in " + candidates
                + "; set NIGEHBAAN_SHARED_DIR to the folder that holds data/formats");
    }

    /** Every line of a JSON-lines file under {@code data/formats}, parsed. */
    public static List<JsonNode> jsonLines(String relative) {
        try {
            return Files.readAllLines(formats().resolve(relative)).stream()
                    .filter(l -> !l.isBlank())
                    .map(JSON::readTree)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
