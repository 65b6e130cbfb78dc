package org.nigehbaan.register;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.identity.PersonInput;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.MutableClock;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nigehbaan.register.RegisterTestData.conviction;
import static org.nigehbaan.register.RegisterTestData.registration;
import static org.nigehbaan.register.RegisterTestData.typed;

/**
 * The register's public API for other modules: the events screening and the control list listen to, the
 * identities screening loads, the travel check at exit, and the daily job that ends periods and raises
 * breaches.
 */
@IntegrationTest
@RecordApplicationEvents
class RegisterEventsIntegrationTests {

    static final String DISTRICT = "Rawalpindi Events";

    @Autowired
    RegisterService register;
    @Autowired
    ComplianceService compliance;
    @Autowired
    RegisterDirectory directory;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;
    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    Actor officer;
    Actor admin;
    LocalDate today;

    @BeforeEach
    void setUp() {
        officer = users.user("reg.events", "NPB", DISTRICT, Role.REGISTER_OFFICER);
        admin = users.user("register.admin", Role.ADMIN);
        today = today();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Karachi")));
    }

    RegistrantRecord registerWith(String name, Map<String, Object> conviction) {
        return register.register(typed(registration(name, DISTRICT, conviction)), officer);
    }

    @Test
    void registeringANotifiablePersonPublishesTheIdentityForScreening() {
        RegistrantRecord r = registerWith("Event Published", conviction("PPC 377B", today.minusMonths(1),
                "IMPRISONMENT", 1, "YEARS"));

        List<RegistrantIdentityPublished> published = events.stream(RegistrantIdentityPublished.class)
                .filter(e -> e.registrantId().value() == r.id()).toList();
        assertThat(published).singleElement().satisfies(e -> {
            assertThat(e.person().fullName()).isEqualTo("Event Published");
            assertThat(e.person().cnic().formatted()).isEqualTo(r.person().cnic());
            assertThat(e.notifiableUntil()).isEqualTo(today.minusMonths(1).plusYears(10).minusDays(1));
            assertThat(e.registrantId().indexKey()).isEqualTo("SOR-" + r.id());
        });
        assertThat(directory.notifiableIdentity(new RegistrantId(r.id()))).isPresent();
    }

    @Test
    void aPersonWhosePeriodAlreadyEndedIsRecordedButNotPublished() {
        RegistrantRecord r = registerWith("Long Ago", conviction("PPC 377", today.minusYears(5), "CAUTION", null, null));
        assertThat(r.status()).isEqualTo(RegistrantStatus.ENDED);
        assertThat(events.stream(RegistrantIdentityPublished.class).filter(e -> e.registrantId().value() == r.id()))
                .isEmpty();
        assertThat(directory.notifiableIdentity(new RegistrantId(r.id()))).isEmpty();
    }

    @Test
    void aChangeOfNameRepublishesTheIdentityWithTheNewName() {
        RegistrantRecord r = registerWith("Old Name", conviction("PPC 292C", today.minusMonths(1), "OTHER", null, null));
        RegistrantId id = new RegistrantId(r.id());
        register.recordNotification(id, new NotificationInput("INITIAL", null, null, null, null, null), officer);
        PersonInput p = r.person();
        PersonInput renamed = new PersonInput("New Name", List.of("Old Name"), p.nameInUrdu(), p.fatherName(),
                p.dateOfBirth(), p.gender(), p.nationality(), p.cnic(), p.passportNumbers());

        register.recordNotification(id, new NotificationInput("CHANGE", null, today.toString(), renamed, null, null),
                officer);

        assertThat(events.stream(RegistrantIdentityPublished.class).filter(e -> e.registrantId().equals(id))
                .map(e -> e.person().fullName())).containsExactly("Old Name", "New Name");
        assertThat(directory.notifiableIdentity(id).orElseThrow().person().aliases()).containsExactly("Old Name");
    }

    @Test
    void screeningCanLoadEveryNotifiableIdentityStreamedOrPaged() {
        RegistrantRecord a = registerWith("Loaded One", conviction("PPC 375A", today.minusDays(3), "LIFE_IMPRISONMENT",
                null, null));
        RegistrantRecord b = registerWith("Loaded Two", conviction("PECA 21", today.minusDays(3), "OTHER", null, null));
        RegistrantRecord ended = registerWith("Not Loaded", conviction("PECA 21", today.minusYears(9), "OTHER", null, null));

        List<Long> streamed = new ArrayList<>();
        directory.forEachNotifiableIdentity(i -> streamed.add(i.registrantId().value()));
        assertThat(streamed).contains(a.id(), b.id()).doesNotContain(ended.id()).isSorted();

        List<Long> paged = new ArrayList<>();
        long after = 0;
        for (List<RegisteredIdentity> page = directory.notifiableIdentities(after, 2); !page.isEmpty();
             page = directory.notifiableIdentities(after, 2)) {
            page.forEach(i -> paged.add(i.registrantId().value()));
            after = page.get(page.size() - 1).registrantId().value();
        }
        assertThat(paged).containsAll(List.of(a.id(), b.id())).doesNotContain(ended.id());
        assertThat(directory.notifiableIdentity(new RegistrantId(a.id())).orElseThrow().notifiableUntil()).isNull();
    }

    @Test
    void exitScreeningAsksWhetherAJourneyWasNotified() {
        RegistrantRecord r = registerWith("Exit Check", conviction("PPC 376", today.minusMonths(6), "IMPRISONMENT", 5,
                "MONTHS"));
        RegistrantId id = new RegistrantId(r.id());
        register.recordNotification(id, new NotificationInput("INITIAL", null, null, null, null, null), officer);
        LocalDate departure = today.plusDays(9);
        register.recordTravel(id, new TravelInput(null, departure.toString(), "02:10", null, List.of("GBR"),
                "PK-701 ISB-LHR", "PIA", "Hotel near Heathrow", null), officer);

        assertThat(directory.hasTravelNotificationCovering(id, departure, "GBR")).isTrue();
        assertThat(directory.hasTravelNotificationCovering(id, departure, null)).isTrue();
        assertThat(directory.hasTravelNotificationCovering(id, departure.plusDays(1), "gbr"))
                .as("a flight delayed past midnight").isTrue();
        assertThat(directory.hasTravelNotificationCovering(id, departure, "SAU")).isFalse();
        assertThat(directory.hasTravelNotificationCovering(id, departure.plusDays(5), null)).isFalse();
        assertThat(directory.travelCoverage(id, today, null)).isEqualTo(TravelCoverage.NOT_NOTIFIED);
        assertThat(directory.travelCoverage(new RegistrantId(Long.MAX_VALUE), today, null))
                .isEqualTo(TravelCoverage.NOT_SUBJECT_TO_NOTIFICATION);

        long breach = compliance.reportUnnotifiedDeparture(id, today, "Allama Iqbal International Airport",
                users.user(Role.BORDER_OFFICER));
        assertThat(events.stream(ComplianceBreachRaised.class).filter(e -> e.breachId() == breach))
                .singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(BreachKind.UNNOTIFIED_DEPARTURE));
    }

    @Test
    void anOfficerCanProposeAnActiveRegistrantForThePcl() {
        RegistrantRecord r = registerWith("Pcl Candidate", conviction("PPC 377A", today.minusYears(1), "IMPRISONMENT",
                10, "YEARS"));
        long proposal = register.proposeForPcl(new RegistrantId(r.id()), "Passports Rules 2021 r.22; SEX_OFFENDER ground",
                "Repeated travel to the region of the offences", officer);

        assertThat(events.stream(RegistrantProposedForPcl.class).filter(e -> e.proposalId() == proposal))
                .singleElement().satisfies(e -> {
                    assertThat(e.registrantId().value()).isEqualTo(r.id());
                    assertThat(e.person().fullName()).isEqualTo("Pcl Candidate");
                    assertThat(e.legalBasis()).startsWith("Passports Rules 2021");
                    assertThat(e.proposedBy()).isEqualTo("reg.events");
                    assertThat(e.referringAgency()).isEqualTo("NPB");
                    assertThat(e.notifiableUntil()).isNull();
                });

        RegistrantRecord ended = registerWith("Ended Candidate", conviction("PPC 377", today.minusYears(4), "CAUTION",
                null, null));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> register.proposeForPcl(new RegistrantId(ended.id()),
                "basis", "reason", officer)).hasMessageContaining("only a registrant subject to notification");
    }

    @Test
    void theDailyJobBreachesAMissedInitialNotificationOnceAndListsItFirst() {
        RegistrantRecord r = registerWith("Missed Initial", conviction("PPC 377B", today.minusDays(10), "IMPRISONMENT",
                3, "MONTHS"));
        RegistrantRecord onTime = registerWith("On Time Initial", conviction("PPC 377B", today.minusDays(10), "OTHER",
                null, null));
        register.recordNotification(new RegistrantId(onTime.id()),
                new NotificationInput("INITIAL", null, null, null, null, null), officer);

        clock.advance(Duration.ofDays(2));
        ComplianceRun dueDay = compliance.runDailyCompliance(admin);
        assertThat(breachesOf(r.id())).as("due today: not yet breached").isEmpty();

        clock.advance(Duration.ofDays(1));
        ComplianceRun run = compliance.runDailyCompliance(Actor.SYSTEM);
        assertThat(run.breachesRaised()).isGreaterThanOrEqualTo(1);
        assertThat(breachesOf(r.id())).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(BreachKind.MISSED);
            assertThat(b.dutyType()).isEqualTo(DutyType.INITIAL_NOTIFICATION);
            assertThat(b.dueOn()).isEqualTo(today.plusDays(2));
        });
        assertThat(events.stream(ComplianceBreachRaised.class).filter(e -> e.registrantId().value() == r.id()))
                .hasSize(1);

        compliance.runDailyCompliance(Actor.SYSTEM);
        assertThat(breachesOf(r.id())).as("a second run the same day raises nothing").hasSize(1);

        var duties = compliance.duties(officer, false, null, org.nigehbaan.common.PageRequest.of(0, 50)).items();
        assertThat(duties.get(0).overdue()).isTrue();
        assertThat(duties.stream().filter(d -> d.registrantId() == r.id()).findFirst().orElseThrow().status())
                .isEqualTo(DutyStatus.BREACHED);
        assertThat(duties.stream().filter(Duty::overdue).count())
                .isEqualTo(duties.stream().takeWhile(Duty::overdue).count());

        // notifying late afterwards meets the duty and raises no second breach
        register.recordNotification(new RegistrantId(r.id()), new NotificationInput("INITIAL", null, null, null, null,
                null), officer);
        assertThat(breachesOf(r.id())).hasSize(1);
        assertThat(dueDay.day()).isEqualTo(today.plusDays(2));
    }

    @Test
    void theDailyJobEndsAPeriodThatRanOutAndWithdrawsTheIdentity() {
        // a caution two years ago: the period's last day is yesterday's anniversary eve
        RegistrantRecord r = registerWith("Period Ends", conviction("PECA 22", today.minusYears(2).plusDays(1),
                "CAUTION", null, null));
        RegistrantId id = new RegistrantId(r.id());
        assertThat(r.status()).isEqualTo(RegistrantStatus.ACTIVE);
        assertThat(r.terms().endsOn()).isEqualTo(today);

        clock.advance(Duration.ofDays(1));
        assertThat(directory.notifiableIdentity(id)).as("gone from screening before the job runs").isEmpty();
        compliance.runDailyCompliance(Actor.SYSTEM);

        assertThat(events.stream(RegistrantIdentityWithdrawn.class).filter(e -> e.registrantId().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo(WithdrawalReason.NOTIFICATION_PERIOD_ENDED));
        assertThat(compliance.duties(officer, true, null, org.nigehbaan.common.PageRequest.of(0, 500)).items().stream()
                .filter(d -> d.registrantId() == r.id()).map(Duty::status)).containsOnly(DutyStatus.CANCELLED);
    }

    @Test
    void reviewingAnIndefinitePeriodCanDischargeIt() {
        RegistrantRecord r = registerWith("Indefinite Review", conviction("PPC 376", today.minusYears(20),
                "IMPRISONMENT", 12, "YEARS"));
        RegistrantId id = new RegistrantId(r.id());
        assertThat(r.terms().indefinite()).isTrue();
        assertThat(r.terms().reviewOn()).isEqualTo(today.minusYears(20).plusYears(15));

        RegistrantSummary kept = register.review(id, "continue", null, "Still assessed as high risk", officer);
        assertThat(kept.reviewOn()).isEqualTo(today.plusYears(8));
        RegistrantSummary asked = register.review(id, "DISCHARGE", null, "No offending for 20 years; panel agreed",
                officer);
        assertThat(asked.status()).as("nothing changes on one officer's word").isEqualTo(RegistrantStatus.ACTIVE);
        assertThat(events.stream(RegistrantIdentityWithdrawn.class).filter(e -> e.registrantId().equals(id))).isEmpty();
        assertThat(directory.notifiableIdentity(id)).isPresent();
        Actor second = users.user("reg.events.2", "NPB", DISTRICT, Role.REGISTER_OFFICER);
        register.approveChange(asked.pendingChange().id(), "Panel minutes seen", second);

        assertThat(events.stream(RegistrantIdentityWithdrawn.class).filter(e -> e.registrantId().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo(WithdrawalReason.DISCHARGED_ON_REVIEW));
        assertThat(directory.notifiableIdentity(id)).isEmpty();
    }

    @Test
    void aNewConvictionMakesAnEndedRegistrantNotifiableAgain() {
        RegistrantRecord r = registerWith("Reoffender", conviction("PPC 377", today.minusYears(8), "CAUTION", null, null));
        RegistrantId id = new RegistrantId(r.id());
        assertThat(r.status()).isEqualTo(RegistrantStatus.ENDED);

        RegistrantSummary s = register.addConviction(id, new ConvictionInput("PPC 377A", "Sessions Court",
                today.minusDays(1).toString(), "IMPRISONMENT", new SentenceInput(18, "MONTHS"), null), officer);

        assertThat(s.status()).isEqualTo(RegistrantStatus.ACTIVE);
        assertThat(s.endsOn()).isEqualTo(today.minusDays(1).plusYears(10).minusDays(1));
        assertThat(s.nextDuty()).isEqualTo(DutyType.INITIAL_NOTIFICATION);
        assertThat(events.stream(RegistrantIdentityPublished.class).filter(e -> e.registrantId().equals(id))).hasSize(1);
    }

    @Test
    void theEventsSurviveTheJsonRoundTripOfTheEventPublicationRegistry() {
        RegistrantRecord r = registerWith("Round Trip", conviction("PPC 376", today.minusMonths(1), "IMPRISONMENT", 5,
                "YEARS"));
        RegistrantId id = new RegistrantId(r.id());
        register.proposeForPcl(id, "basis", "reason", officer);
        List<Object> published = new ArrayList<>();
        events.stream(RegistrantIdentityPublished.class).filter(e -> e.registrantId().equals(id)).forEach(published::add);
        events.stream(RegistrantProposedForPcl.class).filter(e -> e.registrantId().equals(id)).forEach(published::add);
        published.add(new RegistrantIdentityWithdrawn(id, WithdrawalReason.RECORD_REMOVED, java.time.Instant.now()));
        published.add(new ComplianceBreachRaised(id, 7, BreachKind.MISSED, DutyType.INITIAL_NOTIFICATION, today, DISTRICT));
        assertThat(published).hasSize(4);
        for (Object e : published) {
            assertThat(json.readValue(json.writeValueAsString(e), e.getClass())).isEqualTo(e);
        }
    }

    List<Breach> breachesOf(long registrantId) {
        return compliance.breaches(officer, false, org.nigehbaan.common.PageRequest.of(0, 500)).items().stream()
                .filter(b -> b.registrantId() == registrantId).toList();
    }
}
