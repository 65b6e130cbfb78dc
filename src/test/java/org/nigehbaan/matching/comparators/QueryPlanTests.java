package org.nigehbaan.matching.comparators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.nigehbaan.matching.normalizers.NameNormalizer;

class QueryPlanTests {

    private static List<String> sets(String name, double threshold) {
        QueryPlan p = QueryPlan.of(NameNormalizer.normalize(name), threshold);
        return p.subsets().stream().map(mask -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < p.parts().size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    sb.append(sb.length() == 0 ? "" : "+").append(p.parts().get(i).text());
                }
            }
            return sb.toString();
        }).collect(Collectors.toList());
    }

    @Test
    void commonPartsAloneNeverMakeACandidateSet() {
        assertThat(sets("Muhammad Hassan Zarkari", 0.8)).containsExactlyInAnyOrder("muhammad+zarkari", "hassan+zarkari");
    }

    @Test
    void aTwoPartNameNeedsBothParts() {
        assertThat(sets("Imran Niazi", 0.8)).containsExactly("imran+niazi");
    }

    @Test
    void aOnePartNameNeedsItsPart() {
        assertThat(sets("Zarkari", 0.8)).containsExactly("zarkari");
    }

    @Test
    void titlesAndInitialsAreNotPlannedFor() {
        assertThat(sets("Syed M. Imran Niazi", 0.8)).containsExactly("imran+niazi");
    }
}
