package org.nigehbaan.cooperation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.cooperation.Assurance;
import org.nigehbaan.cooperation.CaseAction;
import org.nigehbaan.cooperation.CaseStatus;
import org.nigehbaan.cooperation.CaseType;
import org.nigehbaan.cooperation.Conviction;
import org.nigehbaan.cooperation.CooperationPolicy;
import org.nigehbaan.cooperation.Direction;
import org.nigehbaan.cooperation.NationalityStatus;
import org.nigehbaan.cooperation.NationalityVerification;
import org.nigehbaan.cooperation.ReturnCompleted;
import org.nigehbaan.cooperation.SharedField;
import org.nigehbaan.cooperation.TravelDocument;
import org.nigehbaan.identity.FieldViolation;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.identity.Person;

/**
 * A cooperation case: its facts and the guarded steps of its lifecycle. Every step checks the state machine
 * ({@link CaseLifecycle}), the type's own preconditions and the date it is said to have happened on, then
 * moves the clocks. Loaded and saved by {@link CaseRepository}.
 */
public final class CooperationCase {

    Long id;
    String reference;
    CaseType type;
    Direction direction;
    CaseStatus status;
    String requestingAuthority;
    String requestedAuthority;
    String externalReference;
    String summary;
    String offence;
    LocalDate receivedOn;
    LocalDate ackDueOn;
    LocalDate acknowledgedOn;
    LocalDate decideDueOn;
    LocalDate decidedOn;
    LocalDate respondDueOn;
    LocalDate closedOn;
    boolean sharedWithUk;
    Set<SharedField> sharedFields = EnumSet.noneOf(SharedField.class);
    String arrangementReference;
    String arrangementBasis;
    LocalDate arrangementAgreedOn;
    String recordPurpose;
    Boolean removedForIllegalMigration;
    TravelDocument travelDocument;
    NationalityVerification nationality;
    LocalDate returnDate;
    LocalDate noticeGivenOn;
    LocalDate returnedOn;
    Instant createdAt;
    String createdBy;
    Instant updatedAt;
    List<Person> subjects = new ArrayList<>();
    List<Assurance> assurances = new ArrayList<>();
    List<Conviction> convictions;

    CooperationCase() {
    }

    /** A new case, received on {@code receivedOn}, with its first clocks started. */
    public static CooperationCase open(CaseType type, Direction direction, LocalDate receivedOn, CaseClocks clocks,
                                       Instant now, String createdBy) {
        CooperationCase c = new CooperationCase();
        c.type = type;
        c.direction = direction;
        c.status = CaseStatus.RECEIVED;
        c.receivedOn = receivedOn;
        c.ackDueOn = clocks.acknowledgeDue(receivedOn);
        c.decideDueOn = clocks.decideDue(type, receivedOn);
        if (type == CaseType.CRIMINAL_RECORD) {
            c.respondDueOn = clocks.criminalRecordReplyDue(receivedOn);
        }
        if (type == CaseType.RETURN) {
            c.nationality = new NationalityVerification(NationalityStatus.PENDING, null, null, null);
            c.removedForIllegalMigration = Boolean.FALSE;
        }
        c.createdAt = now;
        c.createdBy = createdBy;
        c.updatedAt = now;
        return c;
    }

    // ---- the lifecycle -------------------------------------------------------------------------------------

    public void acknowledge(LocalDate on) {
        move(CaseAction.ACKNOWLEDGE);
        acknowledgedOn = on;
    }

    public void startReview(LocalDate on) {
        move(CaseAction.START_REVIEW);
    }

    /** Accepts for execution; the execute clock starts. An extradition needs its arrangement and assurances first. */
    public void accept(LocalDate on, CaseClocks clocks) {
        CaseLifecycle.next(type, status, CaseAction.ACCEPT);
        if (type == CaseType.EXTRADITION && (arrangementReference == null || assurances.isEmpty())) {
            throw DomainException.unprocessable("No extradition arrangement",
                    "an extradition can be accepted only once its case-specific arrangement (Extradition Act 2003 "
                            + "s.194) and at least one assurance are recorded");
        }
        move(CaseAction.ACCEPT);
        decidedOn = on;
        respondDueOn = clocks.executeDue(on);
    }

    public void refuse(LocalDate on) {
        move(CaseAction.REFUSE);
        if (decideDueOn != null && decidedOn == null) {
            decidedOn = on;
        }
        closedOn = on;
    }

    /**
     * Records the response. A criminal record reply carries the convictions found (an empty list: no trace).
     */
    public void respond(LocalDate on, List<Conviction> convictionsFound) {
        CaseLifecycle.next(type, status, CaseAction.RESPOND);
        if (type == CaseType.CRIMINAL_RECORD) {
            if (convictionsFound == null) {
                throw new InvalidInputException("convictions", "is required for a criminal record reply "
                        + "(send an empty list when there is no trace)");
            }
            convictions = List.copyOf(convictionsFound);
        } else if (convictionsFound != null && !convictionsFound.isEmpty()) {
            throw new InvalidInputException("convictions", "belong only to criminal record replies");
        }
        move(CaseAction.RESPOND);
        closedOn = on;
    }

    /**
     * Schedules (or reschedules) a return. Needs verified nationality, at least the policy's days of notice
     * between {@code noticeOn} and the return date, and a travel document still valid for the policy's months
     * on that date.
     */
    public void schedule(LocalDate on, LocalDate date, LocalDate noticeOn, CooperationPolicy policy) {
        CaseLifecycle.next(type, status, CaseAction.SCHEDULE);
        List<FieldViolation> problems = new ArrayList<>();
        if (nationality == null || nationality.status() != NationalityStatus.VERIFIED) {
            throw DomainException.unprocessable("Nationality not verified",
                    "a return can be scheduled only after the returnee's nationality is verified (NADRA)");
        }
        if (noticeOn.isBefore(receivedOn)) {
            problems.add(new FieldViolation("noticeGivenOn",
                    "cannot be before the case was received (" + receivedOn + ")"));
        }
        LocalDate earliest = noticeOn.plusDays(policy.returnNoticeDays());
        if (date.isBefore(earliest)) {
            problems.add(new FieldViolation("returnDate", "needs at least "
                    + policy.returnNoticeDays() + " days' notice: with notice given on " + noticeOn
                    + " the earliest return date is " + earliest));
        }
        if (travelDocument == null) {
            problems.add(new FieldViolation("travelDocument",
                    "is required before a return is scheduled"));
        } else {
            LocalDate validUntil = date.plusMonths(policy.travelDocumentValidityMonths());
            if (travelDocument.expiresOn().isBefore(validUntil)) {
                problems.add(new FieldViolation("travelDocument.expiresOn",
                        "must be valid at least " + policy.travelDocumentValidityMonths()
                                + " months after the return date, i.e. until " + validUntil + " or later"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        move(CaseAction.SCHEDULE);
        if (decidedOn == null) {
            decidedOn = on;
        }
        returnDate = date;
        noticeGivenOn = noticeOn;
        respondDueOn = date;
    }

    /** The person was returned on {@code on}; gives the event the control-list module acts on. */
    public ReturnCompleted complete(LocalDate on, String completedBy) {
        move(CaseAction.COMPLETE);
        returnedOn = on;
        closedOn = on;
        Person subject = subjects.get(0);
        return new ReturnCompleted(id, reference, subject.toInput(), on, Boolean.TRUE.equals(removedForIllegalMigration),
                requestingAuthority, completedBy, externalReference,
                nationality == null ? null : nationality.reference(), direction);
    }

    public void withdraw(LocalDate on) {
        move(CaseAction.WITHDRAW);
        closedOn = on;
    }

    // ---- facts recorded along the way ----------------------------------------------------------------------

    /** The case-specific extradition arrangement and its assurances, before the decision. */
    public void recordArrangement(String ref, String basis, LocalDate agreedOn, List<Assurance> given) {
        if (type != CaseType.EXTRADITION) {
            throw DomainException.conflict("only extradition cases have an arrangement");
        }
        if (status != CaseStatus.RECEIVED && status != CaseStatus.ACKNOWLEDGED && status != CaseStatus.UNDER_REVIEW) {
            throw DomainException.conflict("the arrangement is recorded before the decision; this case is " + status);
        }
        arrangementReference = ref;
        arrangementBasis = basis;
        arrangementAgreedOn = agreedOn;
        assurances = new ArrayList<>(given);
    }

    public void recordNationality(NationalityVerification verification) {
        if (type != CaseType.RETURN) {
            throw DomainException.conflict("only return cases verify nationality");
        }
        if (status != CaseStatus.RECEIVED && status != CaseStatus.ACKNOWLEDGED && status != CaseStatus.UNDER_REVIEW) {
            throw DomainException.conflict("nationality is verified before the return is scheduled; this case is "
                    + status);
        }
        nationality = verification;
    }

    public void recordTravelDocument(TravelDocument document) {
        if (type != CaseType.RETURN) {
            throw DomainException.conflict("only return cases carry a travel document");
        }
        if (status.isClosed()) {
            throw DomainException.conflict("the case is " + status);
        }
        travelDocument = document;
    }

    public void share(boolean shared, Set<SharedField> fields) {
        sharedWithUk = shared;
        sharedFields = shared ? (fields.isEmpty() ? EnumSet.noneOf(SharedField.class) : EnumSet.copyOf(fields))
                : EnumSet.noneOf(SharedField.class);
    }

    /**
     * The day a step happened: today when not given; never in the future, never before the case was received
     * or before its previous step.
     */
    public LocalDate effectiveDate(LocalDate given, LocalDate today, String field) {
        if (given == null) {
            return today;
        }
        if (given.isAfter(today)) {
            throw new InvalidInputException(field, "cannot be in the future (today is " + today + ")");
        }
        LocalDate last = lastStepOn();
        if (given.isBefore(last)) {
            throw new InvalidInputException(field, "cannot be before " + last + ", the case's previous step");
        }
        return given;
    }

    /** The day of the case's latest dated step (receipt at first). */
    public LocalDate lastStepOn() {
        LocalDate last = receivedOn;
        for (LocalDate d : new LocalDate[] {acknowledgedOn, decidedOn, noticeGivenOn}) {
            if (d != null && d.isAfter(last)) {
                last = d;
            }
        }
        return last;
    }

    /** Stamps the change time; the repository writes it with the rest. */
    public void touch(Instant now) {
        updatedAt = now;
    }

    private void move(CaseAction action) {
        status = CaseLifecycle.next(type, status, action);
    }

    // ---- read access ---------------------------------------------------------------------------------------

    public Long id() { return id; }
    public String reference() { return reference; }
    public CaseType type() { return type; }
    public Direction direction() { return direction; }
    public CaseStatus status() { return status; }
    public String requestingAuthority() { return requestingAuthority; }
    public String requestedAuthority() { return requestedAuthority; }
    public String externalReference() { return externalReference; }
    public String summary() { return summary; }
    public String offence() { return offence; }
    public LocalDate receivedOn() { return receivedOn; }
    public LocalDate ackDueOn() { return ackDueOn; }
    public LocalDate acknowledgedOn() { return acknowledgedOn; }
    public LocalDate decideDueOn() { return decideDueOn; }
    public LocalDate decidedOn() { return decidedOn; }
    public LocalDate respondDueOn() { return respondDueOn; }
    public LocalDate closedOn() { return closedOn; }
    public boolean sharedWithUk() { return sharedWithUk; }
    public Set<SharedField> sharedFields() { return sharedFields.isEmpty() ? Set.of() : Set.copyOf(sharedFields); }
    public String arrangementReference() { return arrangementReference; }
    public String arrangementBasis() { return arrangementBasis; }
    public LocalDate arrangementAgreedOn() { return arrangementAgreedOn; }
    public String recordPurpose() { return recordPurpose; }
    public Boolean removedForIllegalMigration() { return removedForIllegalMigration; }
    public TravelDocument travelDocument() { return travelDocument; }
    public NationalityVerification nationality() { return nationality; }
    public LocalDate returnDate() { return returnDate; }
    public LocalDate noticeGivenOn() { return noticeGivenOn; }
    public LocalDate returnedOn() { return returnedOn; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public List<Person> subjects() { return List.copyOf(subjects); }
    public List<Assurance> assurances() { return List.copyOf(assurances); }
    public List<Conviction> convictions() { return convictions == null ? null : List.copyOf(convictions); }
}
