package org.nigehbaan.matching.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nigehbaan.matching.Match;
import org.nigehbaan.matching.MatchThresholds;
import org.nigehbaan.matching.MatchingEngine;
import org.nigehbaan.matching.NameSimilarity;
import org.nigehbaan.matching.Traveller;

/**
 * A few seconds of the full evaluation ({@link QualityEvaluation}) in the default build, on the shared data
 * when it is there (../shared/data, or -Dnigehbaan.shared-data): the UN list, the yente UN positives, the
 * first 3,000 yente negatives and name-bench. Floors sit a little under the measured figures in
 * docs/matching.md so that a regression fails the build.
 */
class QualitySmokeTests {

    private static Path data;
    private static List<ListLoader.Person> un;
    private static MatchingEngine engine;

    @BeforeAll
    static void load() throws Exception {
        data = Path.of(System.getProperty("nigehbaan.shared-data", "../shared/data"));
        Path xml = data.resolve("lists/un-sc-consolidated-2026-02-27/consolidated.xml");
        Assumptions.assumeTrue(Files.exists(xml), "shared evaluation data not found at " + data.toAbsolutePath());
        un = ListLoader.un(xml);
        engine = new MatchingEngine();
        engine.upsertAll(un.stream().map(p -> QualityEvaluation.identity(p, true, true)).toList());
    }

    @Test
    void unPositivesWithTyposAreFoundAtRankOne() throws Exception {
        List<CSVRecord> untreated = ListLoader.csv(data.resolve("eval/yente/positives_un_untreated.csv"));
        List<CSVRecord> treated = ListLoader.csv(data.resolve("eval/yente/positives_un_treated.csv"));
        Map<String, Set<String>> byName = new HashMap<>();
        for (ListLoader.Person p : un) {
            List<String> names = new ArrayList<>(p.strongAliases());
            names.add(p.primary());
            names.addAll(p.weakAliases());
            names.forEach(n -> byName.computeIfAbsent(QualityEvaluation.key(n), k -> new HashSet<>()).add(p.id()));
        }
        int asked = 0;
        int found = 0;
        for (int i = 1; i < treated.size(); i++) {
            Set<String> expected = byName.get(QualityEvaluation.key(untreated.get(i).get(0)));
            if (expected == null || treated.get(i).get(0).equals(untreated.get(i).get(0))) {
                continue;
            }
            asked++;
            List<Match> m = engine.match(Traveller.named(treated.get(i).get(0)), 10, 0);
            found += QualityEvaluation.topIncludes(m, expected) && m.get(0).score() >= MatchThresholds.REFER ? 1 : 0;
        }
        assertThat(asked).isGreaterThan(150);
        assertThat(found / (double) asked).isGreaterThan(0.88);
    }

    @Test
    void innocentPeopleAreRarelyReferred() throws Exception {
        List<CSVRecord> rows = ListLoader.csv(data.resolve("eval/yente/negatives_global.csv"));
        int referred = 0;
        int asked = 0;
        for (CSVRecord r : rows.subList(1, 3001)) {
            Traveller t = Traveller.named(r.get(0));
            asked++;
            referred += engine.match(t).isEmpty() ? 0 : 1;
        }
        assertThat(referred / (double) asked).as("false REFER rate, name only, against the UN list").isLessThan(0.01);
    }

    @Test
    void nameBenchPersonF1BeatsTheAnchor() throws Exception {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<CSVRecord> rows = ListLoader.csv(data.resolve("eval/name-bench/cases.csv"));
        for (CSVRecord r : rows.subList(1, rows.size())) {
            if (!r.get(1).equals("Person")) {
                continue;
            }
            boolean truth = Boolean.parseBoolean(r.get(4));
            boolean predicted = NameSimilarity.score(r.get(2), r.get(3)) >= MatchThresholds.REFER;
            tp += truth && predicted ? 1 : 0;
            fp += !truth && predicted ? 1 : 0;
            fn += truth && !predicted ? 1 : 0;
        }
        double p = tp / (double) (tp + fp);
        double r = tp / (double) (tp + fn);
        assertThat(2 * p * r / (p + r)).isGreaterThan(0.742);
    }
}
