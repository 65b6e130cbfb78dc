package org.nigehbaan.cooperation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditRecord;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.cooperation.internal.AttachmentInspector;
import org.nigehbaan.cooperation.internal.CaseClocks;
import org.nigehbaan.cooperation.internal.CaseInputs;
import org.nigehbaan.cooperation.internal.CaseRepository;
import org.nigehbaan.cooperation.internal.CaseViews;
import org.nigehbaan.cooperation.internal.CooperationCase;
import org.nigehbaan.cooperation.internal.DeniedAccessLog;
import org.nigehbaan.cooperation.internal.MessageRepository;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.identity.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cooperation casework with the UK: opening cases, moving them through their lifecycle against the clocks,
 * the message thread and partner access (the figures: {@link CooperationFiguresService}).
 *
 * <p>Access: case officers do all case work. The UK liaison (PARTNER_LIAISON) reaches only cases shared with
 * the UK and only their shared fields; for any other case it gets FORBIDDEN before anything is looked up,
 * whether or not the case exists, so ids cannot be probed. Every partner access, granted or refused, is
 * audited. Analysts get figures only.
 */
@Service
public class CooperationService {

    private final CaseRepository cases;
    private final MessageRepository messages;
    private final AuditLog audit;
    private final DeniedAccessLog denied;
    private final ApplicationEventPublisher events;
    private final CooperationPolicy policy;
    private final CaseClocks clocks;
    private final AttachmentInspector inspector;
    private final Clock clock;

    CooperationService(CaseRepository cases, MessageRepository messages, AuditLog audit, DeniedAccessLog denied,
                       ApplicationEventPublisher events, CooperationPolicy policy, Clock clock) {
        this.cases = cases;
        this.messages = messages;
        this.audit = audit;
        this.denied = denied;
        this.events = events;
        this.policy = policy;
        this.clocks = new CaseClocks(policy);
        this.inspector = new AttachmentInspector(policy);
        this.clock = clock;
    }

    public CooperationPolicy policy() {
        return policy;
    }

    /** Today as the clocks count it (the policy's time zone). */
    public LocalDate today() {
        return clocks.today(clock);
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    /**
     * The reader's work list: open cases (unless asked otherwise), breached clocks first, then those due soon,
     * then by due date. The UK liaison sees only cases shared with it.
     */
    @Transactional
    public PageResult<CaseSummary> workList(WorkListQuery q, PageRequest page, Actor actor) {
        boolean partner = requireCaseReader(actor);
        Violations v = new Violations();
        CaseStatus status = CaseInputs.optionalEnum(v, "status", q.status(), CaseStatus.class);
        CaseType type = v.parseOptional("type", q.type(), CaseType::parse);
        Direction direction = v.parseOptional("direction", q.direction(), Direction::parse);
        Attention attention = CaseInputs.optionalEnum(v, "attention", q.attention(), Attention.class);
        String text = CaseInputs.text(v, "q", q.q(), 200, false);
        if (attention == Attention.CLOSED) {
            v.add("attention", "use includeClosed for closed cases");
        }
        v.throwIfAny();
        LocalDate today = today();
        LocalDate soon = today.plusDays(policy.warnDaysBefore() + 1L);
        LocalDate dueFrom = attention == Attention.DUE_SOON ? today : attention == Attention.ON_TRACK ? soon : null;
        LocalDate dueBefore = attention == Attention.BREACHED ? today : attention == Attention.DUE_SOON ? soon : null;
        CaseRepository.WorkFilter filter = new CaseRepository.WorkFilter(status, type, direction, dueBefore, dueFrom,
                text, Boolean.TRUE.equals(q.includeClosed()), partner, side(actor));
        List<CaseSummary> items = cases.workList(filter, page.size(), page.offset()).stream()
                .map(r -> CaseViews.summary(r, partner, today, clocks)).toList();
        long total = cases.countWorkList(filter);
        audit.append(AuditRecord.of(actor.username(), partner ? "cooperation.partner.cases-listed"
                        : "cooperation.cases.listed", "CooperationCase", null)
                .with("ids", items.stream().map(CaseSummary::id).toList()).with("status", status).with("type", type)
                .with("direction", direction).with("attention", attention).with("q", text)
                .with("includeClosed", Boolean.TRUE.equals(q.includeClosed())).with("page", page.page())
                .with("returned", items.size()).with("total", total));
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** One case as the reader may see it; every view is audited (it shows persons' records). */
    @Transactional
    public CaseView view(long id, Actor actor) {
        boolean partner = requireAccess(id, actor, "case");
        CooperationCase c = cases.find(id).orElseThrow(() -> DomainException.notFound("Case", id));
        audit.append(AuditRecord.of(actor.username(), partner ? "cooperation.partner.case-viewed" : "cooperation.case.viewed",
                "CooperationCase", id).with("sharedFields", partner ? sorted(c.sharedFields()) : "ALL"));
        return CaseViews.view(c, cases.timeline(id), partner, today(), clocks);
    }

    /** The thread, oldest first; the other side's messages become DELIVERED to the reader's side. */
    @Transactional
    public List<MessageView> thread(long id, Actor actor) {
        boolean partner = requireAccess(id, actor, "thread");
        requireThreadVisible(id, actor, partner);
        messages.markDelivered(id, side(actor), clock.instant());
        if (partner) {
            audit.append(AuditRecord.of(actor.username(), "cooperation.partner.thread-viewed", "CooperationCase", id));
        }
        return messages.thread(id);
    }

    /**
     * A case page for a person: the case, and its thread when visible, which the reader's side has now read.
     */
    @Transactional
    public CasePage page(long id, Actor actor) {
        CaseView view = view(id, actor);
        boolean partner = isPartner(actor);
        boolean threadVisible = !partner || view.sharedFields().contains(SharedField.THREAD);
        List<MessageView> thread = List.of();
        if (threadVisible) {
            messages.markAllRead(id, side(actor), actor.username(), clock.instant());
            thread = messages.thread(id);
            if (partner) {
                audit.append(AuditRecord.of(actor.username(), "cooperation.partner.thread-viewed", "CooperationCase", id));
            }
        }
        return new CasePage(view, thread, threadVisible);
    }

    /** A case with its thread, for the case page. */
    public record CasePage(CaseView view, List<MessageView> thread, boolean threadVisible) {
    }

    @Transactional
    public AttachmentContent attachment(long caseId, long attachmentId, Actor actor) {
        boolean partner = requireAccess(caseId, actor, "attachment");
        requireThreadVisible(caseId, actor, partner);
        AttachmentContent a = messages.attachment(caseId, attachmentId)
                .orElseThrow(() -> DomainException.notFound("Attachment", attachmentId));
        audit.append(AuditRecord.of(actor.username(), partner ? "cooperation.partner.attachment-downloaded"
                : "cooperation.attachment.downloaded", "CooperationCase", caseId)
                .with("attachmentId", attachmentId).with("sha256", a.attachment().sha256()));
        return a;
    }

    // ---- case work -------------------------------------------------------------------------------------------

    /**
     * A referral from another unit: a child-protection officer (who does not work cooperation cases) opens an
     * OUTGOING mutual legal assistance case about a suspect in the UK, for the case officers to take on. Case
     * officers may use it too. Returns the new case's reference; the referring officer cannot open the case
     * afterwards unless they are also a case officer.
     */
    @Transactional
    public String openReferral(NewCase in, Actor actor) {
        if (!actor.hasAny(Role.CASE_OFFICER, Role.CHILD_PROTECTION_OFFICER)) {
            throw DomainException.forbidden("only case officers and child-protection officers refer cases to the UK");
        }
        if (in == null || !"MUTUAL_LEGAL_ASSISTANCE".equals(in.type()) || !"OUTGOING".equals(in.direction())) {
            throw new InvalidInputException("type", "a referral is an OUTGOING MUTUAL_LEGAL_ASSISTANCE case");
        }
        CooperationCase c = create(in, actor);
        audit.append(AuditRecord.of(actor.username(), "cooperation.case.referred", "CooperationCase", c.id())
                .with("reference", c.reference()).with("type", c.type()).with("direction", c.direction())
                .with("subjects", c.subjects().size()));
        return c.reference();
    }

    private CooperationCase create(NewCase in, Actor actor) {
        Instant now = clock.instant();
        CooperationCase c = cases.insert(CaseInputs.newCase(in, today(), clocks, now, actor.username()));
        cases.addEvent(c.id(), now, c.receivedOn(), actor.username(), Side.PAKISTAN, "CREATED", null, c.status(), null);
        return c;
    }

    @Transactional
    public CaseView open(NewCase in, Actor actor) {
        requireOfficer(actor);
        CooperationCase c = create(in, actor);
        audit.append(AuditRecord.of(actor.username(), "cooperation.case.created", "CooperationCase", c.id())
                .with("reference", c.reference()).with("type", c.type()).with("direction", c.direction())
                .with("subjects", c.subjects().size()).with("sharedWithUk", c.sharedWithUk())
                .with("sharedFields", sorted(c.sharedFields())));
        return CaseViews.view(c, cases.timeline(c.id()), false, today(), clocks);
    }

    /**
     * A step without facts of its own: ACKNOWLEDGE, START_REVIEW, ACCEPT, REFUSE, WITHDRAW (the last two with a
     * reason).
     */
    @Transactional
    public CaseView step(long id, CaseAction action, CaseCommands.Step in, Actor actor) {
        requireOfficer(actor);
        if (action == CaseAction.RESPOND || action == CaseAction.SCHEDULE || action == CaseAction.COMPLETE) {
            throw new IllegalArgumentException(action + " has its own command");
        }
        CooperationCase c = lock(id);
        CaseCommands.Step body = in == null ? new CaseCommands.Step(null, null, null) : in;
        Violations v = new Violations();
        String note = CaseInputs.text(v, "note", body.note(), 2000, false);
        String reason = CaseInputs.text(v, "reason", body.reason(), 2000,
                action == CaseAction.REFUSE || action == CaseAction.WITHDRAW);
        LocalDate given = CaseInputs.date(v, "on", body.on());
        v.throwIfAny();
        LocalDate on = c.effectiveDate(given, today(), "on");
        CaseStatus from = c.status();
        switch (action) {
            case ACKNOWLEDGE -> c.acknowledge(on);
            case START_REVIEW -> c.startReview(on);
            case ACCEPT -> c.accept(on, clocks);
            case REFUSE -> c.refuse(on);
            case WITHDRAW -> c.withdraw(on);
            default -> throw new IllegalStateException(action.name());
        }
        return save(c, actor, action.name(), from, on, reason != null ? reason : note,
                AuditRecord.of(actor.username(), "cooperation.case." + verb(action), "CooperationCase", id)
                        .with("from", from).with("to", c.status()).with("on", on));
    }

    /** The response; a criminal record reply carries the convictions found (an empty list: no trace). */
    @Transactional
    public CaseView respond(long id, CaseCommands.Respond in, Actor actor) {
        requireOfficer(actor);
        CooperationCase c = lock(id);
        CaseCommands.Respond body = in == null ? new CaseCommands.Respond(null, null, null) : in;
        Violations v = new Violations();
        String note = CaseInputs.text(v, "note", body.note(), 2000, false);
        LocalDate given = CaseInputs.date(v, "on", body.on());
        List<Conviction> found = CaseInputs.convictions(v, body.convictions());
        v.throwIfAny();
        LocalDate on = c.effectiveDate(given, today(), "on");
        CaseStatus from = c.status();
        c.respond(on, found);
        AuditRecord r = AuditRecord.of(actor.username(), "cooperation.case.responded", "CooperationCase", id)
                .with("from", from).with("on", on);
        if (found != null) {
            r = r.with("convictions", found.size());
        }
        return save(c, actor, CaseAction.RESPOND.name(), from, on, note, r);
    }

    /** An extradition's case-specific arrangement (Extradition Act 2003 s.194) and its assurances. */
    @Transactional
    public CaseView recordArrangement(long id, CaseCommands.Arrangement in, Actor actor) {
        requireOfficer(actor);
        CooperationCase c = lock(id);
        CaseCommands.Arrangement body = in == null ? new CaseCommands.Arrangement(null, null, null, null) : in;
        Violations v = new Violations();
        String ref = CaseInputs.text(v, "reference", body.reference(), 100, true);
        String basis = CaseInputs.text(v, "basis", body.basis(), 300, false);
        LocalDate agreedOn = CaseInputs.date(v, "agreedOn", body.agreedOn());
        if (agreedOn == null && (body.agreedOn() == null || body.agreedOn().isBlank())) {
            v.add("agreedOn", "is required");
        } else if (agreedOn != null && agreedOn.isAfter(today())) {
            v.add("agreedOn", "cannot be in the future");
        }
        List<Assurance> assurances = CaseInputs.assurances(v, body.assurances());
        v.throwIfAny();
        CaseStatus from = c.status();
        c.recordArrangement(ref, basis == null ? CaseInputs.DEFAULT_ARRANGEMENT_BASIS : basis, agreedOn, assurances);
        return save(c, actor, "ARRANGEMENT_RECORDED", from, today(), null,
                AuditRecord.of(actor.username(), "cooperation.case.arrangement-recorded", "CooperationCase", id)
                        .with("arrangementReference", ref).with("assurances",
                                assurances.stream().map(a -> a.kind().name()).toList()));
    }

    /** The outcome of a returnee's nationality verification (NADRA by default). */
    @Transactional
    public CaseView recordNationality(long id, CaseCommands.NationalityCheck in, Actor actor) {
        requireOfficer(actor);
        CooperationCase c = lock(id);
        CaseCommands.NationalityCheck body = in == null ? new CaseCommands.NationalityCheck(null, null, null, null) : in;
        Violations v = new Violations();
        NationalityStatus outcome = CaseInputs.required(v, "outcome", body.outcome(), NationalityStatus::parse);
        if (outcome == NationalityStatus.PENDING) {
            v.add("outcome", "use VERIFIED or NOT_VERIFIED");
        }
        String ref = CaseInputs.text(v, "reference", body.reference(), 100, true);
        String by = CaseInputs.text(v, "verifiedBy", body.verifiedBy(), 100, false);
        LocalDate given = CaseInputs.date(v, "on", body.on());
        v.throwIfAny();
        LocalDate on = c.effectiveDate(given, today(), "on");
        CaseStatus from = c.status();
        c.recordNationality(new NationalityVerification(outcome, ref, by == null ? CaseInputs.NADRA : by, on));
        return save(c, actor, "NATIONALITY_" + outcome.name(), from, on, null,
                AuditRecord.of(actor.username(), "cooperation.case.nationality-recorded", "CooperationCase", id)
                        .with("outcome", outcome).with("reference", ref));
    }

    /**
     * Schedules (or reschedules) a return: verified nationality, the policy's notice and a travel document
     * valid long enough are required.
     */
    @Transactional
    public CaseView schedule(long id, CaseCommands.Schedule in, Actor actor) {
        requireOfficer(actor);
        CooperationCase c = lock(id);
        CaseCommands.Schedule body = in == null ? new CaseCommands.Schedule(null, null, null, null, null) : in;
        Violations v = new Violations();
        LocalDate today = today();
        LocalDate returnDate = CaseInputs.date(v, "returnDate", body.returnDate());
        if (returnDate == null && (body.returnDate() == null || body.returnDate().isBlank())) {
            v.add("returnDate", "is required");
        }
        LocalDate notice = CaseInputs.date(v, "noticeGivenOn", body.noticeGivenOn());
        if (notice != null && notice.isAfter(today)) {
            v.add("noticeGivenOn", "cannot be in the future (today is " + today + ")");
        }
        TravelDocument document = body.travelDocument() == null ? null
                : CaseInputs.travelDocument(v, "travelDocument", body.travelDocument());
        String note = CaseInputs.text(v, "note", body.note(), 2000, false);
        LocalDate given = CaseInputs.date(v, "on", body.on());
        v.throwIfAny();
        if (c.type() != CaseType.RETURN) {
            throw DomainException.conflict("only return cases are scheduled");
        }
        // Without a date of its own the decision counts from the notice (or the latest step, if that came later).
        LocalDate on = given != null ? c.effectiveDate(given, today, "on")
                : notice != null ? (notice.isBefore(c.lastStepOn()) ? c.lastStepOn() : notice) : today;
        if (document != null) {
            c.recordTravelDocument(document);
        }
        CaseStatus from = c.status();
        c.schedule(on, returnDate, notice == null ? today : notice, policy);
        return save(c, actor, CaseAction.SCHEDULE.name(), from, on, note,
                AuditRecord.of(actor.username(), "cooperation.case.scheduled", "CooperationCase", id)
                        .with("from", from).with("returnDate", returnDate).with("noticeGivenOn", c.noticeGivenOn()));
    }

    /**
     * Completes a return. Publishes {@link ReturnCompleted} in this transaction, so the control-list proposal
     * is made if and only if the completion commits.
     */
    @Transactional
    public CaseView complete(long id, CaseCommands.Complete in, Actor actor) {
        requireOfficer(actor);
        CooperationCase c = lock(id);
        CaseCommands.Complete body = in == null ? new CaseCommands.Complete(null, null) : in;
        Violations v = new Violations();
        LocalDate given = CaseInputs.date(v, "returnedOn", body.returnedOn());
        String note = CaseInputs.text(v, "note", body.note(), 2000, false);
        v.throwIfAny();
        LocalDate on = c.effectiveDate(given, today(), "returnedOn");
        CaseStatus from = c.status();
        ReturnCompleted event = c.complete(on, actor.username());
        CaseView view = save(c, actor, CaseAction.COMPLETE.name(), from, on, note,
                AuditRecord.of(actor.username(), "cooperation.case.completed", "CooperationCase", id)
                        .with("returnedOn", on).with("removedForIllegalMigration", event.removedForIllegalMigration()));
        events.publishEvent(event);
        return view;
    }

    /** Shares the case with the UK (which field groups), or stops sharing it. */
    @Transactional
    public CaseView share(long id, CaseCommands.Sharing in, Actor actor) {
        requireOfficer(actor);
        CooperationCase c = lock(id);
        Violations v = new Violations();
        if (in == null || in.sharedWithUk() == null) {
            v.add("sharedWithUk", "is required");
            v.throwIfAny();
        }
        Set<SharedField> fields = CaseInputs.sharedFields(v, in.sharedWithUk(), in.sharedFields());
        v.throwIfAny();
        CaseStatus from = c.status();
        c.share(in.sharedWithUk(), fields);
        return save(c, actor, "SHARING_CHANGED", from, today(), null,
                AuditRecord.of(actor.username(), "cooperation.case.sharing-changed", "CooperationCase", id)
                        .with("sharedWithUk", c.sharedWithUk()).with("sharedFields", sorted(c.sharedFields())));
    }

    // ---- the thread ------------------------------------------------------------------------------------------

    /**
     * Posts a message, with attachments, to the case's thread. Every file is inspected before anything is
     * stored; one refused file refuses the message.
     */
    @Transactional
    public MessageView post(long id, CaseCommands.NewMessage msg, List<CaseCommands.IncomingFile> files, Actor actor) {
        boolean partner = requireAccess(id, actor, "post");
        requireThreadVisible(id, actor, partner);
        List<CaseCommands.IncomingFile> uploads = files == null ? List.of() : files;
        Violations v = new Violations();
        String body = CaseInputs.text(v, "body", msg == null ? null : msg.body(), CaseInputs.MAX_MESSAGE, uploads.isEmpty());
        if (uploads.size() > policy.attachmentsPerMessage()) {
            v.add("attachments", "at most " + policy.attachmentsPerMessage() + " files per message");
        }
        v.throwIfAny();
        List<AttachmentInspector.Inspected> inspected = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            try {
                inspected.add(inspector.inspect("attachments[" + i + "]", uploads.get(i).fileName(), uploads.get(i).content()));
            } catch (InvalidInputException e) {
                v.addAll("", e.violations());
            }
        }
        v.throwIfAny();
        Instant now = clock.instant();
        Side side = side(actor);
        long messageId = messages.insertMessage(id, side, actor.username(), actor.displayName() + " (" + actor.agency() + ")",
                body == null ? "" : body, now);
        List<AuditRecord> records = new ArrayList<>();
        records.add(AuditRecord.of(actor.username(), partner ? "cooperation.partner.message-posted"
                : "cooperation.message.posted", "CooperationCase", id)
                .with("messageId", messageId).with("side", side).with("attachments", inspected.size()));
        for (int i = 0; i < inspected.size(); i++) {
            AttachmentInspector.Inspected f = inspected.get(i);
            long attachmentId = messages.insertAttachment(messageId, id, f, uploads.get(i).content(), now);
            records.add(AuditRecord.of(actor.username(), "cooperation.attachment.stored", "CooperationCase", id)
                    .with("messageId", messageId).with("attachmentId", attachmentId).with("type", f.type())
                    .with("sizeBytes", f.sizeBytes()).with("sha256", f.sha256()));
        }
        audit.appendAll(records);
        return messages.thread(id).stream().filter(m -> m.id() == messageId).findFirst().orElseThrow();
    }

    /** The reader's side has read a message from the other side. */
    @Transactional
    public MessageView markRead(long id, long messageId, Actor actor) {
        boolean partner = requireAccess(id, actor, "read-receipt");
        requireThreadVisible(id, actor, partner);
        Side writer = messages.messageSide(id, messageId)
                .orElseThrow(() -> DomainException.notFound("Message", messageId));
        if (writer == side(actor)) {
            throw DomainException.conflict("a side cannot mark its own message read");
        }
        messages.markRead(messageId, actor.username(), clock.instant());
        audit.append(AuditRecord.of(actor.username(), partner ? "cooperation.partner.message-read"
                : "cooperation.message.read", "CooperationCase", id).with("messageId", messageId));
        return messages.thread(id).stream().filter(m -> m.id() == messageId).findFirst().orElseThrow();
    }

    // ---- access ----------------------------------------------------------------------------------------------

    /** The UK liaison, acting for the UK side; an officer holding both roles acts as an officer. */
    public static boolean isPartner(Actor actor) {
        return actor.has(Role.PARTNER_LIAISON) && !actor.has(Role.CASE_OFFICER);
    }

    private static Side side(Actor actor) {
        return isPartner(actor) ? Side.UK : Side.PAKISTAN;
    }

    private static void requireOfficer(Actor actor) {
        if (!actor.has(Role.CASE_OFFICER)) {
            throw DomainException.forbidden("only case officers work cases");
        }
    }

    /** @return true when the reader is the UK liaison */
    private static boolean requireCaseReader(Actor actor) {
        if (!actor.hasAny(Role.CASE_OFFICER, Role.PARTNER_LIAISON)) {
            throw DomainException.forbidden("only case officers and the UK liaison see cases");
        }
        return isPartner(actor);
    }

    /**
     * Checks access to one case. For the UK liaison, sharing is checked before existence and both give the
     * same refusal, which is audited.
     *
     * @return true when the reader is the UK liaison
     */
    private boolean requireAccess(long id, Actor actor, String what) {
        boolean partner = requireCaseReader(actor);
        if (partner) {
            if (!cases.sharedWithUk(id).orElse(false)) {
                denied.denied(actor, id, what);
                throw DomainException.forbidden("case " + id + " is not shared with the UK");
            }
        } else if (cases.sharedWithUk(id).isEmpty()) {
            throw DomainException.notFound("Case", id);
        }
        return partner;
    }

    private void requireThreadVisible(long id, Actor actor, boolean partner) {
        if (partner && !cases.find(id).map(c -> c.sharedFields().contains(SharedField.THREAD)).orElse(false)) {
            denied.denied(actor, id, "thread");
            throw DomainException.forbidden("the thread of case " + id + " is not shared with the UK");
        }
    }

    private CooperationCase lock(long id) {
        return cases.lock(id).orElseThrow(() -> DomainException.notFound("Case", id));
    }

    private CaseView save(CooperationCase c, Actor actor, String action, CaseStatus from, LocalDate on, String note,
                          AuditRecord record) {
        Instant now = clock.instant();
        c.touch(now);
        cases.update(c);
        cases.addEvent(c.id(), now, on, actor.username(), Side.PAKISTAN, action, from, c.status(), note);
        audit.append(record.with("reference", c.reference()));
        return CaseViews.view(c, cases.timeline(c.id()), false, today(), clocks);
    }

    private static String verb(CaseAction a) {
        return switch (a) {
            case ACKNOWLEDGE -> "acknowledged";
            case START_REVIEW -> "review-started";
            case ACCEPT -> "accepted";
            case REFUSE -> "refused";
            case RESPOND -> "responded";
            case SCHEDULE -> "scheduled";
            case COMPLETE -> "completed";
            case WITHDRAW -> "withdrawn";
        };
    }

    private static List<String> sorted(Set<SharedField> fields) {
        return fields.stream().sorted().map(Enum::name).toList();
    }
}
