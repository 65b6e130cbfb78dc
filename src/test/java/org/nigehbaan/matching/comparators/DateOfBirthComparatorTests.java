package org.nigehbaan.matching.comparators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.matching.DobAgreement;

class DateOfBirthComparatorTests {

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
            "1984-03-02, 1984-03-02, EXACT",
            "1984, 1984, EXACT",
            "1984, 1984-03-02, PARTIAL_COMPATIBLE",
            "1984-03, 1984-03-02, PARTIAL_COMPATIBLE",
            "1984-03-02, 1985-03-02, NEAR",
            "1984-03-02, 1983, NEAR",
            "1984-03-02, 1984-02-03, NEAR",
            "1984-03-02, 1984-03-03, CONFLICT",
            "1984, 1990, CONFLICT",
            "1984-03, 1984-04, CONFLICT"
    })
    void datesAgreeByLevel(String traveller, String listed, DobAgreement agreement) {
        assertThat(DateOfBirthComparator.compare(PartialDate.parse(traveller), PartialDate.parse(listed)))
                .isEqualTo(agreement);
    }

    @Test
    void theBestOfSeveralListedDatesCounts() {
        var r = DateOfBirthComparator.compare(PartialDate.parse("1960-06-29"),
                List.of(PartialDate.parse("1958"), PartialDate.parse("1960"), PartialDate.parse("1960-06-29")));
        assertThat(r.agreement()).isEqualTo(DobAgreement.EXACT);
        assertThat(r.listed()).isEqualTo(PartialDate.parse("1960-06-29"));
    }

    @Test
    void aMissingDateIsUnknownNotAMismatch() {
        assertThat(DateOfBirthComparator.compare(null, List.of(PartialDate.parse("1960"))).agreement())
                .isEqualTo(DobAgreement.UNKNOWN);
        assertThat(DateOfBirthComparator.compare(PartialDate.parse("1960"), List.of()).agreement())
                .isEqualTo(DobAgreement.UNKNOWN);
    }
}
