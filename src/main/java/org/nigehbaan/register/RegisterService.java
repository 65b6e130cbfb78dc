package org.nigehbaan.register;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditRecord;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.identity.Country;
import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.identity.PassportNumber;
import org.nigehbaan.identity.Person;
import org.nigehbaan.identity.Violations;
import org.nigehbaan.register.internal.ChangeRequests;
import org.nigehbaan.register.internal.ComplianceRepository;
import org.nigehbaan.register.internal.ConvictionParser;
import org.nigehbaan.register.internal.ConvictionRow;
import org.nigehbaan.register.internal.DistrictScope;
import org.nigehbaan.register.internal.DutyRow;
import org.nigehbaan.register.internal.Inputs;
import org.nigehbaan.register.internal.RegisterAccess;
import org.nigehbaan.register.internal.RegisterSettings;
import org.nigehbaan.register.internal.Registrant;
import org.nigehbaan.register.internal.RegistrantRepository;
import org.nigehbaan.register.internal.RegistrantRow;
import org.nigehbaan.register.internal.RegistrantViews;
import org.nigehbaan.register.policy.ConvictionFacts;
import org.nigehbaan.register.policy.ConvictionPeriod;
import org.nigehbaan.register.policy.NotificationTerms;
import org.nigehbaan.register.policy.Offence;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register officer's commands: registering offenders, recording their notifications and journeys, and
 * reasoned changes to a record. Every command is audited in its own transaction; every change to who is
 * subject to notification publishes {@link RegistrantIdentityPublished} or {@link RegistrantIdentityWithdrawn}.
 * Officers act only on registrants managed in their districts.
 */
@Service
public class RegisterService {

    static final int MAX_CONVICTIONS = 50;
    static final int MAX_ADDRESSES = 20;
    static final int MAX_BIOMETRIC_REFS = 10;
    /** After a review keeps an indefinite period, the next review falls this many years later. */
    static final int YEARS_TO_NEXT_REVIEW = 8;

    private final RegistrantRepository registrants;
    private final ComplianceRepository compliance;
    private final RegisterSettings settings;
    private final RegisterAccess access;
    private final RegistrantViews views;
    private final ChangeRequests changes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegisterService(RegistrantRepository registrants, ComplianceRepository compliance, RegisterSettings settings,
                    RegisterAccess access, RegistrantViews views, ChangeRequests changes, AuditLog audit,
                    ApplicationEventPublisher events, Clock clock) {
        this.changes = changes;
        this.registrants = registrants;
        this.compliance = compliance;
        this.settings = settings;
        this.access = access;
        this.views = views;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Enters a convicted sex offender on the register. The policy decides the notification period from the
     * convictions; when the person is subject to notification today, the initial notification falls due and
     * the identity is published to screening.
     *
     * @throws org.nigehbaan.identity.InvalidInputException naming every bad field
     * @throws DomainException FORBIDDEN outside the officer's districts, CONFLICT when the CNIC or a passport is
     *                         already on the register
     */
    @Transactional
    public RegistrantRecord register(NewRegistrant in, Actor by) {
        DistrictScope scope = access.officerScope(by);
        if (in == null) {
            throw new org.nigehbaan.identity.InvalidInputException("body", "is required");
        }
        LocalDate today = settings.today();
        Violations v = new Violations();
        Person person = Person.fromInput(in.person(), "person", v);
        String photoRef = Inputs.reference(v, "photoRef", in.photoRef());
        List<String> biometricRefs = new ArrayList<>();
        if (in.biometricRefs() != null) {
            if (in.biometricRefs().size() > MAX_BIOMETRIC_REFS) {
                v.add("biometricRefs", "has more than " + MAX_BIOMETRIC_REFS + " references");
            }
            for (int i = 0; i < in.biometricRefs().size(); i++) {
                String ref = Inputs.reference(v, "biometricRefs[" + i + "]", in.biometricRefs().get(i));
                if (ref != null && !biometricRefs.contains(ref)) {
                    biometricRefs.add(ref);
                }
            }
        }
        List<RegistrantRepository.NewAddress> addresses = new ArrayList<>();
        if (in.addresses() == null || in.addresses().isEmpty()) {
            v.add("addresses", "at least one (the current or last known home) address is required");
        } else if (in.addresses().size() > MAX_ADDRESSES) {
            v.add("addresses", "has more than " + MAX_ADDRESSES + " addresses");
        } else {
            for (int i = 0; i < in.addresses().size(); i++) {
                RegistrantRepository.NewAddress a = address(v, "addresses[" + i + "]", in.addresses().get(i), today);
                if (a != null) {
                    addresses.add(a);
                }
            }
        }
        PartialDate dob = in.person() == null ? null : safePartialDate(in.person().dateOfBirth());
        List<ConvictionParser.Parsed> convictions = new ArrayList<>();
        if (in.convictions() == null || in.convictions().isEmpty()) {
            v.add("convictions", "at least one conviction under a qualifying section is required");
        } else if (in.convictions().size() > MAX_CONVICTIONS) {
            v.add("convictions", "has more than " + MAX_CONVICTIONS + " convictions");
        } else {
            ConvictionParser parser = new ConvictionParser(settings.offences());
            for (int i = 0; i < in.convictions().size(); i++) {
                ConvictionParser.Parsed c = parser.parse(v, "convictions[" + i + "]", in.convictions().get(i), dob,
                        today);
                if (c != null) {
                    convictions.add(c);
                }
            }
        }
        Integer riskLevel = riskLevel(v, "riskLevel", in.riskLevel());
        String riskReason = Inputs.text(v, "riskReason", in.riskReason(), true, 2000);
        String[] station = station(v, "station", in.station());
        LocalDate releasedOn = Inputs.date(v, "releasedOn", in.releasedOn(), false);
        if (releasedOn != null && !convictions.isEmpty()) {
            LocalDate first = convictions.stream().map(c -> c.facts().convictedOn()).min(Comparator.naturalOrder())
                    .orElseThrow();
            if (releasedOn.isBefore(first)) {
                v.add("releasedOn", releasedOn + " is before the first conviction (" + first + ")");
            } else if (releasedOn.isAfter(today.plusYears(100))) {
                v.add("releasedOn", releasedOn + " is more than a hundred years ahead");
            }
        }
        v.throwIfAny();

        if (!scope.allows(station[1])) {
            throw DomainException.forbidden("You may register offenders only in your districts (" + scope.describe()
                    + "); ask an administrator for a grant to work in " + station[1]);
        }
        String[] passports = person.passportNumbers().stream().map(PassportNumber::value).toArray(String[]::new);
        if (!registrants.holdersOf(person.cnic() == null ? null : person.cnic().digits(), passports).isEmpty()) {
            throw DomainException.conflict("A registrant with this CNIC or passport number is already on the register: "
                    + "add the conviction to that record instead (ask the managing district, or NPB)");
        }

        List<ConvictionFacts> facts = convictions.stream().map(ConvictionParser.Parsed::facts).toList();
        LocalDate obligationsStart = obligationsStart(facts, releasedOn);
        NotificationTerms terms = settings.policy().assess(facts, obligationsStart);
        RegistrantStatus status = terms.notifiableOn(today) ? RegistrantStatus.ACTIVE : RegistrantStatus.ENDED;
        Instant now = clock.instant();
        long id = registrants.insert(new RegistrantRepository.NewRow(person, photoRef, biometricRefs, riskLevel,
                riskReason, station[0], station[1], releasedOn, status, now, by.username()), terms, obligationsStart);
        for (int i = 0; i < convictions.size(); i++) {
            ConvictionParser.Parsed c = convictions.get(i);
            registrants.insertConviction(id, row(c), terms.perConviction().get(i), now, by.username());
        }
        for (RegistrantRepository.NewAddress a : addresses) {
            registrants.insertAddress(id, a, now, by.username());
        }
        if (status == RegistrantStatus.ACTIVE) {
            compliance.insertDuty(id, DutyType.INITIAL_NOTIFICATION,
                    settings.clocks().initialNotificationDue(obligationsStart, today), DutyStatus.OPEN, now, null);
            if (terms.reviewOn() != null) {
                compliance.insertDuty(id, DutyType.INDEFINITE_REVIEW, terms.reviewOn(), DutyStatus.OPEN, now, null);
            }
            events.publishEvent(new RegistrantIdentityPublished(new RegistrantId(id), person, terms.endsOn(), now));
        } else {
            registrants.updateStatus(id, RegistrantStatus.ENDED, "the notification period ended on " + terms.endsOn()
                    + ", before registration", now);
        }
        audit.append(AuditRecord.of(by.username(), "register.registrant.registered", "Registrant", id)
                .with("district", station[1]).with("status", status).with("policy", terms.policy())
                .with("offences", facts.stream().map(f -> f.offence().code()).toList())
                .with("indefinite", terms.indefinite()).with("endsOn", terms.endsOn()));
        return views.record(registrants.find(id).orElseThrow());
    }

    /**
     * Adds a conviction to a registrant and reassesses the notification period; a registrant whose period had
     * ended becomes subject to notification again when the new period covers today.
     */
    @Transactional
    public RegistrantSummary addConviction(RegistrantId id, ConvictionInput in, Actor by) {
        RegistrantRow r = access.lockInScope(id, by);
        requireNotRemoved(r);
        LocalDate today = settings.today();
        Violations v = new Violations();
        ConvictionParser.Parsed c = new ConvictionParser(settings.offences()).parse(v, "conviction", in,
                r.person().dateOfBirth(), today);
        v.throwIfAny();
        Instant now = clock.instant();
        List<ConvictionRow> existing = registrants.convictions(r.id());
        List<ConvictionFacts> facts = new ArrayList<>(existing.stream().map(this::facts).toList());
        facts.add(c.facts());
        LocalDate obligationsStart = obligationsStart(facts, r.releasedOn());
        NotificationTerms terms = settings.policy().assess(facts, obligationsStart);
        for (int i = 0; i < existing.size(); i++) {
            registrants.updateConvictionPeriod(existing.get(i).id(), terms.perConviction().get(i));
        }
        registrants.insertConviction(r.id(), row(c), terms.perConviction().get(existing.size()), now, by.username());
        registrants.updateTerms(r.id(), terms, obligationsStart);
        boolean notifiable = terms.notifiableOn(today);
        if (notifiable && !r.active()) {
            registrants.updateStatus(r.id(), RegistrantStatus.ACTIVE, "new conviction " + c.citation(), now);
            compliance.insertDuty(r.id(), DutyType.INITIAL_NOTIFICATION,
                    settings.clocks().initialNotificationDue(obligationsStart, today), DutyStatus.OPEN, now, null);
            events.publishEvent(new RegistrantIdentityPublished(id, r.person(), terms.endsOn(), now));
        } else if (notifiable) {
            // Still notifiable, perhaps for longer: screening should know the new end.
            events.publishEvent(new RegistrantIdentityPublished(id, r.person(), terms.endsOn(), now));
        }
        if (notifiable && terms.reviewOn() != null && compliance.outstanding(r.id(), DutyType.INDEFINITE_REVIEW).isEmpty()) {
            compliance.insertDuty(r.id(), DutyType.INDEFINITE_REVIEW, terms.reviewOn(), DutyStatus.OPEN, now, null);
        }
        audit.append(AuditRecord.of(by.username(), "register.conviction.added", "Registrant", r.id())
                .with("offence", c.facts().offence().code()).with("indefinite", terms.indefinite())
                .with("endsOn", terms.endsOn()));
        return summary(r.id());
    }

    /**
     * Records an INITIAL, CHANGE or PERIODIC notification the registrant made in person. A notification after
     * its due date is recorded and raises a LATE breach. Every notification restarts the re-notification clock
     * (UK s.85: one year after each notification). A change of name or identity details republishes the
     * identity to screening; a change of address closes the old address the day before the change.
     */
    @Transactional
    public RegistrantRecord.Notification recordNotification(RegistrantId id, NotificationInput in, Actor by) {
        RegistrantRow r = access.lockInScope(id, by);
        if (in == null) {
            throw new org.nigehbaan.identity.InvalidInputException("body", "is required");
        }
        LocalDate today = settings.today();
        Violations v = new Violations();
        NotificationType type = null;
        if (in.type() == null || in.type().isBlank()) {
            v.add("type", "is required: INITIAL, CHANGE or PERIODIC");
        } else {
            type = v.parseOptional("type", in.type(), NotificationType::parse);
            if (type == NotificationType.TRAVEL) {
                v.add("type", "travel is notified through /travel, with its itinerary");
                type = null;
            }
        }
        LocalDate receivedOn = in.receivedOn() == null || in.receivedOn().isBlank() ? today
                : Inputs.pastDate(v, "receivedOn", in.receivedOn(), true, today);
        String note = Inputs.text(v, "note", in.note(), false, 2000);
        LocalDate changedOn = null;
        Person newPerson = null;
        RegistrantRepository.NewAddress newAddress = null;
        if (type == NotificationType.CHANGE) {
            changedOn = Inputs.pastDate(v, "changedOn", in.changedOn(), true, today);
            if (changedOn != null && receivedOn != null && changedOn.isAfter(receivedOn)) {
                v.add("changedOn", changedOn + " is after the notification was received (" + receivedOn + ")");
            }
            if (in.person() != null) {
                newPerson = Person.fromInput(in.person(), "person", v);
            }
            if (in.address() != null) {
                newAddress = address(v, "address", in.address(), today);
            }
            if (in.person() == null && in.address() == null) {
                v.add("person", "a change needs the new identity (person) or the new address");
            } else if (newPerson != null && newPerson.equals(r.person()) && in.address() == null) {
                v.add("person", "is the same as on record: nothing changed");
            }
        } else if (type != null && (in.person() != null || in.address() != null || in.changedOn() != null)) {
            v.add("type", type + " carries no changes: use CHANGE for a new name, identity details or address");
        }
        if (receivedOn != null && receivedOn.isBefore(r.startsOn())) {
            v.add("receivedOn", receivedOn + " is before the notification period began (" + r.startsOn() + ")");
        }
        v.throwIfAny();
        requireActive(r);
        Instant now = clock.instant();
        Optional<DutyRow> initial = compliance.outstanding(r.id(), DutyType.INITIAL_NOTIFICATION);
        boolean late;
        String summary;
        long notificationId;
        switch (type) {
            case INITIAL -> {
                DutyRow duty = initial.orElseThrow(() -> DomainException.conflict(
                        "The initial notification of registrant " + id + " is already recorded"));
                late = receivedOn.isAfter(duty.dueOn());
                summary = "initial";
                notificationId = compliance.insertNotification(r.id(), type, receivedOn, null, late,
                        note == null ? summary : summary + "; " + note, now, by.username());
                meet(r, duty, receivedOn, notificationId, now);
            }
            case CHANGE -> {
                requireInitialMade(initial, id);
                LocalDate due = settings.clocks().changeNotificationDue(changedOn);
                late = receivedOn.isAfter(due);
                List<String> changed = new ArrayList<>();
                if (newPerson != null && !newPerson.equals(r.person())) {
                    changed.add(newPerson.fullName().equals(r.person().fullName()) ? "identity" : "name");
                }
                if (newAddress != null) {
                    changed.add("address");
                }
                summary = String.join(", ", changed);
                notificationId = compliance.insertNotification(r.id(), type, receivedOn, changedOn, late,
                        note == null ? summary : summary + "; " + note, now, by.username());
                long dutyId = compliance.insertDuty(r.id(), DutyType.CHANGE_NOTIFICATION, due, DutyStatus.MET, now,
                        notificationId);
                if (late) {
                    breach(r, dutyId, BreachKind.LATE, DutyType.CHANGE_NOTIFICATION, due, today, now,
                            "change of " + summary + " on " + changedOn + " notified on " + receivedOn);
                }
                if (newPerson != null && !newPerson.equals(r.person())) {
                    registrants.updatePerson(r.id(), newPerson);
                    events.publishEvent(new RegistrantIdentityPublished(id, newPerson, r.endsOn(), now));
                }
                if (newAddress != null) {
                    if (newAddress.kind().equals("HOME")) {
                        // one home address at a time; OTHER addresses (places regularly stayed at) accumulate
                        registrants.closeCurrentAddresses(r.id(), "HOME", changedOn.minusDays(1));
                    }
                    registrants.insertAddress(r.id(), new RegistrantRepository.NewAddress(newAddress.kind(),
                            newAddress.line1(), newAddress.line2(), newAddress.city(), newAddress.district(),
                            newAddress.postcode(), changedOn), now, by.username());
                }
            }
            case PERIODIC -> {
                requireInitialMade(initial, id);
                summary = "periodic";
                Optional<DutyRow> periodic = compliance.outstanding(r.id(), DutyType.PERIODIC_NOTIFICATION);
                late = periodic.map(d -> receivedOn.isAfter(d.dueOn())).orElse(false);
                notificationId = compliance.insertNotification(r.id(), type, receivedOn, null, late,
                        note == null ? summary : summary + "; " + note, now, by.username());
            }
            default -> throw new IllegalStateException("unreachable: " + type);
        }
        restartPeriodicClock(r, receivedOn, notificationId, now);
        audit.append(AuditRecord.of(by.username(), "register.notification.recorded", "Registrant", r.id())
                .with("notification", notificationId).with("type", type).with("late", late)
                .with("changed", type == NotificationType.CHANGE ? summary : null));
        return compliance.notifications(r.id()).stream().filter(n -> n.id() == notificationId).findFirst()
                .orElseThrow();
    }

    /**
     * Records a journey abroad the registrant notified. The deadline follows the policy (UK: 7 days ahead, or
     * 12 hours when the journey was not known 7 days ahead); a notification after it is recorded and raises a
     * LATE breach. The notification is what exit screening checks with
     * {@link RegisterDirectory#hasTravelNotificationCovering}.
     */
    @Transactional
    public RegistrantRecord.Travel recordTravel(RegistrantId id, TravelInput in, Actor by) {
        RegistrantRow r = access.lockInScope(id, by);
        if (in == null) {
            throw new org.nigehbaan.identity.InvalidInputException("body", "is required");
        }
        LocalDate today = settings.today();
        LocalDateTime now = settings.localNow();
        Violations v = new Violations();
        LocalDateTime receivedAt = in.receivedAt() == null || in.receivedAt().isBlank() ? now
                : Inputs.dateTime(v, "receivedAt", in.receivedAt());
        if (receivedAt != null && receivedAt.isAfter(now.plusMinutes(5))) {
            v.add("receivedAt", receivedAt + " is in the future");
            receivedAt = null;
        }
        LocalDate departure = Inputs.date(v, "departureDate", in.departureDate(), true);
        LocalTime departureTime = Inputs.time(v, "departureTime", in.departureTime());
        LocalDate returnDate = Inputs.date(v, "returnDate", in.returnDate(), false);
        LocalDate knownSince = Inputs.date(v, "knownSince", in.knownSince(), false);
        if (departure != null) {
            if (receivedAt != null && departure.isBefore(receivedAt.toLocalDate())) {
                v.add("departureDate", departure + " is before the notification (" + receivedAt.toLocalDate()
                        + "): a journey is notified ahead");
            } else if (departure.isAfter(today.plusYears(2))) {
                v.add("departureDate", departure + " is more than two years ahead");
            }
            if (returnDate != null && returnDate.isBefore(departure)) {
                v.add("returnDate", returnDate + " is before the departure (" + departure + ")");
            }
            if (knownSince != null && knownSince.isAfter(departure)) {
                v.add("knownSince", knownSince + " is after the departure (" + departure + ")");
            }
        }
        if (knownSince != null && receivedAt != null && knownSince.isAfter(receivedAt.toLocalDate())) {
            v.add("knownSince", knownSince + " is after the notification: a journey is known before it is notified");
        }
        List<String> destinations = new ArrayList<>();
        if (in.destinations() == null || in.destinations().isEmpty()) {
            v.add("destinations", "at least one destination country (ISO alpha-3, e.g. GBR) is required");
        } else if (in.destinations().size() > 20) {
            v.add("destinations", "has more than 20 countries");
        } else {
            for (int i = 0; i < in.destinations().size(); i++) {
                String raw = in.destinations().get(i);
                if (raw == null || raw.isBlank()) {
                    v.add("destinations[" + i + "]", "is blank");
                    continue;
                }
                Country c = v.parseOptional("destinations[" + i + "]", raw, Country::parse);
                if (c != null && c.equals(Country.PAKISTAN)) {
                    v.add("destinations[" + i + "]", "is Pakistan: only travel abroad is notified");
                } else if (c != null && !destinations.contains(c.code())) {
                    destinations.add(c.code());
                }
            }
        }
        String itinerary = Inputs.text(v, "itinerary", in.itinerary(), true, 2000);
        String carrier = Inputs.text(v, "carrier", in.carrier(), true, 200);
        String firstNight = Inputs.text(v, "firstNightAddress", in.firstNightAddress(), true, 500);
        v.throwIfAny();
        requireActive(r);
        requireInitialMade(compliance.outstanding(r.id(), DutyType.INITIAL_NOTIFICATION), id);

        LocalDateTime deadline = settings.clocks().travelDeadline(departure, departureTime, knownSince,
                settings.policy().travelNotice());
        boolean late = receivedAt.isAfter(deadline);
        Instant instant = clock.instant();
        long notificationId = compliance.insertNotification(r.id(), NotificationType.TRAVEL, receivedAt.toLocalDate(),
                null, late, "travel to " + String.join(", ", destinations), instant, by.username());
        RegistrantRecord.Travel travel = new RegistrantRecord.Travel(0, receivedAt, departure, departureTime,
                returnDate, destinations, itinerary, carrier, firstNight, knownSince, deadline, late);
        long travelId = compliance.insertTravel(r.id(), notificationId, travel);
        long dutyId = compliance.insertDuty(r.id(), DutyType.TRAVEL_NOTIFICATION, deadline.toLocalDate(),
                DutyStatus.MET, instant, notificationId);
        if (late) {
            long hours = Duration.between(receivedAt, departure.atTime(departureTime == null ? LocalTime.MIDNIGHT
                    : departureTime)).toHours();
            breach(r, dutyId, BreachKind.LATE, DutyType.TRAVEL_NOTIFICATION, deadline.toLocalDate(), today, instant,
                    "journey departing " + departure + " notified " + hours + " hours ahead; deadline " + deadline);
        }
        audit.append(AuditRecord.of(by.username(), "register.travel.recorded", "Registrant", r.id())
                .with("travel", travelId).with("departureDate", departure).with("destinations", destinations)
                .with("late", late));
        return new RegistrantRecord.Travel(travelId, receivedAt, departure, departureTime, returnDate, destinations,
                itinerary, carrier, firstNight, knownSince, deadline, late);
    }

    /** Sets the risk level (1-3) with its reason. */
    @Transactional
    public RegistrantSummary changeRiskLevel(RegistrantId id, Integer level, String reason, Actor by) {
        RegistrantRow r = access.lockInScope(id, by);
        Violations v = new Violations();
        Integer l = riskLevel(v, "riskLevel", level);
        String why = Inputs.text(v, "reason", reason, true, 2000);
        v.throwIfAny();
        requireNotRemoved(r);
        registrants.updateRisk(r.id(), l, why);
        audit.append(AuditRecord.of(by.username(), "register.risk.changed", "Registrant", r.id())
                .with("from", r.riskLevel()).with("to", l));
        return summary(r.id());
    }

    /**
     * Hands the registrant to another station, perhaps in another district (the registrant moved): the
     * officer needs the registrant's current district in scope, not the new one.
     */
    @Transactional
    public RegistrantSummary transfer(RegistrantId id, StationInput station, String reason, Actor by) {
        RegistrantRow r = access.lockInScope(id, by);
        Violations v = new Violations();
        String[] s = station(v, "station", station);
        String why = Inputs.text(v, "reason", reason, true, 2000);
        v.throwIfAny();
        requireNotRemoved(r);
        registrants.updateStation(r.id(), s[0], s[1]);
        audit.append(AuditRecord.of(by.username(), "register.registrant.transferred", "Registrant", r.id())
                .with("fromDistrict", r.district()).with("toDistrict", s[1]).with("reason", why));
        return summary(r.id());
    }

    /**
     * Records the review of an indefinite period. CONTINUE keeps it at once (next review {@value #YEARS_TO_NEXT_REVIEW}
     * years on, or {@code nextReviewOn}); DISCHARGE asks for it to end, which takes effect (duties stop, the
     * identity leaves screening) only when a second register officer approves ({@link #approveChange}).
     */
    @Transactional
    public RegistrantSummary review(RegistrantId id, String outcome, String nextReviewOn, String reason, Actor by) {
        RegistrantRow r = access.lockInScope(id, by);
        LocalDate today = settings.today();
        Violations v = new Violations();
        String o = Inputs.text(v, "outcome", outcome, true, 20);
        if (o != null) {
            o = o.toUpperCase(Locale.ROOT);
            if (!o.equals("CONTINUE") && !o.equals("DISCHARGE")) {
                v.add("outcome", "'" + outcome + "' is not an outcome: use CONTINUE or DISCHARGE");
            }
        }
        LocalDate next = Inputs.date(v, "nextReviewOn", nextReviewOn, false);
        if (next != null && !next.isAfter(today)) {
            v.add("nextReviewOn", next + " is not in the future");
        }
        String why = Inputs.text(v, "reason", reason, true, 2000);
        v.throwIfAny();
        Registrant registrant = Registrant.of(r, changes.pending(r.id()));
        Instant now = clock.instant();
        if (o.equals("DISCHARGE")) {
            Registrant.Requested asked = registrant.requestDischarge(why);
            long changeId = changes.insert(r.id(), asked.kind(), asked.reason(), by.username(), now);
            audit.append(AuditRecord.of(by.username(), "register.discharge.requested", "Registrant", r.id())
                    .with("request", changeId).with("reason", why));
            return summary(r.id());
        }
        registrant.requireReviewable();
        compliance.outstanding(r.id(), DutyType.INDEFINITE_REVIEW)
                .ifPresent(d -> compliance.close(d.id(), DutyStatus.MET, now, null));
        LocalDate nextReview = next == null ? today.plusYears(YEARS_TO_NEXT_REVIEW) : next;
        registrants.updateReviewOn(r.id(), nextReview);
        compliance.insertDuty(r.id(), DutyType.INDEFINITE_REVIEW, nextReview, DutyStatus.OPEN, now, null);
        audit.append(AuditRecord.of(by.username(), "register.review.recorded", "Registrant", r.id())
                .with("outcome", o).with("reason", why));
        return summary(r.id());
    }

    /**
     * Asks for a record to be withdrawn (conviction quashed, entered in error, the person died). It takes effect
     * only when a second register officer approves ({@link #approveChange}): then duties stop, the identity leaves
     * screening, and the record, kept and marked REMOVED, is no longer found by searches.
     */
    @Transactional
    public RegistrantSummary remove(RegistrantId id, String reason, Actor by) {
        RegistrantRow r = access.lockInScope(id, by);
        Violations v = new Violations();
        String why = Inputs.text(v, "reason", reason, true, 2000);
        v.throwIfAny();
        Registrant.Requested asked = Registrant.of(r, changes.pending(r.id())).requestRemoval(why);
        long changeId = changes.insert(r.id(), asked.kind(), asked.reason(), by.username(), clock.instant());
        audit.append(AuditRecord.of(by.username(), "register.removal.requested", "Registrant", r.id())
                .with("request", changeId).with("reason", why));
        return summary(r.id());
    }

    /**
     * A second register officer (whose districts cover the registrant, and who did not ask) approves a removal or
     * discharge: it takes effect now.
     */
    @Transactional
    public RegisterChange approveChange(long changeId, String note, Actor by) {
        RegisterChange asked = changes.find(changeId).orElseThrow(() -> DomainException.notFound("Request", changeId));
        RegistrantRow r = access.lockInScope(new RegistrantId(asked.registrantId()), by);
        RegisterChange change = changes.find(changeId).orElseThrow();
        Instant now = clock.instant();
        Registrant.Applied applied = Registrant.of(r, changes.pending(r.id())).approve(change, by.username(), now);
        changes.decide(changeId, RegisterChange.Status.APPROVED, by.username(), now, clean(note));
        if (change.kind() == RegisterChange.Kind.DISCHARGE) {
            compliance.outstanding(r.id(), DutyType.INDEFINITE_REVIEW)
                    .ifPresent(d -> compliance.close(d.id(), DutyStatus.MET, now, null));
        }
        registrants.updateStatus(r.id(), applied.status(), applied.statusReason(), now);
        compliance.cancelOutstanding(r.id(), now);
        audit.append(AuditRecord.of(by.username(), change.kind() == RegisterChange.Kind.REMOVAL
                        ? "register.registrant.removed" : "register.registrant.discharged", "Registrant", r.id())
                .with("request", changeId).with("requestedBy", change.requestedBy()).with("reason", change.reason()));
        applied.withdrawn().ifPresent(events::publishEvent);
        return changes.find(changeId).orElseThrow();
    }

    /** A second register officer refuses a removal or discharge: nothing changes. */
    @Transactional
    public RegisterChange rejectChange(long changeId, String note, Actor by) {
        RegisterChange asked = changes.find(changeId).orElseThrow(() -> DomainException.notFound("Request", changeId));
        RegistrantRow r = access.lockInScope(new RegistrantId(asked.registrantId()), by);
        RegisterChange change = changes.find(changeId).orElseThrow();
        Registrant.of(r, changes.pending(r.id())).reject(change, by.username());
        changes.decide(changeId, RegisterChange.Status.REJECTED, by.username(), clock.instant(), clean(note));
        audit.append(AuditRecord.of(by.username(), "register.change.rejected", "Registrant", r.id())
                .with("request", changeId).with("kind", change.kind()).with("requestedBy", change.requestedBy()));
        return changes.find(changeId).orElseThrow();
    }

    /**
     * The removal or discharge of this registrant waiting for a second register officer, if any. For the record page,
     * which is itself an audited disclosure: the caller has already been checked for the registrant's district.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<RegisterChange> pendingChange(RegistrantId id) {
        return changes.pending(id.value());
    }

    /** Removal and discharge requests in the officer's districts, newest first; the list is audited. */
    @Transactional
    public org.nigehbaan.common.PageResult<RegisterChange> changes(RegisterChange.Status status,
                                                                   org.nigehbaan.common.PageRequest page, Actor by) {
        DistrictScope scope = access.officerScope(by);
        String[] keys = scope.all() ? null : scope.keys();
        List<RegisterChange> items = changes.list(keys, status, page.size(), (int) page.offset());
        long total = changes.count(keys, status);
        audit.append(AuditRecord.of(by.username(), "register.changes.listed", "RegisterChange", null)
                .with("status", status).with("page", page.page()).with("returned", items.size()).with("total", total));
        return new org.nigehbaan.common.PageResult<>(items, page.page(), page.size(), total);
    }

    /**
     * Asks for an active registrant to be placed on the PCL: records the request and publishes
     * {@link RegistrantProposedForPcl}; the control-list module creates the proposal, or refuses it while the
     * SEX_OFFENDER ground is switched off.
     *
     * @return the proposal's number
     */
    @Transactional
    public long proposeForPcl(RegistrantId id, String legalBasis, String reason, Actor by) {
        RegistrantRow r = access.lockInScope(id, by);
        Violations v = new Violations();
        String basis = Inputs.text(v, "legalBasis", legalBasis, true, 500);
        String why = Inputs.text(v, "reason", reason, true, 2000);
        v.throwIfAny();
        if (!r.active()) {
            throw DomainException.conflict("Registrant " + id + " is " + r.status()
                    + ": only a registrant subject to notification can be proposed for the PCL");
        }
        Instant now = clock.instant();
        long proposalId = registrants.insertPclProposal(r.id(), basis, why, by.username(), now);
        events.publishEvent(new RegistrantProposedForPcl(id, proposalId, r.person(), basis, why, by.username(),
                by.agency(), r.endsOn(), now));
        audit.append(AuditRecord.of(by.username(), "register.pcl.proposed", "Registrant", r.id())
                .with("proposal", proposalId));
        return proposalId;
    }

    // --- shared steps

    private void meet(RegistrantRow r, DutyRow duty, LocalDate receivedOn, long notificationId, Instant now) {
        boolean late = receivedOn.isAfter(duty.dueOn());
        compliance.close(duty.id(), DutyStatus.MET, now, notificationId);
        // A duty the daily job already breached has its MISSED breach; one met late before the job ran gets LATE.
        if (late && duty.status() == DutyStatus.OPEN) {
            breach(r, duty.id(), BreachKind.LATE, duty.type(), duty.dueOn(), settings.today(), now,
                    duty.type() + " due " + duty.dueOn() + " notified on " + receivedOn);
        }
    }

    /** Any notification meets or replaces the open re-notification duty and sets the next one. */
    private void restartPeriodicClock(RegistrantRow r, LocalDate receivedOn, long notificationId, Instant now) {
        compliance.outstanding(r.id(), DutyType.PERIODIC_NOTIFICATION).ifPresent(d -> {
            if (d.status() == DutyStatus.BREACHED || !receivedOn.isBefore(d.dueOn())) {
                meet(r, d, receivedOn, notificationId, now);
            } else {
                compliance.close(d.id(), DutyStatus.CANCELLED, now, notificationId);
            }
        });
        LocalDate next = settings.clocks().nextPeriodicDue(receivedOn, java.time.Period.parse(r.renotifyEvery()));
        if (r.indefinite() || !next.isAfter(r.endsOn())) {
            compliance.insertDuty(r.id(), DutyType.PERIODIC_NOTIFICATION, next, DutyStatus.OPEN, now, null);
        }
    }

    private void breach(RegistrantRow r, long dutyId, BreachKind kind, DutyType type, LocalDate dueOn, LocalDate today,
                        Instant now, String detail) {
        compliance.insertBreach(r.id(), dutyId, kind, type, dueOn, today, now, detail).ifPresent(breachId ->
                events.publishEvent(new ComplianceBreachRaised(new RegistrantId(r.id()), breachId, kind, type, dueOn,
                        r.district())));
    }

    private RegistrantSummary summary(long id) {
        RegistrantRow r = registrants.find(id).orElseThrow();
        Optional<DutyRow> next = compliance.duties(id).stream()
                .filter(d -> d.status() == DutyStatus.OPEN || d.status() == DutyStatus.BREACHED)
                .min(Comparator.comparing(DutyRow::dueOn));
        return new RegistrantSummary(id, r.status(), r.riskLevel(), r.district(), r.endsOn(), r.reviewOn(),
                next.map(DutyRow::type).orElse(null), next.map(DutyRow::dueOn).orElse(null),
                changes.pending(id).orElse(null));
    }

    private ConvictionFacts facts(ConvictionRow c) {
        Offence offence = settings.offences().find(c.offence()).orElseGet(() -> new Offence(
                c.offence().substring(0, c.offence().indexOf(' ')), c.offence().substring(c.offence().indexOf(' ') + 1),
                "(no longer in the offence list)", true, 1, "register record"));
        return new ConvictionFacts(offence, c.convictedOn(), c.disposal(),
                c.sentenceLength() == null ? null
                        : new org.nigehbaan.register.policy.SentenceTerm(c.sentenceLength(), c.sentenceUnit()),
                c.ageAtConviction());
    }

    private static ConvictionRow row(ConvictionParser.Parsed c) {
        ConvictionFacts f = c.facts();
        return new ConvictionRow(0, 0, f.offence().code(), c.citation(), c.court(), f.convictedOn(), f.disposal(),
                f.sentence() == null ? null : f.sentence().length(), f.sentence() == null ? null : f.sentence().unit(),
                f.ageAtConviction(), false, null, null, null);
    }

    static LocalDate obligationsStart(List<ConvictionFacts> facts, LocalDate releasedOn) {
        LocalDate latest = facts.stream().map(ConvictionFacts::convictedOn).max(Comparator.naturalOrder()).orElseThrow();
        return releasedOn != null && releasedOn.isAfter(latest) ? releasedOn : latest;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void requireActive(RegistrantRow r) {
        if (!r.active()) {
            throw DomainException.conflict("Registrant " + r.id() + " is " + r.status()
                    + (r.statusReason() == null ? "" : " (" + r.statusReason() + ")") + ": no duties run");
        }
    }

    private static void requireNotRemoved(RegistrantRow r) {
        if (r.status() == RegistrantStatus.REMOVED) {
            throw DomainException.conflict("Registrant " + r.id() + " was removed from the register ("
                    + r.statusReason() + ")");
        }
    }

    private static void requireInitialMade(Optional<DutyRow> initial, RegistrantId id) {
        if (initial.isPresent()) {
            throw DomainException.conflict("Record the initial notification of registrant " + id
                    + " first (due " + initial.get().dueOn() + ")");
        }
    }

    private static Integer riskLevel(Violations v, String field, Integer level) {
        if (level == null) {
            v.add(field, "is required: 1 (low), 2 (medium) or 3 (high)");
            return null;
        }
        if (level < 1 || level > 3) {
            v.add(field, "must be 1, 2 or 3");
            return null;
        }
        return level;
    }

    /** {@code [station, district]}, or nulls when invalid (recorded in {@code v}). */
    private static String[] station(Violations v, String field, StationInput s) {
        if (s == null) {
            v.add(field, "is required: the managing police station and its district");
            return new String[2];
        }
        return new String[] {Inputs.text(v, field + ".name", s.name(), true, 200),
                Inputs.text(v, field + ".district", s.district(), true, 100)};
    }

    static RegistrantRepository.NewAddress address(Violations v, String field, AddressInput a, LocalDate today) {
        if (a == null) {
            v.add(field, "is required");
            return null;
        }
        int before = v.list().size();
        String kind = a.kind() == null || a.kind().isBlank() ? "HOME" : a.kind().strip().toUpperCase(Locale.ROOT);
        if (!kind.equals("HOME") && !kind.equals("OTHER")) {
            v.add(field + ".kind", "'" + a.kind() + "' is not an address kind: use HOME or OTHER");
        }
        String line1 = Inputs.text(v, field + ".line1", a.line1(), true, 200);
        String line2 = Inputs.text(v, field + ".line2", a.line2(), false, 200);
        String city = Inputs.text(v, field + ".city", a.city(), true, 100);
        String district = Inputs.text(v, field + ".district", a.district(), false, 100);
        String postcode = Inputs.text(v, field + ".postcode", a.postcode(), false, 20);
        LocalDate from = Inputs.pastDate(v, field + ".from", a.from(), false, today);
        if (v.list().size() > before) {
            return null;
        }
        return new RegistrantRepository.NewAddress(kind, line1, line2, city, district, postcode, from);
    }

    /** The date of birth for working out ages; a malformed one is reported by Person.fromInput already. */
    private static PartialDate safePartialDate(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
