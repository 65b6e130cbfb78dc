package org.nigehbaan.screening.paxlst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nigehbaan.identity.mrz.SharedData;

/**
 * The parser never throws and never fails internally, whatever it is given: random bytes, EDIFACT-like
 * noise, every truncation of the real files, and real files with bytes flipped. Seeded, so a failure repeats.
 */
class PaxlstParserFuzzTests {

    private static final Path FOLDER = SharedData.formats().resolve("paxlst");
    private final PaxlstParser parser = new PaxlstParser();

    static Stream<String> realFiles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realFiles")
    void everyTruncationOfARealFileGivesAResult(String file) throws IOException {
        byte[] whole = Files.readAllBytes(FOLDER.resolve(file));
        int full = parser.parse(whole).travellers().size();
        int step = Math.max(1, whole.length / 1500);

        for (int end = 0; end < whole.length; end += step) {
            PaxlstManifest m = survives(Arrays.copyOf(whole, end));
            assertThat(m.travellers().size()).as("travellers in the first %d bytes", end).isLessThanOrEqualTo(full);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realFiles")
    void realFilesWithFlippedBytesGiveAResult(String file) throws IOException {
        byte[] whole = Files.readAllBytes(FOLDER.resolve(file));
        Random random = new Random(file.hashCode());

        for (int i = 0; i < 150; i++) {
            byte[] damaged = whole.clone();
            for (int k = 0, n = 1 + random.nextInt(8); k < n; k++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            survives(damaged);
        }
    }

    @Test
    void randomBytesGiveAResult() {
        Random random = new Random(20260301);
        for (int i = 0; i < 400; i++) {
            byte[] noise = new byte[random.nextInt(3000)];
            random.nextBytes(noise);
            survives(noise);
        }
    }

    @Test
    void edifactLikeNoiseGivesAResult() {
        byte[] alphabet = "UNABGHTZECSDOLMFXP+:'?* \r\n0123456789$(-)\u0001\u0087".getBytes(StandardCharsets.ISO_8859_1);
        List<String> starts = List.of("", "UNA:+.? '", "UNA:*.? $", "UNA:(.) -", "UNB+UNOA:4+A+B'UNH+1+PAXLST'", "UNA:+.?*'");
        Random random = new Random(785);
        for (int i = 0; i < 1500; i++) {
            byte[] start = starts.get(random.nextInt(starts.size())).getBytes(StandardCharsets.US_ASCII);
            byte[] noise = Arrays.copyOf(start, start.length + random.nextInt(600));
            for (int k = start.length; k < noise.length; k++) {
                noise[k] = alphabet[random.nextInt(alphabet.length)];
            }
            survives(noise);
        }
    }

    @Test
    void truncationsOfAFourHundredPassengerManifestGiveAResult() {
        byte[] whole = SyntheticManifest.generate(400, 785).getBytes(StandardCharsets.US_ASCII);
        Random random = new Random(400);
        for (int i = 0; i < 200; i++) {
            int end = random.nextInt(whole.length);
            PaxlstManifest m = survives(Arrays.copyOf(whole, end));
            assertThat(m.errors()).as("a manifest cut at byte %d", end).isNotEmpty();
        }
    }

    private PaxlstManifest survives(byte[] input) {
        PaxlstManifest fromBytes = parser.parse(input);
        PaxlstManifest fromStream = parser.parse(new ByteArrayInputStream(input));

        assertThat(fromBytes).isNotNull();
        assertThat(fromBytes.errors()).noneMatch(e -> e.kind() == PaxlstError.Kind.INTERNAL);
        assertThat(fromStream).isEqualTo(fromBytes);
        return fromBytes;
    }
}
