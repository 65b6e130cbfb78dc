package org.nigehbaan.screening.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.nigehbaan.matching.ListedIdentity;
import org.nigehbaan.matching.Traveller;

/** Loading in batches, read on one thread and added on another, in order and whole. */
class ScreeningIndexTests {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] GIVEN = {"Imran", "Bilal", "Tariq", "Farhan", "Zubair", "Kamran", "Naveed", "Sohail"};
    private static final String[] FAMILY = {"Qureshi", "Siddiqui", "Abbasi", "Chaudhry", "Baloch", "Niazi", "Durrani"};

    /** A name of its own for each number: its digits written as syllables of different consonants. */
    static String nameOf(int i) {
        StringBuilder part = new StringBuilder();
        for (char d : Integer.toString(i).toCharArray()) {
            part.append("bdfgklmnrt".charAt(d - '0')).append('a');
        }
        return GIVEN[i % GIVEN.length] + " " + FAMILY[(i / GIVEN.length) % FAMILY.length] + " Z" + part;
    }

    private static IdentityMapping.Indexed listed(int i) {
        String key = Listing.CONTROL_LIST_PREFIX + i;
        String name = nameOf(i);
        return new IdentityMapping.Indexed(new Listing(key, Listing.Source.CONTROL_LIST, i, "X" + i, "PCL", "TERRORISM",
                null), ListedIdentity.named(key, name));
    }

    private static Consumer<Consumer<Integer>> numbers(int n) {
        return c -> {
            for (int i = 0; i < n; i++) {
                c.accept(i);
            }
        };
    }

    @Test
    void aLoadOfSeveralBatchesAddsEveryItemOnceAndEachIsScreenable() {
        ScreeningIndex index = new ScreeningIndex();
        int n = ScreeningIndex.LOAD_BATCH * 2 + 123;
        ScreeningIndex.LoadTimes t = index.load(numbers(n), ScreeningIndexTests::listed);
        assertThat(t.items()).isEqualTo(n);
        assertThat(index.size()).isEqualTo(n);
        assertThat(t.adding()).isPositive();
        assertThat(t.total()).isPositive();
        for (int i : new int[] {0, ScreeningIndex.LOAD_BATCH - 1, ScreeningIndex.LOAD_BATCH, n - 1}) {
            assertThat(index.match(Traveller.named(nameOf(i)), Set.of("PCL"), NOW, 1, 0.8))
                    .extracting(m -> m.listing().key()).containsExactly(Listing.CONTROL_LIST_PREFIX + i);
        }
    }

    @Test
    void anEmptySourceAddsNothing() {
        ScreeningIndex index = new ScreeningIndex();
        assertThat(index.load(numbers(0), ScreeningIndexTests::listed).items()).isZero();
        assertThat(index.size()).isZero();
    }

    @Test
    void aFailureWhileReadingOrMappingReachesTheCallerAndStopsTheLoad() {
        ScreeningIndex index = new ScreeningIndex();
        Consumer<Consumer<Integer>> failing = c -> {
            for (int i = 0; i < ScreeningIndex.LOAD_BATCH + 10; i++) {
                c.accept(i);
            }
            throw new IllegalStateException("connection lost");
        };
        assertThatThrownBy(() -> index.load(failing, ScreeningIndexTests::listed)).hasMessage("connection lost");

        ScreeningIndex other = new ScreeningIndex();
        assertThatThrownBy(() -> other.<Integer>load(numbers(100), i -> {
            if (i == 42) {
                throw new IllegalArgumentException("row 42 is not a person");
            }
            return listed(i);
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 42 is not a person");
        assertThat(other.size()).isZero(); // the batch that failed to map added nothing
    }

    @Test
    void laterBatchesReplaceEarlierOnesInOrder() {
        ScreeningIndex index = new ScreeningIndex();
        // The same key in the first and the last batch: the last one read wins, as when applied one by one.
        int n = ScreeningIndex.LOAD_BATCH * 2 + 5;
        index.load(numbers(n), i -> i == n - 1 ? new IdentityMapping.Indexed(
                new Listing("CL-0", Listing.Source.CONTROL_LIST, 0, "X0", "ECL", "TERRORISM", null),
                ListedIdentity.named("CL-0", "Latest Name Everyone")) : listed(i));
        assertThat(index.size()).isEqualTo(n - 1);
        assertThat(index.match(Traveller.named("Latest Name Everyone"), Set.of("ECL"), NOW, 1, 0.8)).hasSize(1);
        assertThat(index.match(Traveller.named(nameOf(0)), Set.of("PCL", "ECL"), NOW, 10, 0.8))
                .noneMatch(m -> m.listing().key().equals("CL-0"));
    }

    @Test
    void theLoadTimesRecordIsWhatItSays() {
        ScreeningIndex.LoadTimes t = new ScreeningIndex().load(numbers(3), ScreeningIndexTests::listed);
        assertThat(t).extracting(ScreeningIndex.LoadTimes::items).isEqualTo(3);
        assertThat(t.adding()).isLessThanOrEqualTo(t.total());
        assertThat(List.of(t.total(), t.adding())).allSatisfy(d -> assertThat(d).isPositive());
    }
}
