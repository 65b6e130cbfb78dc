package org.nigehbaan.cooperation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.cooperation.Assurance;
import org.nigehbaan.cooperation.AssuranceKind;
import org.nigehbaan.cooperation.CaseStatus;
import org.nigehbaan.cooperation.CaseType;
import org.nigehbaan.cooperation.Conviction;
import org.nigehbaan.cooperation.CooperationPolicy;
import org.nigehbaan.cooperation.Direction;
import org.nigehbaan.cooperation.NationalityStatus;
import org.nigehbaan.cooperation.NationalityVerification;
import org.nigehbaan.cooperation.ReturnCompleted;
import org.nigehbaan.cooperation.TravelDocument;
import org.nigehbaan.cooperation.TravelDocumentKind;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.identity.Person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CooperationCaseTests {

    static final CooperationPolicy POLICY = CooperationPolicy.defaults();
    static final CaseClocks CLOCKS = new CaseClocks(POLICY);
    static final LocalDate DAY = LocalDate.parse("2026-03-02");

    @Test
    void anExtraditionIsAcceptedOnlyWithItsArrangementAndAnAssurance() {
        CooperationCase c = underReview(CaseType.EXTRADITION);
        assertThatThrownBy(() -> c.accept(DAY.plusDays(5), CLOCKS))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind())
                        .isEqualTo(DomainException.Kind.UNPROCESSABLE))
                .hasMessageContaining("s.194");
        assertThat(c.status()).isEqualTo(CaseStatus.UNDER_REVIEW);

        c.recordArrangement("SEA/2026/7", "Extradition Act 2003 s.194", DAY.plusDays(4),
                List.of(new Assurance(AssuranceKind.NO_DEATH_PENALTY, "Not sought nor carried out", "Home Office", null)));
        c.accept(DAY.plusDays(5), CLOCKS);
        assertThat(c.status()).isEqualTo(CaseStatus.EXECUTING);
        assertThat(c.decidedOn()).isEqualTo(DAY.plusDays(5));
    }

    @Test
    void aCriminalRecordReplyCarriesItsConvictionsAndNothingElseDoes() {
        CooperationCase record = CooperationCase.open(CaseType.CRIMINAL_RECORD, Direction.INCOMING, DAY, CLOCKS, Instant.EPOCH, "t");
        record.acknowledge(DAY);
        assertThatThrownBy(() -> record.respond(DAY.plusDays(1), null)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("convictions"));
        record.respond(DAY.plusDays(1), List.of(new Conviction("Theft", "2019-03", "Lahore Sessions Court", "2 years")));
        assertThat(record.convictions()).hasSize(1);
        assertThat(record.status()).isEqualTo(CaseStatus.RESPONDED);

        CooperationCase mla = underReview(CaseType.MUTUAL_LEGAL_ASSISTANCE);
        mla.accept(DAY.plusDays(5), CLOCKS);
        assertThatThrownBy(() -> mla.respond(DAY.plusDays(6), List.of(new Conviction("x", "2019", "c", "s"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("only to criminal record");
    }

    @Test
    void aReturnIsScheduledOnlyAfterNationalityIsVerified() {
        CooperationCase c = underReview(CaseType.RETURN);
        c.recordTravelDocument(document(DAY.plusYears(2)));
        assertThatThrownBy(() -> c.schedule(DAY, DAY.plusDays(20), DAY, POLICY))
                .isInstanceOf(DomainException.class).hasMessageContaining("NADRA");
        c.recordNationality(new NationalityVerification(NationalityStatus.VERIFIED, "NADRA-1", "NADRA", DAY));
        c.schedule(DAY, DAY.plusDays(20), DAY, POLICY);
        assertThat(c.status()).isEqualTo(CaseStatus.SCHEDULED);
        assertThat(c.respondDueOn()).isEqualTo(DAY.plusDays(20));
    }

    @ParameterizedTest(name = "notice {0} days, document valid until return + {1} days: {2}")
    @CsvSource({
            "15, 200, ''",
            "14, 200, returnDate",
            "15, 184, ''",                            // return 2026-03-17 + 6 months = 2026-09-17 = return + 184 days
            "15, 183, travelDocument.expiresOn",      // one day short
            "15, 150, travelDocument.expiresOn",
            "10, 30,  returnDate;travelDocument.expiresOn",
    })
    void aReturnNeedsFifteenDaysNoticeAndSixMonthsOfDocumentValidity(int noticeDays, int validDaysAfterReturn,
                                                                      String refusedFields) {
        CooperationCase c = underReview(CaseType.RETURN);
        c.recordNationality(new NationalityVerification(NationalityStatus.VERIFIED, "NADRA-1", "NADRA", DAY));
        LocalDate returnDate = DAY.plusDays(noticeDays);
        c.recordTravelDocument(document(returnDate.plusDays(validDaysAfterReturn)));
        if (refusedFields.isEmpty()) {
            c.schedule(DAY, returnDate, DAY, POLICY);
            assertThat(c.status()).isEqualTo(CaseStatus.SCHEDULED);
        } else {
            assertThatThrownBy(() -> c.schedule(DAY, returnDate, DAY, POLICY))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .extracting(v -> v.field()).containsExactly(refusedFields.split(";")));
            assertThat(c.status()).isEqualTo(CaseStatus.UNDER_REVIEW);
        }
    }

    @Test
    void completingAReturnGivesTheEventForTheControlList() {
        CooperationCase c = underReview(CaseType.RETURN);
        c.id = 42L;
        c.reference = "RET-IN-2026-00042";
        c.requestingAuthority = "UK Home Office";
        c.removedForIllegalMigration = true;
        c.subjects.add(Person.named("Imran Khan Niazi"));
        c.recordNationality(new NationalityVerification(NationalityStatus.VERIFIED, "NADRA-9", "NADRA", DAY));
        c.recordTravelDocument(document(DAY.plusYears(1)));
        c.schedule(DAY, DAY.plusDays(15), DAY, POLICY);
        ReturnCompleted e = c.complete(DAY.plusDays(16), "officer1");
        assertThat(e).isEqualTo(new ReturnCompleted(42L, "RET-IN-2026-00042", Person.named("Imran Khan Niazi").toInput(),
                DAY.plusDays(16), true, "UK Home Office", "officer1", null, "NADRA-9", Direction.INCOMING));
        assertThat(c.status()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(c.closedOn()).isEqualTo(DAY.plusDays(16));
    }

    @Test
    void aStepCannotBeDatedInTheFutureOrBeforeThePreviousStep() {
        CooperationCase c = CooperationCase.open(CaseType.NARCOTICS, Direction.OUTGOING, DAY, CLOCKS, Instant.EPOCH, "t");
        assertThat(c.effectiveDate(null, DAY.plusDays(3), "on")).isEqualTo(DAY.plusDays(3));
        assertThatThrownBy(() -> c.effectiveDate(DAY.plusDays(4), DAY.plusDays(3), "on"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("on: cannot be in the future");
        assertThatThrownBy(() -> c.effectiveDate(DAY.minusDays(1), DAY.plusDays(3), "on"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("before " + DAY);
        c.acknowledge(DAY.plusDays(2));
        assertThatThrownBy(() -> c.effectiveDate(DAY.plusDays(1), DAY.plusDays(3), "on"))
                .hasMessageContaining("before " + DAY.plusDays(2));
    }

    @Test
    void factsBelongToTheirTypeAndToTheRightMoment() {
        assertThatThrownBy(() -> underReview(CaseType.NARCOTICS).recordArrangement("r", "b", DAY, List.of()))
                .isInstanceOf(DomainException.class).hasMessageContaining("only extradition");
        assertThatThrownBy(() -> underReview(CaseType.EXTRADITION).recordNationality(
                new NationalityVerification(NationalityStatus.VERIFIED, "x", "NADRA", DAY)))
                .isInstanceOf(DomainException.class).hasMessageContaining("only return");
        CooperationCase executing = underReview(CaseType.EXTRADITION);
        executing.recordArrangement("r", "b", DAY, List.of(new Assurance(AssuranceKind.FAIR_TRIAL, "t", null, null)));
        executing.accept(DAY.plusDays(6), CLOCKS);
        assertThatThrownBy(() -> executing.recordArrangement("r2", "b", DAY, List.of()))
                .isInstanceOf(DomainException.class).hasMessageContaining("before the decision");
    }

    static CooperationCase underReview(CaseType type) {
        CooperationCase c = CooperationCase.open(type, Direction.INCOMING, DAY, CLOCKS, Instant.EPOCH, "t");
        c.acknowledge(DAY);
        c.startReview(DAY);
        return c;
    }

    static TravelDocument document(LocalDate expires) {
        return new TravelDocument(TravelDocumentKind.EMERGENCY_TRAVEL_DOCUMENT, "ETD123456", "PAK", expires);
    }
}
