package org.nigehbaan.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.nigehbaan.identity.Cnic;
import org.nigehbaan.identity.Country;
import org.nigehbaan.identity.Gender;
import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.identity.PassportNumber;

class MatchingEngineTests {

    private static ListedIdentity imran() {
        return new ListedIdentity("CL-1", List.of(ListedName.strong("KHAN, Muhammad Imran"), ListedName.weak("Imran")),
                "Ikramullah Khan", List.of(PartialDate.parse("1984-03-02")), Gender.M, List.of(Country.PAKISTAN),
                Cnic.parse("35202-1234567-1"), List.of(PassportNumber.parse("AB1234567")));
    }

    private static MatchingEngine engineWith(ListedIdentity... identities) {
        MatchingEngine e = new MatchingEngine();
        e.upsertAll(List.of(identities));
        return e;
    }

    @Test
    void aRomanisationVariantIsFoundAndExplained() {
        List<Match> m = engineWith(imran()).match(Traveller.named("Mohd Imran Khan"));
        assertThat(m).singleElement().satisfies(x -> {
            assertThat(x.id()).isEqualTo("CL-1");
            assertThat(x.score()).isGreaterThanOrEqualTo(MatchThresholds.REFER).isLessThan(MatchThresholds.STOP);
            assertThat(x.matchedName()).isEqualTo("KHAN, Muhammad Imran");
            assertThat(x.reasons()).extracting(Reason::detail).contains("name part MOHD ≈ MUHAMMAD (romanisation variant)");
        });
    }

    @Test
    void anEqualCnicIsCertainWhateverTheName() {
        Match m = engineWith(imran()).match(Traveller.named("Someone Else").withCnic(Cnic.parse("3520212345671"))).get(0);
        assertThat(m.score()).isEqualTo(1.0);
        assertThat(m.facts().cnicEqual()).isTrue();
        assertThat(m.reasons()).extracting(Reason::detail).contains("CNIC equal");
    }

    @Test
    void anEqualPassportNumberIsCertainAfterNormalisation() {
        Match m = engineWith(imran()).match(Traveller.named("I Khan")
                .withPassportNumbers(List.of(PassportNumber.parse("ab-123 4567")))).get(0);
        assertThat(m.score()).isEqualTo(1.0);
        assertThat(m.facts().documentEqual()).isTrue();
    }

    @Test
    void aFullEqualDateOfBirthCanStopAPartialOneCannot() {
        MatchingEngine e = engineWith(imran());
        Match full = e.match(Traveller.named("Muhammad Imran Khan").withDateOfBirth(PartialDate.parse("1984-03-02"))).get(0);
        assertThat(full.score()).isGreaterThanOrEqualTo(MatchThresholds.STOP);
        assertThat(full.facts().dobAgreement()).isEqualTo(DobAgreement.EXACT);
        Match partial = e.match(Traveller.named("Muhammad Imran Khan").withDateOfBirth(PartialDate.parse("1984"))).get(0);
        assertThat(partial.score()).isLessThan(MatchThresholds.STOP);
        assertThat(partial.facts().dobAgreement()).isEqualTo(DobAgreement.PARTIAL_COMPATIBLE);
        assertThat(partial.reasons()).extracting(Reason::detail).contains("born 1984 = 1984-03-02 (partial date)");
    }

    @Test
    void aConflictingDateOfBirthOrGenderTakesANamesakeBelowRefer() {
        MatchingEngine e = engineWith(imran());
        assertThat(e.match(Traveller.named("Muhammad Imran Khan").withDateOfBirth(PartialDate.parse("1990-07-01")))).isEmpty();
        List<Match> anyScore = e.match(Traveller.named("Muhammad Imran Khan").withGender(Gender.F), 10, 0);
        assertThat(anyScore.get(0).facts().genderConflict()).isTrue();
        assertThat(anyScore.get(0).score()).isLessThan(MatchThresholds.REFER);
    }

    @Test
    void aNearDateOfBirthIsReportedAsNear() {
        Match m = engineWith(imran()).match(Traveller.named("Muhammad Imran Khan")
                .withDateOfBirth(PartialDate.parse("1984-02-03")), 10, 0).get(0);
        assertThat(m.facts().dobAgreement()).isEqualTo(DobAgreement.NEAR);
    }

    @Test
    void aWeakAliasAloneIsMarkedWeak() {
        Match m = engineWith(imran()).match(Traveller.named("Imran"), 10, 0).get(0);
        assertThat(m.facts().weakAliasOnly()).isTrue();
        assertThat(m.matchedName()).isEqualTo("Imran");
    }

    @Test
    void urduScriptFindsTheLatinListing() {
        List<Match> m = engineWith(imran()).match(Traveller.named("محمد عمران خان"));
        assertThat(m).extracting(Match::id).containsExactly("CL-1");
    }

    @Test
    void anMrzNameCutShortStillMatches() {
        MatchingEngine e = engineWith(ListedIdentity.named("CL-2", "Zarkari Mohammadhasni Haji Asadullah"));
        List<Match> m = e.match(Traveller.named("ZARKARI<<MOHAMMADHASNI<HAJI<ASADU").fromMrz());
        assertThat(m).extracting(Match::id).containsExactly("CL-2");
    }

    @Test
    void commonPartsNeitherFloodNorDominate() {
        MatchingEngine e = new MatchingEngine();
        String[] middle = {"Bilal", "Imran", "Kamran", "Faisal", "Tariq", "Naveed", "Zahid", "Sajid", "Khalid", "Adnan"};
        for (int i = 0; i < 200; i++) {
            e.upsert(ListedIdentity.named("SOR-" + i, "Muhammad " + middle[i % 10] + " Khan " + "Zar" + word(i)));
        }
        e.upsert(ListedIdentity.named("SOR-X", "Muhammad Khan"));
        assertThat(e.match(Traveller.named("Muhammad Khan"))).extracting(Match::id).containsExactly("SOR-X");
        assertThat(e.match(Traveller.named("Mohammad Ali Khan"))).isEmpty();
    }

    @Test
    void upsertReplacesRemoveForgetsAndSizeCounts() {
        MatchingEngine e = engineWith(imran());
        assertThat(e.size()).isEqualTo(1);
        e.upsert(ListedIdentity.named("CL-1", "Zarkari Mohammadhasni"));
        assertThat(e.size()).isEqualTo(1);
        assertThat(e.match(Traveller.named("Muhammad Imran Khan"))).isEmpty();
        assertThat(e.match(Traveller.named("Zarkari Mohammadhasni"))).extracting(Match::id).containsExactly("CL-1");
        assertThat(e.remove("CL-1")).isTrue();
        assertThat(e.remove("CL-1")).isFalse();
        assertThat(e.size()).isZero();
        assertThat(e.match(Traveller.named("Zarkari Mohammadhasni"))).isEmpty();
    }

    @Test
    void theIndexIsRebuiltWhenMostlyRemovedAndStillAnswers() {
        MatchingEngine e = new MatchingEngine();
        for (int i = 0; i < 3000; i++) {
            e.upsert(ListedIdentity.named("ID-" + i, "Zar" + word(i) + " Mohammadhasni" + word(i % 7)));
        }
        for (int i = 0; i < 2500; i++) {
            e.remove("ID-" + i);
        }
        assertThat(e.size()).isEqualTo(500);
        assertThat(e.match(Traveller.named("Zar" + word(2999) + " Mohammadhasni" + word(2999 % 7))).get(0).id())
                .isEqualTo("ID-2999");
        assertThat(e.match(Traveller.named("Zar" + word(10) + " Mohammadhasni" + word(10 % 7))))
                .extracting(Match::id).doesNotContain("ID-10");
    }

    /** A distinct made-up word per number (digits in names read as letters, so no digits here). */
    private static String word(int i) {
        StringBuilder sb = new StringBuilder();
        do {
            sb.append((char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        return sb.toString();
    }

    @Test
    void readersRunWhileAWriterChangesTheIndex() throws Exception {
        MatchingEngine e = new MatchingEngine();
        e.upsert(imran());
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Integer>> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            readers.add(pool.submit(() -> {
                int found = 0;
                while (!stop.get()) {
                    List<Match> m = e.match(Traveller.named("Muhammad Imran Khan"));
                    found += m.size();
                    assertThat(m).extracting(Match::id).contains("CL-1");
                }
                return found;
            }));
        }
        Future<?> writer = pool.submit(() -> {
            for (int i = 0; i < 5000; i++) {
                e.upsert(ListedIdentity.named("W-" + i, "Writer" + word(i) + " Khan"));
                if (i % 3 == 0) {
                    e.remove("W-" + i);
                }
            }
        });
        writer.get(60, TimeUnit.SECONDS);
        stop.set(true);
        for (Future<Integer> r : readers) {
            assertThat(r.get(10, TimeUnit.SECONDS)).isPositive();
        }
        pool.shutdown();
        assertThat(e.size()).isEqualTo(1 + 5000 - 1667);
    }

    @Test
    void compareScoresOneIdentityLikeMatchDoes() {
        Traveller t = Traveller.named("Muhammad Imran Khan").withDateOfBirth(PartialDate.parse("1984"));
        Match direct = MatchingEngine.compare(t, imran());
        Match indexed = engineWith(imran()).match(t).get(0);
        assertThat(direct.score()).isEqualTo(indexed.score());
        assertThat(direct.reasons()).isEqualTo(indexed.reasons());
    }

    @Test
    void thresholdsAreOrdered() {
        assertThat(MatchThresholds.DEFAULT.refer()).isLessThan(MatchThresholds.DEFAULT.stop());
    }
}
