package org.nigehbaan.childprotection;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditRecord;
import org.nigehbaan.childprotection.internal.BulkReader;
import org.nigehbaan.childprotection.internal.Bundler;
import org.nigehbaan.childprotection.internal.ChildReport;
import org.nigehbaan.childprotection.internal.ChildReportProperties;
import org.nigehbaan.childprotection.internal.FiguresRepository;
import org.nigehbaan.childprotection.internal.GradingPolicy;
import org.nigehbaan.childprotection.internal.LinkKeys;
import org.nigehbaan.childprotection.internal.MediaGuard;
import org.nigehbaan.childprotection.internal.ParsedReport;
import org.nigehbaan.childprotection.internal.ReferenceGenerator;
import org.nigehbaan.childprotection.internal.RegistrantMatcher;
import org.nigehbaan.childprotection.internal.ReportParser;
import org.nigehbaan.childprotection.internal.ReportRepository;
import org.nigehbaan.childprotection.internal.StageTimes;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.cooperation.CooperationService;
import org.nigehbaan.cooperation.NewCase;
import org.nigehbaan.identity.FieldViolation;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.identity.PersonInput;
import org.nigehbaan.identity.Violations;
import org.nigehbaan.matching.Match;
import org.nigehbaan.matching.Reason;
import org.nigehbaan.register.RegisterAlerts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reports of children's online harassment: intake (public form, platforms, helpline officers, bulk backlogs),
 * the work queue by deadline, triage, actions, the deadline watch, the register alerts and the figures.
 *
 * <p>Access: platforms (PLATFORM_REPORTER) submit and read back the status of their own reports only;
 * child-protection officers take helpline reports and work every report, each view audited; analysts get
 * figures only. The public form needs no account. A report is stored in one short transaction; the bundler links
 * it to other reports once that has committed.
 */
@Service
public class ChildReportService {

    private static final Logger log = LoggerFactory.getLogger(ChildReportService.class);

    private final ReportRepository reports;
    private final ReportParser parser;
    private final GradingPolicy policy;
    private final ChildReportProperties properties;
    private final Bundler bundler;
    private final RegistrantMatcher registrants;
    private final RegisterAlerts registerAlerts;
    private final CooperationService cooperation;
    private final FiguresRepository figures;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final TransactionTemplate tx;
    private final Clock clock;

    ChildReportService(ReportRepository reports, ReportParser parser, GradingPolicy policy,
                       ChildReportProperties properties, Bundler bundler, RegistrantMatcher registrants,
                       RegisterAlerts registerAlerts, CooperationService cooperation, FiguresRepository figures,
                       AuditLog audit, ApplicationEventPublisher events, ObjectMapper json,
                       PlatformTransactionManager transactions, Clock clock) {
        this.reports = reports;
        this.parser = parser;
        this.policy = policy;
        this.properties = properties;
        this.bundler = bundler;
        this.registrants = registrants;
        this.registerAlerts = registerAlerts;
        this.cooperation = cooperation;
        this.figures = figures;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public List<TriageQuestion> questionnaire() {
        return policy.questions();
    }

    // ---- intake ------------------------------------------------------------------------------------------------

    /** A report from the public form: no account, no source id. */
    public Submitted submitPublic(NewChildReport in) {
        NewChildReport clean = in == null ? null : new NewChildReport(null, in.incidentType(), in.incidentAt(),
                in.platform(), in.victimAgeBand(), in.urgent(), in.description(), in.suspects(), in.urls(), in.files(),
                in.reporterContact());
        return intake(List.of(parser.parse(clean, false)), IntakeChannel.PUBLIC_FORM, null, "public").get(0);
    }

    /**
     * A report through the API: from a platform's service account (PLATFORM_REPORTER) or an officer taking a
     * helpline call (CHILD_PROTECTION_OFFICER). The same {@code sourceReportId} from the same reporter again gives
     * the first report back, unchanged ({@code created} false).
     */
    public Submitted submit(NewChildReport in, Actor actor) {
        IntakeChannel channel = channelOf(actor);
        return intake(List.of(parser.parse(in, false)), channel, actor.username(), actor.username()).get(0);
    }

    /** As {@link #submit}, from a JSON body: refused when any of its strings carries media. */
    public Submitted submit(JsonNode body, Actor actor) {
        channelOf(actor);
        return submit(read(body, null), actor);
    }

    /**
     * A backlog in JSON Lines (one report a line, each with its {@code sourceReportId}), stored in one transaction:
     * either every valid line is stored, or (media found, a failure) nothing is. Invalid lines are reported and
     * skipped; lines whose {@code sourceReportId} the reporter already sent change nothing. Streams the input,
     * parsing a chunk ahead on another thread while this one inserts, so memory does not grow with the file. Answers
     * once the reports are stored: the bundler links them right after, on its own thread.
     */
    public BulkResult bulk(InputStream body, Actor actor) {
        channelOf(actor);
        long started = System.nanoTime();
        StageTimes times = new StageTimes();
        Bulk b = tx.execute(s -> readBulk(body, actor, times));
        times.lap("commit");
        bundler.wake();
        long took = (System.nanoTime() - started) / 1_000_000;
        log.info("bulk intake: {} lines, {} created, {} duplicates, {} rejected in {} ms (linking follows); {}",
                b.lines, b.ids.size(), b.duplicates, b.rejectedCount, took, times);
        return new BulkResult(b.lines, b.ids.size(), b.duplicates, b.rejected, b.rejectedCount, took);
    }

    private record Bulk(long lines, List<Long> ids, long duplicates, List<BulkResult.Rejected> rejected,
                        long rejectedCount) {
    }

    private Bulk readBulk(InputStream body, Actor actor, StageTimes times) {
        String reporter = actor.username();
        List<Long> ids = new ArrayList<>();
        List<BulkResult.Rejected> rejected = new ArrayList<>();
        long rejectedCount = 0;
        long duplicates = 0;
        Set<String> seen = new HashSet<>();
        List<ParsedReport> batch = new ArrayList<>(BulkReader.CHUNK);
        Pending pending = new Pending();
        long lines;
        try (BulkReader reader = BulkReader.start(body, properties.bulkMaxLines(), this::parseLine)) {
            List<BulkReader.Line> chunk;
            while (true) {
                chunk = reader.next();
                times.lap("waiting for the parser");
                if (chunk == null) {
                    break;
                }
                for (BulkReader.Line line : chunk) {
                    if (line instanceof BulkReader.Rejected x) {
                        rejectedCount++;
                        if (rejected.size() < BulkResult.MAX_LISTED) {
                            rejected.add(new BulkResult.Rejected(x.line(), x.errors()));
                        }
                    } else if (line instanceof BulkReader.Parsed p) {
                        if (!seen.add(p.report().sourceReportId())) {
                            duplicates++;
                        } else {
                            batch.add(p.report());
                        }
                    }
                    if (batch.size() == BulkReader.CHUNK) {
                        duplicates += store(batch, IntakeChannel.BULK, reporter, pending, ids, null, times);
                        batch.clear();
                    }
                }
            }
            lines = reader.lines();
            reader.close();
            times.addAll(reader.parseTimes());
        }
        duplicates += store(batch, IntakeChannel.BULK, reporter, pending, ids, null, times);
        pending.flush(actor.username(), ids.size(), rejectedCount, duplicates);
        times.lap("audit");
        return new Bulk(lines, ids, duplicates, rejected, rejectedCount);
    }

    /** One bulk line: a report, or its errors; media anywhere in it fails the whole intake (415). */
    private BulkReader.Line parseLine(String line, long lineNo, StageTimes times) {
        try {
            JsonNode node = json.readTree(line);
            times.lap("parse: json tree");
            NewChildReport in = read(node, "line " + lineNo);
            times.lap("parse: media check + json bind");
            Violations v = new Violations();
            ParsedReport p = parser.parse(in, true, v);
            times.lap("parse: validate");
            return p != null ? new BulkReader.Parsed(lineNo, p) : new BulkReader.Rejected(lineNo, v.list());
        } catch (InvalidInputException e) {
            return new BulkReader.Rejected(lineNo, e.violations());
        } catch (JacksonException e) {
            return new BulkReader.Rejected(lineNo, List.of(new FieldViolation("line", "is not a JSON object")));
        }
    }

    private List<Submitted> intake(List<ParsedReport> parsed, IntakeChannel channel, String reporter, String actor) {
        List<Long> ids = new ArrayList<>();
        List<Submitted> out = tx.execute(s -> {
            Pending pending = new Pending();
            List<Submitted> result = new ArrayList<>();
            ParsedReport p = parsed.get(0);
            if (p.sourceReportId() != null) {
                var existing = reports.findBySource(reporter, p.sourceReportId());
                if (existing.isPresent()) {
                    ChildReport r = existing.get();
                    return List.of(new Submitted(r.reference(), r.grade(), r.dueBy(), false));
                }
            }
            List<ChildReport> created = new ArrayList<>();
            store(parsed, channel, reporter, pending, ids, created, new StageTimes());
            if (created.isEmpty()) { // stored by a concurrent request with the same source id
                ChildReport r = reports.findBySource(reporter, p.sourceReportId()).orElseThrow();
                return List.of(new Submitted(r.reference(), r.grade(), r.dueBy(), false));
            }
            pending.flush(actor, 0, 0, 0);
            for (ChildReport r : created) {
                result.add(new Submitted(r.reference(), r.grade(), r.dueBy(), true));
            }
            return result;
        });
        bundler.link(ids);
        return out;
    }


    /**
     * Grades, matches the suspects, inserts; returns how many were already stored (the same source id). Audit
     * rows and register alerts wait in {@code pending} until the end of the transaction, so the audit chain's
     * lock is held only for the last moment of a long bulk intake.
     */
    private long store(List<ParsedReport> batch, IntakeChannel channel, String reporter, Pending pending,
                       List<Long> ids, List<ChildReport> created, StageTimes times) {
        if (batch.isEmpty()) {
            return 0;
        }
        times.lap("(batch)");
        Map<String, String> known = reporter == null ? Map.of() : reports.referencesBySource(reporter,
                batch.stream().map(ParsedReport::sourceReportId).filter(x -> x != null).toList());
        times.lap("store: known source ids");
        Instant now = clock.instant();
        List<ReportRepository.NewRow> rows = new ArrayList<>();
        Map<String, List<Match>[]> matchesByRef = new LinkedHashMap<>();
        for (ParsedReport p : batch) {
            if (p.sourceReportId() != null && known.containsKey(p.sourceReportId())) {
                continue;
            }
            Grade grade = policy.intakeGrade(p.incidentType(), p.victimAgeBand(), p.imminentDanger(), p.sextortion(),
                    p.liveAbuse(), p.grooming());
            @SuppressWarnings("unchecked")
            List<Match>[] matches = new List[p.suspects().size()];
            boolean any = false;
            for (int i = 0; i < matches.length; i++) {
                matches[i] = registrants.match(p.suspects().get(i), properties.registerMatchScore());
                any |= !matches[i].isEmpty();
            }
            if (any) {
                grade = grade.max(policy.registerMatchGrade());
            }
            ChildReport r = ChildReport.receive(ReferenceGenerator.next(), channel, reporter, p.sourceReportId(), grade,
                    policy, now);
            rows.add(new ReportRepository.NewRow(r, p));
            if (any) {
                matchesByRef.put(r.reference(), matches);
            }
        }
        times.lap("store: grade + register match");
        List<ReportRepository.NewRow> inserted = reports.insertAll(rows, times);
        for (ReportRepository.NewRow row : inserted) {
            ChildReport r = row.report();
            ids.add(r.id());
            if (created != null) {
                created.add(r);
            }
            if (channel != IntakeChannel.BULK) {
                pending.audits.add(AuditRecord.of(reporter == null ? "public" : reporter,
                        "childreports.report.received", "ChildReport", r.reference()).with("channel", channel)
                        .with("grade", r.grade()).with("suspects", row.content().suspects().size())
                        .with("files", row.content().files().size()));
            }
            List<Match>[] matches = matchesByRef.get(r.reference());
            if (matches != null) {
                for (int i = 0; i < matches.length; i++) {
                    for (Match m : matches[i]) {
                        pending.alerts.add(new PendingAlert(r.id(), r.reference(), i, m));
                    }
                }
            }
        }
        if (channel == IntakeChannel.BULK && !inserted.isEmpty()) {
            // One row per batch of a backlog, listing its references (as a view of the queue does): a row per report
            // made the audit a third of a 100,000-line intake's time.
            Map<Grade, Long> grades = inserted.stream().collect(Collectors.groupingBy(x -> x.report().grade(),
                    () -> new java.util.EnumMap<>(Grade.class), Collectors.counting()));
            pending.audits.add(AuditRecord.of(reporter, "childreports.bulk.stored", "ChildReport", null)
                    .with("channel", channel).with("grades", grades)
                    .with("references", inserted.stream().map(x -> x.report().reference()).toList()));
        }
        times.lap("store: pending audit");
        return batch.size() - inserted.size();
    }

    /** Register alerts and audit rows, written together at the end of the intake's transaction. */
    private final class Pending {
        final List<AuditRecord> audits = new ArrayList<>();
        final List<PendingAlert> alerts = new ArrayList<>();

        void flush(String actor, long created, long rejected, long duplicates) {
            Instant now = clock.instant();
            for (PendingAlert a : alerts) {
                List<String> reasons = a.match.reasons().stream().map(Reason::toString).toList();
                Long registerAlert = registerAlerts.raise(RegistrantMatcher.registrant(a.match),
                        RegisterAlerts.CHILD_REPORT, a.reference, reasons, Actor.SYSTEM).orElse(null);
                reports.insertAlert(a.reportId, a.suspect, RegistrantMatcher.registrant(a.match).value(),
                        a.match.score(), String.join("\n", reasons), registerAlert, now);
                audits.add(AuditRecord.of("system", "childreports.alert.raised", "ChildReport", a.reference)
                        .with("suspect", a.suspect).with("registrant", RegistrantMatcher.registrant(a.match).value())
                        .with("score", Math.round(a.match.score() * 100) / 100.0));
            }
            if (created > 0 || rejected > 0 || duplicates > 0) {
                audits.add(AuditRecord.of(actor, "childreports.bulk.received", "ChildReport", null)
                        .with("created", created).with("duplicates", duplicates).with("rejected", rejected));
            }
            audit.appendAll(audits);
        }
    }

    private record PendingAlert(long reportId, String reference, int suspect, Match match) {
    }

    /** Information the reporter adds later, with the reference they were given. */
    @Transactional
    public void addInformation(String reference, String text) {
        Violations v = new Violations();
        String ref = v.text("reference", ReferenceGenerator.normalise(reference), true, 40);
        String info = v.text("information", text, true, ReportParser.MAX_DESCRIPTION);
        v.throwIfAny();
        MediaGuard.checkText("information", info);
        ChildReport r = reports.find(ref).orElseThrow(() -> DomainException.notFound("Report", ref));
        reports.addAddition(r.id(), clock.instant(), info);
        audit.append(AuditRecord.of("public", "childreports.report.information-added", "ChildReport", r.reference()));
    }

    // ---- reading --------------------------------------------------------------------------------------------

    /** Open reports (or one status), earliest deadline first; the view is audited. */
    @Transactional
    public PageResult<ReportSummary> queue(String status, String grade, Boolean escalated, PageRequest page,
                                           Actor actor) {
        requireOfficer(actor);
        Violations v = new Violations();
        ReportStatus s = v.enumValue("status", status, ReportStatus.class);
        Grade g = v.enumValue("grade", grade, Grade.class);
        v.throwIfAny();
        List<ReportSummary> items = summaries(s, g, escalated, page.size(), page.offset());
        audit.append(AuditRecord.of(actor.username(), "childreports.queue.viewed", "ChildReport", null)
                .with("references", items.stream().map(ReportSummary::reference).toList()));
        return new PageResult<>(items, page.page(), page.size(), reports.queueCount(s, g, escalated));
    }

    /**
     * What waits for a child-protection officer (the home page): counts, and the {@code mostUrgent} reports awaiting
     * triage with the earliest deadlines. Listing references is a view of the queue: audited when any is listed.
     */
    @Transactional
    public ChildReportWork work(int mostUrgent, Actor actor) {
        requireOfficer(actor);
        ReportRepository.WorkCounts c = reports.workCounts(clock.instant(), properties.warnBefore());
        List<ReportSummary> items = summaries(ReportStatus.AWAITING_TRIAGE, null, null, mostUrgent, 0);
        if (!items.isEmpty()) {
            audit.append(AuditRecord.of(actor.username(), "childreports.worklist.viewed", "ChildReport", null)
                    .with("references", items.stream().map(ReportSummary::reference).toList()));
        }
        return new ChildReportWork(c.awaitingTriage(), c.overdue(), c.dueSoon(), c.escalated(), c.withAlerts(), items);
    }

    private List<ReportSummary> summaries(ReportStatus s, Grade g, Boolean escalated, int limit, long offset) {
        Instant now = clock.instant();
        return reports.queue(s, g, escalated, limit, offset).stream()
                .map(q -> new ReportSummary(q.reference(), q.channel(), q.incidentType(), q.grade(), q.status(),
                        q.receivedAt(), q.dueBy(), ChildReport.deadlineState(q.status(), q.deadlineMet(), q.grade(),
                        q.dueBy(), policy, now), q.escalatedAt() != null, q.bundleId(), q.bundleSize(), q.alerts()))
                .toList();
    }

    /** A report with everything an officer needs; every view is audited. */
    @Transactional
    public ReportView view(String reference, Actor actor) {
        requireOfficer(actor);
        ChildReport r = find(reference);
        audit.append(AuditRecord.of(actor.username(), "childreports.report.viewed", "ChildReport", r.reference()));
        return viewOf(r);
    }

    private ReportView viewOf(ChildReport r) {
        ReportRepository.Details d = reports.details(r.id());
        List<ReportView.SuspectView> suspects = reports.suspects(r.id()).stream().map(s -> new ReportView.SuspectView(
                s.position(), s.names(), s.accounts(), s.emails(), s.phones(), s.dateOfBirth(), s.cnic(),
                s.passportNumbers(), s.country(), s.address(), ukIndicators(s))).toList();
        ReportView.Bundle bundle = r.bundleId() == null ? new ReportView.Bundle(null, 1, List.of())
                : new ReportView.Bundle(r.bundleId(), reports.bundleSize(r.bundleId()),
                reports.bundleMembers(r.id(), r.bundleId(), ReportView.Bundle.MAX_LISTED));
        return new ReportView(r.reference(), r.channel(), d.reporter(), d.sourceReportId(), d.incidentType(),
                d.incidentAt(), d.platform(), d.victimAgeBand(), d.urgent(), d.description(), d.reporterContact(),
                r.grade(), r.gradedBy(), r.dueBy(), r.deadlineState(policy, clock.instant()), r.status(),
                r.receivedAt(), r.triagedAt(), r.triagedBy(), ChildReport.answers(r.triageAnswers()), r.escalatedAt(),
                r.escalatedTo(), suspects, reports.urls(r.id()), reports.files(r.id()), reports.additions(r.id()),
                reports.actions(r.id()), bundle, reports.alerts(r.id()));
    }

    /** A platform reads back where its own report stands; another reporter's reference is not found. */
    @Transactional
    public StatusView status(String reference, Actor actor) {
        if (!actor.has(Role.PLATFORM_REPORTER)) {
            throw DomainException.forbidden("only the platform that sent a report reads its status here");
        }
        ChildReport r = reports.find(ReferenceGenerator.normalise(reference))
                .filter(x -> actor.username().equals(x.reporter()))
                .orElseThrow(() -> DomainException.notFound("Report", reference));
        audit.append(AuditRecord.of(actor.username(), "childreports.report.status-read", "ChildReport", r.reference()));
        return new StatusView(r.reference(), r.sourceReportId(), r.status(), r.receivedAt());
    }

    // ---- work -----------------------------------------------------------------------------------------------

    /** The officer's assessment: the questionnaire's answers set the grade and its deadline. */
    @Transactional
    public Submitted triage(String reference, Map<String, ?> answers, Actor actor) {
        requireOfficer(actor);
        GradingPolicy.Graded graded = policy.triage(answers);
        ChildReport r = lock(reference);
        Instant now = clock.instant();
        r.triage(graded, actor.username(), answersJson(graded.answers()), policy, now);
        reports.update(r);
        reports.addAction(r.id(), now, actor.username(), "TRIAGED", null, r.grade(), r.dueBy());
        audit.append(AuditRecord.of(actor.username(), "childreports.report.triaged", "ChildReport", r.reference())
                .with("grade", r.grade()).with("deadlineMet", r.deadlineMet()));
        return new Submitted(r.reference(), r.grade(), r.dueBy(), false);
    }

    /** Records what an officer did; closing actions need the report triaged. */
    @Transactional
    public ReportView act(String reference, String action, String note, Actor actor) {
        requireOfficer(actor);
        Violations v = new Violations();
        ActionKind kind = v.enumValue("action", action, ActionKind.class);
        if (kind == null && (action == null || action.isBlank())) {
            v.add("action", "is required: one of " + java.util.Arrays.toString(ActionKind.values()));
        }
        String text = v.text("note", note, false, 4000);
        v.throwIfAny();
        MediaGuard.checkText("note", text);
        ChildReport r = lock(reference);
        Instant now = clock.instant();
        r.act(kind, text, actor.username(), now);
        reports.update(r);
        reports.addAction(r.id(), now, actor.username(), kind.name(), text, null, null);
        audit.append(AuditRecord.of(actor.username(), "childreports.report.action", "ChildReport", r.reference())
                .with("action", kind).with("status", r.status()));
        return viewOf(r);
    }

    /**
     * Opens an outgoing mutual legal assistance case with the UK about a suspect the report places there (a UK
     * phone, a .uk e-mail, country GBR, a UK postcode), through the cooperation module; returns its reference.
     */
    @Transactional
    public String openCooperationCase(String reference, int suspectPosition, Actor actor) {
        requireOfficer(actor);
        ChildReport r = lock(reference);
        ReportRepository.SuspectRow s = reports.suspects(r.id()).stream().filter(x -> x.position() == suspectPosition)
                .findFirst().orElseThrow(() -> new InvalidInputException("suspect", "report " + r.reference()
                        + " has no suspect " + suspectPosition));
        List<String> uk = ukIndicators(s);
        if (uk.isEmpty()) {
            throw DomainException.conflict("nothing places suspect " + suspectPosition + " of " + r.reference()
                    + " in the UK (a +44 phone, a .uk e-mail, country GBR or a UK postcode)");
        }
        String opened = reports.actions(r.id()).stream().filter(a -> a.action().equals("COOPERATION_CASE_OPENED")
                && a.note().startsWith(suspectPosition + ":")).map(ReportView.ActionView::note).findFirst().orElse(null);
        if (opened != null) {
            throw DomainException.conflict("a cooperation case was already opened for this suspect: "
                    + opened.substring(opened.indexOf(':') + 1).strip());
        }
        List<PersonInput> subjects = s.names().isEmpty() ? List.of() : List.of(new PersonInput(s.names().get(0),
                s.names().subList(1, s.names().size()), null, null, s.dateOfBirth(), null, null, s.cnic(),
                s.passportNumbers()));
        String summary = "Report of children's online harassment " + r.reference() + ": a suspect believed to be in "
                + "the UK (" + String.join("; ", uk) + "). Assistance sought to identify and locate the suspect "
                + "and to obtain account and subscriber data.";
        String caseRef = cooperation.openReferral(new NewCase("MUTUAL_LEGAL_ASSISTANCE", "OUTGOING", null, null,
                r.reference(), null, summary, subjects, null, null, null, Boolean.FALSE, List.of()), actor);
        reports.addAction(r.id(), clock.instant(), actor.username(), "COOPERATION_CASE_OPENED",
                suspectPosition + ": " + caseRef, null, null);
        audit.append(AuditRecord.of(actor.username(), "childreports.report.cooperation-case", "ChildReport",
                r.reference()).with("suspect", suspectPosition).with("case", caseRef));
        return caseRef;
    }

    /**
     * The deadline watch: flags reports awaiting triage that entered their warning window, and escalates to the
     * supervisor those past their deadline, each once. Run every minute by the scheduler.
     */
    @Transactional
    public DeadlineRun checkDeadlines() {
        Instant now = clock.instant();
        int warned = 0;
        int escalated = 0;
        for (ChildReport r : reports.deadlineCandidates(now, properties.warnBefore())) {
            boolean changed = false;
            if (r.warnIfDueSoon(policy, now)) {
                warned++;
                changed = true;
                events.publishEvent(new ChildReportDeadlineApproaching(r.reference(), r.grade(), r.dueBy(), now));
                audit.append(AuditRecord.of("system", "childreports.report.deadline-warning", "ChildReport",
                        r.reference()).with("grade", r.grade()).with("dueBy", r.dueBy()));
            }
            if (r.escalateIfBreached(properties.escalateTo(), now)) {
                escalated++;
                changed = true;
                events.publishEvent(new ChildReportEscalated(r.reference(), r.grade(), r.dueBy(), r.escalatedTo(), now));
                audit.append(AuditRecord.of("system", "childreports.report.escalated", "ChildReport", r.reference())
                        .with("grade", r.grade()).with("dueBy", r.dueBy()).with("to", r.escalatedTo()));
            }
            if (changed) {
                reports.update(r);
            }
        }
        return new DeadlineRun(now, warned, escalated);
    }

    /** What one run of the deadline watch did. */
    public record DeadlineRun(Instant at, int warned, int escalated) {
    }

    /** The figures for the delivery unit: counts only (ANALYST, CHILD_PROTECTION_OFFICER, ADMIN, the system). */
    @Transactional(readOnly = true)
    public ChildReportFigures figures(ReportingPeriod period, Actor actor) {
        if (actor != Actor.SYSTEM && !actor.hasAny(Role.ANALYST, Role.CHILD_PROTECTION_OFFICER, Role.ADMIN)) {
            throw DomainException.forbidden("figures are for analysts, child-protection officers and administrators");
        }
        return figures.figures(period, clock.instant());
    }

    /** Links every report still waiting to be linked (the bundler also runs on its own every few seconds). */
    public int linkPending() {
        return bundler.linkPending();
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private NewChildReport read(JsonNode body, String where) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException(where == null ? "body" : where, "must be a JSON object");
        }
        MediaGuard.check(body, "");
        try {
            return json.treeToValue(body, NewChildReport.class);
        } catch (JacksonException e) {
            String field = e.getPath().stream().map(ref -> ref.getPropertyName() != null ? ref.getPropertyName()
                    : "[" + ref.getIndex() + "]").collect(Collectors.joining(".")).replace(".[", "[");
            throw new InvalidInputException(field.isEmpty() ? "body" : field, "has the wrong type or format");
        }
    }

    private static IntakeChannel channelOf(Actor actor) {
        if (actor.has(Role.PLATFORM_REPORTER)) {
            return IntakeChannel.PLATFORM_API;
        }
        if (actor.has(Role.CHILD_PROTECTION_OFFICER)) {
            return IntakeChannel.HELPLINE;
        }
        throw DomainException.forbidden("reports are submitted by platforms' service accounts and child-protection "
                + "officers");
    }

    private static void requireOfficer(Actor actor) {
        if (!actor.has(Role.CHILD_PROTECTION_OFFICER)) {
            throw DomainException.forbidden("only child-protection officers work reports");
        }
    }

    private ChildReport find(String reference) {
        String ref = ReferenceGenerator.normalise(reference);
        return reports.find(ref).orElseThrow(() -> DomainException.notFound("Report", ref));
    }

    private ChildReport lock(String reference) {
        String ref = ReferenceGenerator.normalise(reference);
        return reports.findForUpdate(ref).orElseThrow(() -> DomainException.notFound("Report", ref));
    }

    private static String answersJson(Map<String, Boolean> answers) {
        return answers.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static List<String> ukIndicators(ReportRepository.SuspectRow s) {
        return LinkKeys.ukIndicators(s.phones(), s.emails(), s.country(), s.address());
    }
}
