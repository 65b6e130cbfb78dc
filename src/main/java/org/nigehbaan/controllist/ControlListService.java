package org.nigehbaan.controllist;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditRecord;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.Figure;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.controllist.internal.ControlListEntry;
import org.nigehbaan.controllist.internal.CsvImporter;
import org.nigehbaan.controllist.internal.EntryStore;
import org.nigehbaan.controllist.internal.ImportStore;
import org.nigehbaan.identity.Person;
import org.nigehbaan.identity.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The control lists' commands and queries. Each command checks the law and the four-eyes rule, records the
 * transition in the entry's history and in the audit log, and publishes the events the screening index
 * follows, all in one transaction.
 */
@Service
public class ControlListService {

    public static final int MAX_TEXT = 4000;

    private final EntryStore store;
    private final org.nigehbaan.controllist.internal.PeopleFinder people;
    private final CsvImporter importer;
    private final ImportStore imports;
    private final ControlListPolicy policy;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ControlListService(EntryStore store, org.nigehbaan.controllist.internal.PeopleFinder people, CsvImporter importer,
                       ImportStore imports, ControlListPolicy policy, AuditLog audit, ApplicationEventPublisher events,
                       Clock clock) {
        this.store = store;
        this.people = people;
        this.importer = importer;
        this.imports = imports;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Proposes a listing. Refused (409) for a switchable ground whose switch is off. */
    @Transactional
    public EntryView propose(ProposeEntry cmd, Actor by) {
        Violations v = new Violations();
        ListType list = v.enumValue("list", cmd.list(), ListType.class);
        Ground ground = v.enumValue("ground", cmd.ground(), Ground.class);
        if (cmd.list() == null || cmd.list().isBlank()) {
            v.add("list", "is required: PCL or ECL");
        }
        if (cmd.ground() == null || cmd.ground().isBlank()) {
            v.add("ground", "is required");
        }
        if (list != null && ground != null && ground.list() != list) {
            v.add("ground", ground + " belongs to the " + ground.list() + ", not the " + list);
        }
        Person person = Person.fromInput(cmd.person(), "person", v);
        String legalBasis = v.text("legalBasis", cmd.legalBasis(), true, 500);
        String agency = v.text("referringAgency", cmd.referringAgency(), true, 100);
        String reason = v.text("reason", cmd.reason(), true, MAX_TEXT);
        String caseReference = v.text("caseReference", cmd.caseReference(), false, 100);
        String externalId = v.text("externalId", cmd.externalId(), false, 100);
        LocalDate today = today();
        LocalDate effectiveFrom = v.date("effectiveFrom", cmd.effectiveFrom(), false);
        if (effectiveFrom == null && (cmd.effectiveFrom() == null || cmd.effectiveFrom().isBlank())) {
            effectiveFrom = today;
        }
        LocalDate expiresOn = v.date("expiresOn", cmd.expiresOn(), false);
        LocalDate notice = v.date("noticeServedOn", cmd.noticeServedOn(), false);
        if (notice != null && notice.isAfter(today)) {
            v.add("noticeServedOn", "is in the future");
        }
        if (ground != null && effectiveFrom != null) {
            if (effectiveFrom.isAfter(today.plusYears(1))) {
                v.add("effectiveFrom", "is more than a year ahead");
            }
            if (ground == Ground.DEPORTED_ILLEGAL_MIGRATION && effectiveFrom.isAfter(today)) {
                v.add("effectiveFrom", "is the deportation date and cannot be in the future");
            }
            LocalDate statutory = policy.statutoryExpiry(ground, effectiveFrom);
            if (statutory != null) {
                if (expiresOn != null && !expiresOn.equals(statutory)) {
                    v.add("expiresOn", "is fixed by law for " + ground + ": " + policy.termsOf(ground).term()
                            + " from effectiveFrom, i.e. " + statutory);
                }
                expiresOn = statutory;
                if (!statutory.isAfter(today)) {
                    v.add("effectiveFrom", "the " + policy.termsOf(ground).term() + " term from " + effectiveFrom
                            + " ended on " + statutory + ": there is nothing left to list");
                }
            } else if (expiresOn != null && (!expiresOn.isAfter(effectiveFrom) || !expiresOn.isAfter(today))) {
                v.add("expiresOn", "must be after effectiveFrom and after today");
            }
        }
        v.throwIfAny();
        requireGroundEnabled(ground);
        if (externalId != null && store.existsExternalId(externalId)) {
            throw DomainException.conflict("an entry with externalId " + externalId + " already exists");
        }
        ControlListEntry entry = store.propose(list, ground, person, legalBasis, agency, reason, caseReference,
                effectiveFrom, expiresOn, notice, Boolean.TRUE.equals(cmd.urgentSecurity()), externalId,
                by.username(), now());
        audit.append(AuditRecord.of(by.username(), "controllist.entry.proposed", "ControlListEntry", entry.id())
                .with("list", list).with("ground", ground).with("referringAgency", agency));
        return store.view(entry, now(), today);
    }

    /** An approver's decision on a proposal or on a pending extension or removal; never the proposer's (409). */
    @Transactional
    public EntryView approve(long id, String comment, Actor by) {
        ControlListEntry e = store.lockEntry(id);
        ControlListEntry.Outcome outcome = e.approve(by.username(), clean(comment), now(), policy.zone(),
                policy.urgentNoticeHours());
        store.save(e);
        afterTransition(e, outcome, by, clean(comment));
        return store.view(e, now(), today());
    }

    @Transactional
    public EntryView reject(long id, String comment, Actor by) {
        ControlListEntry e = store.lockEntry(id);
        ControlListEntry.Outcome outcome = e.reject(by.username(), clean(comment), now());
        store.save(e);
        afterTransition(e, outcome, by, clean(comment));
        return store.view(e, now(), today());
    }

    /** Removal: at once by an approver, otherwise a request waiting for one. A reason is required. */
    @Transactional
    public EntryView remove(long id, String reason, Actor by) {
        Violations v = new Violations();
        String why = v.text("reason", reason, true, MAX_TEXT);
        v.throwIfAny();
        ControlListEntry e = store.lockEntry(id);
        ControlListEntry.Outcome outcome = e.remove(by.username(), by.has(Role.LIST_APPROVER), why, now());
        store.save(e);
        afterTransition(e, outcome, by, why);
        return store.view(e, now(), today());
    }

    /** Asks for a later end; takes effect when another approver approves it. A reason is required. */
    @Transactional
    public EntryView extend(long id, String expiresOn, String reason, Actor by) {
        Violations v = new Violations();
        LocalDate until = v.date("expiresOn", expiresOn, true);
        String why = v.text("reason", reason, true, MAX_TEXT);
        v.throwIfAny();
        ControlListEntry e = store.lockEntry(id);
        ControlListEntry.Outcome outcome = e.requestExtension(by.username(), until, why, policy.termsOf(e.ground()), now());
        store.save(e);
        afterTransition(e, outcome, by, why + " (until " + until + ")");
        return store.view(e, now(), today());
    }

    @Transactional
    public EntryView recordNotice(long id, String servedOn, Actor by) {
        Violations v = new Violations();
        LocalDate on = v.date("servedOn", servedOn, true);
        if (on != null && on.isAfter(today())) {
            v.add("servedOn", "is in the future");
        }
        v.throwIfAny();
        ControlListEntry e = store.lockEntry(id);
        ControlListEntry.Outcome outcome = e.recordNotice(on, now());
        store.save(e);
        afterTransition(e, outcome, by, "served on " + on);
        return store.view(e, now(), today());
    }

    /** Records a person's representation against a listing; it must be decided within the policy's days. */
    @Transactional
    public EntryView fileRepresentation(long id, String receivedOn, String summary, Actor by) {
        Violations v = new Violations();
        LocalDate received = v.date("receivedOn", receivedOn, true);
        if (received != null && received.isAfter(today())) {
            v.add("receivedOn", "is in the future");
        }
        String text = v.text("summary", summary, true, MAX_TEXT);
        v.throwIfAny();
        ControlListEntry e = store.lockEntry(id);
        long repId = store.fileRepresentation(e, received, text, by.username(), now());
        store.addHistory(e, now(), by.username(), "REPRESENTATION_FILED", text);
        audit.append(AuditRecord.of(by.username(), "controllist.representation.filed", "ControlListEntry", id)
                .with("representation", repId));
        return store.view(e, now(), today());
    }

    /** Decides a representation: UPHELD takes the person off the list at once; DISMISSED keeps the listing. */
    @Transactional
    public EntryView decideRepresentation(long id, long representationId, String outcome, String note, Actor by) {
        Violations v = new Violations();
        if (outcome == null || !(outcome.equals("UPHELD") || outcome.equals("DISMISSED"))) {
            v.add("outcome", "must be UPHELD or DISMISSED");
        }
        String text = v.text("note", note, true, MAX_TEXT);
        v.throwIfAny();
        ControlListEntry e = store.lockEntry(id);
        store.decideRepresentation(e, representationId, outcome, text, by.username(), today());
        store.addHistory(e, now(), by.username(), "REPRESENTATION_" + outcome, text);
        audit.append(AuditRecord.of(by.username(), "controllist.representation.decided", "ControlListEntry", id)
                .with("representation", representationId).with("outcome", outcome));
        if (outcome.equals("UPHELD") && e.effectiveStatus(now()) == EntryStatus.ACTIVE) {
            ControlListEntry.Outcome removed = e.remove(by.username(), true, "representation upheld: " + text, now());
            store.save(e);
            afterTransition(e, removed, by, "representation upheld");
        }
        return store.view(e, now(), today());
    }

    /** An entry with its history and representations. Reading a person's record is audited. */
    @Transactional
    public EntryView get(long id, Actor by) {
        ControlListEntry e = store.entry(id);
        audit.append(AuditRecord.of(by.username(), "controllist.entry.viewed", "ControlListEntry", id));
        return store.view(e, now(), today());
    }

    /** Lists and searches entries; the search is audited (its query, filters and how many people it returned). */
    @Transactional
    public PageResult<EntrySummary> search(EntrySearch search, PageRequest page, Actor by) {
        PageResult<EntrySummary> result = store.search(search, now(), page);
        audit.append(AuditRecord.of(by.username(), "controllist.entries.searched", "ControlListEntry", null)
                .with("q", search.q()).with("status", search.status()).with("list", search.list())
                .with("ground", search.ground()).with("awaitingDecision", search.awaitingDecision())
                .with("page", page.page()).with("returned", result.items().size()).with("total", result.total()));
        return result;
    }

    /**
     * Entries whose person may be the one named, best first, through the matching engine: spelling variants
     * (Mohammed, Muhammad) and Urdu script find the same people screening would.
     */
    @Transactional
    public java.util.List<PersonMatch> findPeople(String name, int limit, Actor by) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            return java.util.List.of();
        }
        java.util.List<PersonMatch> found = people.find(org.nigehbaan.matching.Traveller.named(name.strip()),
                SEARCH_SCORE, limit, now());
        audit.append(AuditRecord.of(by.username(), "controllist.people.searched", "ControlListEntry", null)
                .with("q", name.strip()).with("returned", found.size()));
        return found;
    }

    /** The least engine score a name search shows: below screening's REFER, so near spellings are seen too. */
    public static final double SEARCH_SCORE = 0.7;

    /**
     * Entries that are very probably the same person as a proposal: an equal CNIC or passport number, or a strong
     * name with an equal full date of birth (the engine's STOP level). Empty when the person cannot be read.
     */
    @Transactional(readOnly = true)
    public java.util.List<PersonMatch> possibleDuplicates(org.nigehbaan.identity.PersonInput input) {
        Person p;
        try {
            p = Person.fromInput(input, "person");
        } catch (org.nigehbaan.identity.InvalidInputException e) {
            return java.util.List.of();
        }
        java.util.List<String> names = new java.util.ArrayList<>(p.allNames());
        if (p.nameInUrdu() != null) {
            names.add(p.nameInUrdu());
        }
        org.nigehbaan.matching.Traveller t = new org.nigehbaan.matching.Traveller(names, false, p.fatherName(),
                p.dateOfBirth(), p.gender(), p.nationality(), p.cnic(), p.passportNumbers());
        return people.find(t, org.nigehbaan.matching.MatchThresholds.STOP, 10, now());
    }

    /**
     * Stages a bulk import of entries approved outside the system (legacy PCL) from CSV (API.md): bad rows are
     * reported by line, valid rows are kept aside with what approving them would do. Nothing is listed or
     * screenable until a LIST_APPROVER who did not import it approves ({@link #approveImport}).
     *
     * @param source the system the rows come from (default {@link ImportResult#DEFAULT_SOURCE}): the import may
     *               update only entries an earlier import of the same source created
     */
    @Transactional
    public ImportResult importCsv(InputStream csv, String approvalReference, String source, Actor by) {
        Violations v = new Violations();
        if (approvalReference == null || approvalReference.isBlank() || approvalReference.length() > 200) {
            v.add("approvalReference", "is required (at most 200 characters): the reference of the Federal "
                    + "Government's approval of these listings");
        }
        String from = source == null || source.isBlank() ? ImportResult.DEFAULT_SOURCE
                : source.strip().toUpperCase(java.util.Locale.ROOT);
        if (!from.matches("[A-Z0-9][A-Z0-9_-]{0,49}")) {
            v.add("source", "'" + source + "' is not a source name: letters, digits, '-' and '_', at most 50");
        }
        v.throwIfAny();
        String reference = approvalReference.strip();
        long importId = imports.create(from, reference, by.username(), now());
        CsvImporter.Staged staged = importer.stage(importId, csv, from, today(), now(), store::isGroundEnabled);
        imports.staged(staged, now());
        audit.append(AuditRecord.of(by.username(), "controllist.import.staged", "ControlListImport", importId)
                .with("source", from).with("approvalReference", reference).with("create", staged.create())
                .with("update", staged.update()).with("unchanged", staged.unchanged())
                .with("rejected", staged.rejections().count()));
        return imports.view(importId);
    }

    /**
     * Approves a staged import (never the importer's own: 409): its new entries are ACTIVE and screenable from
     * now, its changed ones updated. One audit row records the approval with the SHA-256 of the staged rows and
     * of the manifest that lists which entry each line made. Approving it again changes nothing.
     */
    @Transactional
    public ImportResult approveImport(long importId, String comment, Actor by) {
        ImportStore.Approval approval = imports.approve(importId, by.username(), clean(comment), now());
        ImportResult r = approval.result();
        if (approval.applied()) {
            audit.append(AuditRecord.of(by.username(), "controllist.import.approved", "ControlListImport", importId)
                    .with("source", r.source()).with("approvalReference", r.approvalReference())
                    .with("importedBy", r.importedBy()).with("created", r.imported()).with("updated", r.updated())
                    .with("unchanged", r.unchanged()).with("refused", r.refusedAtApproval())
                    .with("rowsSha256", r.rowsSha256()).with("manifestSha256", r.manifestSha256()));
            if (r.imported() + r.updated() > 0) {
                events.publishEvent(new EntriesImported(importId, r.imported(), r.updated()));
            }
        }
        return r;
    }

    /** Rejects a staged import (never the importer's own: 409); its staged rows are discarded. */
    @Transactional
    public ImportResult rejectImport(long importId, String comment, Actor by) {
        ImportResult before = imports.view(importId);
        ImportResult r = imports.reject(importId, by.username(), clean(comment), now());
        if (before.status() == ImportStatus.STAGED) {
            audit.append(AuditRecord.of(by.username(), "controllist.import.rejected", "ControlListImport", importId)
                    .with("source", r.source()).with("approvalReference", r.approvalReference())
                    .with("importedBy", r.importedBy()));
        }
        return r;
    }

    @Transactional(readOnly = true)
    public ImportResult importView(long importId) {
        return imports.view(importId);
    }

    @Transactional(readOnly = true)
    public PageResult<ImportResult> imports(ImportStatus status, PageRequest page) {
        return imports.page(status, page);
    }

    /**
     * Writes an import's manifest (CSV: line, external id, entry id, action, SHA-256 of the row), whose SHA-256
     * the approval's audit row holds. The download is audited.
     */
    @Transactional
    public void writeManifest(long importId, java.io.Writer out, Actor by) {
        ImportResult r = imports.view(importId);
        audit.append(AuditRecord.of(by.username(), "controllist.import.manifest-exported", "ControlListImport",
                importId).with("status", r.status()).with("manifestSha256", r.manifestSha256()));
        imports.writeManifest(importId, out);
    }

    /** Records every entry whose term has ended (the nightly job); returns how many. */
    @Transactional
    public int expireLapsed(int batch) {
        int n = 0;
        for (long id : store.lapsed(now(), batch)) {
            ControlListEntry e = store.lockEntry(id);
            if (e.effectiveStatus(now()) == EntryStatus.EXPIRED && e.isRecordedActive()) {
                ControlListEntry.Outcome outcome = e.expire(now());
                store.save(e);
                afterTransition(e, outcome, Actor.SYSTEM, null);
                n++;
            }
        }
        return n;
    }

    /**
     * Every entry active now, streamed in constant memory, as activation events: how the screening index loads
     * itself at start.
     */
    @Transactional(readOnly = true)
    public void forEachActive(Consumer<EntryActivated> consumer) {
        store.forEachActive(now(), null, consumer);
    }

    /**
     * The entry as the screening index should hold it now: present when it is active at this instant, empty
     * when it is not (proposed, rejected, removed, expired) or does not exist.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<EntryActivated> findActive(long id) {
        return store.findActive(id, now());
    }

    /** The active entries one import created or updated. */
    @Transactional(readOnly = true)
    public void forEachActiveInImport(long importId, Consumer<EntryActivated> consumer) {
        store.forEachActive(now(), importId, consumer);
    }

    @Transactional(readOnly = true)
    public PolicyView policy() {
        return store.policyView();
    }

    /** Asks to turn a switchable ground on or off; nothing changes until an approver approves (audited). */
    @Transactional
    public PolicyView requestPolicyChange(String groundName, Boolean enable, String reason, Actor by) {
        Violations v = new Violations();
        Ground ground = v.enumValue("ground", groundName, Ground.class);
        if (enable == null) {
            v.add("enabled", "is required: true or false");
        }
        String why = v.text("reason", reason, true, MAX_TEXT);
        v.throwIfAny();
        if (!policy.termsOf(ground).switchable()) {
            throw DomainException.conflict(ground + " has no policy switch: it is always available");
        }
        long id = store.requestPolicyChange(ground, enable, why, by.username(), now());
        audit.append(AuditRecord.of(by.username(), "controllist.policy.change-requested", "PolicyChange", id)
                .with("ground", ground).with("enable", enable));
        return policy();
    }

    @Transactional
    public PolicyView decidePolicyChange(long changeId, boolean approve, String comment, Actor by) {
        PolicyView.PolicyChange change = store.decidePolicyChange(changeId, approve, clean(comment), by.username(), now());
        audit.append(AuditRecord.of(by.username(), approve ? "controllist.policy.changed" : "controllist.policy.change-rejected",
                "PolicyChange", changeId).with("ground", change.ground()).with("enabled", change.enable()));
        return policy();
    }

    @Transactional(readOnly = true)
    public ControlListStatistics statistics() {
        EntryStore.StatisticsCounts c = store.statistics(now(), today());
        List<ControlListStatistics.Count> entries = new ArrayList<>();
        for (ListType list : ListType.values()) {
            for (Ground ground : Ground.values()) {
                if (ground.list() == list) {
                    for (EntryStatus status : EntryStatus.values()) {
                        entries.add(new ControlListStatistics.Count(list, ground, status,
                                Figure.count(c.entries(ground, status))));
                    }
                }
            }
        }
        return new ControlListStatistics(entries, Figure.count(c.awaitingDecision()),
                Figure.count(c.representationsOpen()), Figure.count(c.representationsOverdue()),
                Figure.count(c.noticeOverdue()));
    }

    private void afterTransition(ControlListEntry e, ControlListEntry.Outcome outcome, Actor by, String comment) {
        store.addHistory(e, now(), by.username(), outcome.name(), comment);
        audit.append(AuditRecord.of(by.username(), "controllist.entry." + outcome.name().toLowerCase().replace('_', '-'),
                "ControlListEntry", e.id()));
        switch (outcome) {
            case ACTIVATED -> events.publishEvent(store.activation(e));
            case EXTENDED -> events.publishEvent(new EntryExtended(e.id(), e.expiresAt()));
            case REMOVED, EXPIRED -> events.publishEvent(new EntryEnded(e.id(), e.effectiveStatus(now())));
            default -> {
            }
        }
    }

    private void requireGroundEnabled(Ground ground) {
        if (policy.termsOf(ground).switchable() && !store.isGroundEnabled(ground)) {
            throw DomainException.conflict("listing on ground " + ground + " is not permitted: its policy switch is "
                    + "off (turning it on is an approved policy change)");
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), policy.zone());
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
