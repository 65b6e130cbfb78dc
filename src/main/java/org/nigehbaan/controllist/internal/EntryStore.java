package org.nigehbaan.controllist.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.controllist.ControlListPolicy;
import org.nigehbaan.controllist.ControlListStatistics;
import org.nigehbaan.controllist.EntryActivated;
import org.nigehbaan.controllist.EntrySearch;
import org.nigehbaan.controllist.EntryStatus;
import org.nigehbaan.controllist.EntrySummary;
import org.nigehbaan.controllist.EntryView;
import org.nigehbaan.controllist.Ground;
import org.nigehbaan.controllist.ListType;
import org.nigehbaan.controllist.PolicyView;
import org.nigehbaan.identity.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where the control-list service keeps its state: loads and saves entries, their history, representations
 * and policy switches, and builds the views clients see. The rules themselves live in
 * {@link ControlListEntry} and {@link ControlListPolicy}.
 */
@Component
public class EntryStore {

    private final EntryRepository entries;
    private final PolicyRepository policies;
    private final JdbcClient jdbc;
    private final ControlListPolicy policy;

    EntryStore(EntryRepository entries, PolicyRepository policies, JdbcClient jdbc, ControlListPolicy policy) {
        this.entries = entries;
        this.policies = policies;
        this.jdbc = jdbc;
        this.policy = policy;
    }

    public ControlListEntry propose(ListType list, Ground ground, Person person, String legalBasis, String agency,
                                    String reason, String caseReference, LocalDate effectiveFrom,
                                    LocalDate expiresOn, LocalDate notice, boolean urgent, String externalId,
                                    String by, Instant now) {
        ControlListEntry e = ControlListEntry.propose(list, ground, person, legalBasis, agency, reason, caseReference,
                effectiveFrom, expiresOn, notice, urgent, by, now, policy.zone());
        e.externalId = externalId;
        e.id = entries.insert(e);
        entries.addEvent(e.id, now, by, ControlListEntry.Outcome.PROPOSED.name(), reason);
        return e;
    }

    /** The entry, locked for this transaction; 404 when there is none. */
    public ControlListEntry lockEntry(long id) {
        return entries.findForUpdate(id).orElseThrow(() -> DomainException.notFound("control-list entry", id));
    }

    public ControlListEntry entry(long id) {
        return entries.find(id).orElseThrow(() -> DomainException.notFound("control-list entry", id));
    }

    public boolean existsExternalId(String externalId) {
        return jdbc.sql("select count(*) from cl_entry where external_id = ?").param(externalId)
                .query(Long.class).single() > 0;
    }

    public void save(ControlListEntry e) {
        entries.update(e);
    }

    public void addHistory(ControlListEntry e, Instant at, String actor, String action, String comment) {
        entries.addEvent(e.id, at, actor, action, comment);
    }

    public EntryView view(ControlListEntry e, Instant now, LocalDate today) {
        return view(e, now, today, entries.representations(e.id, today), entries.history(e.id));
    }

    private EntryView view(ControlListEntry e, Instant now, LocalDate today, List<EntryView.Representation> reps,
                           List<EntryView.HistoryItem> history) {
        return new EntryView(e.id, e.externalId, e.list, e.ground, e.effectiveStatus(now), e.person.toInput(),
                e.legalBasis, e.referringAgency, e.reason, e.caseReference, e.effectiveFrom, e.expiresOn,
                e.expiresAt, e.noticeServedOn, e.urgentSecurity, e.noticeOverdue(now, policy.urgentNoticeHours()), e.proposedBy,
                e.proposedAt, e.decidedBy, e.decidedAt, e.decisionComment, e.extensions,
                entries.pending(e).orElse(null), reps, history);
    }

    public PageResult<EntrySummary> search(EntrySearch s, Instant now, PageRequest page) {
        return entries.search(s, now, page);
    }

    public List<Long> lapsed(Instant now, int limit) {
        return entries.lapsed(now, limit);
    }

    public EntryActivated activation(ControlListEntry e) {
        return new EntryActivated(e.id, e.externalId, e.list, e.ground, e.person.toInput(), e.expiresAt);
    }

    public java.util.Optional<EntryActivated> findActive(long id, Instant now) {
        return entries.find(id).filter(e -> e.effectiveStatus(now) == EntryStatus.ACTIVE).map(this::activation);
    }

    public void forEachActive(Instant now, Long importId, Consumer<EntryActivated> consumer) {
        entries.forEachActive(now, importId, e -> consumer.accept(activation(e)));
    }

    public long fileRepresentation(ControlListEntry e, LocalDate received, String summary, String by, Instant now) {
        EntryStatus status = e.effectiveStatus(now);
        if (status != EntryStatus.ACTIVE && status != EntryStatus.PROPOSED) {
            throw DomainException.conflict("entry " + e.id + " is " + status + ": there is no listing to contest");
        }
        boolean inTime = e.noticeServedOn == null
                || !received.isAfter(e.noticeServedOn.plusDays(policy.reviewWindowDays()));
        return entries.addRepresentation(e.id, received, summary, by, now,
                received.plusDays(policy.representationDecisionDays()), inTime);
    }

    public void decideRepresentation(ControlListEntry e, long representationId, String outcome, String note,
                                     String by, LocalDate today) {
        if (!entries.decideRepresentation(e.id, representationId, outcome, note, by, today)) {
            boolean exists = entries.representations(e.id, today).stream().anyMatch(r -> r.id() == representationId);
            if (!exists) {
                throw DomainException.notFound("representation", representationId + " on entry " + e.id);
            }
            throw DomainException.conflict("representation " + representationId + " has already been decided");
        }
    }

    public boolean isGroundEnabled(Ground ground) {
        return policies.isEnabled(ground);
    }

    public PolicyView policyView() {
        List<PolicyView.GroundPolicy> grounds = new ArrayList<>();
        for (Ground g : Ground.values()) {
            ControlListPolicy.Terms t = policy.termsOf(g);
            grounds.add(new PolicyView.GroundPolicy(g, g.list(), t.term(), t.maxExtension(), t.maxExtensions(),
                    t.switchable(), !t.switchable() || policies.isEnabled(g)));
        }
        return new PolicyView(policy.zone().getId(), policy.representationDecisionDays(), policy.reviewWindowDays(),
                policy.urgentNoticeHours(), grounds, policies.recentChanges(50));
    }

    public long requestPolicyChange(Ground ground, boolean enable, String reason, String by, Instant now) {
        if (policies.hasPendingChange(ground)) {
            throw DomainException.conflict("a change to " + ground + " is already waiting for an approver");
        }
        if (policies.isEnabled(ground) == enable) {
            throw DomainException.conflict(ground + " is already " + (enable ? "on" : "off"));
        }
        return policies.requestChange(ground, enable, reason, by, now);
    }

    public PolicyView.PolicyChange decidePolicyChange(long id, boolean approve, String comment, String by, Instant now) {
        PolicyView.PolicyChange c = policies.findForUpdate(id)
                .orElseThrow(() -> DomainException.notFound("policy change", id));
        if (!c.status().equals("PENDING")) {
            throw DomainException.conflict("policy change " + id + " was already " + c.status().toLowerCase());
        }
        if (approve && c.requestedBy().equalsIgnoreCase(by)) {
            throw DomainException.conflict("policy change " + id + " was asked for by " + by
                    + ": another approver must decide it");
        }
        policies.decide(id, approve ? "APPROVED" : "REJECTED", by, now, comment);
        if (approve) {
            policies.setEnabled(c.ground(), c.enable(), by, now);
        }
        return c;
    }

    /** The raw counts behind {@link ControlListStatistics}; published only through {@code Figure}. */
    public record StatisticsCounts(Map<Ground, Map<EntryStatus, Long>> entries, long awaitingDecision,
                                   long representationsOpen, long representationsOverdue, long noticeOverdue) {

        public long entries(Ground ground, EntryStatus status) {
            return entries.getOrDefault(ground, Map.of()).getOrDefault(status, 0L);
        }
    }

    public StatisticsCounts statistics(Instant now, LocalDate today) {
        var ts = EntryRepository.ts(now);
        Map<Ground, Map<EntryStatus, Long>> counts = new EnumMap<>(Ground.class);
        jdbc.sql("select e.ground, " + EntryRepository.EFFECTIVE_STATUS + " as s, count(*) from cl_entry e group by 1, 2")
                .param("now", ts)
                .query(rs -> {
                    counts.computeIfAbsent(Ground.valueOf(rs.getString(1)), g -> new EnumMap<>(EntryStatus.class))
                            .put(EntryStatus.valueOf(rs.getString(2)), rs.getLong(3));
                });
        long awaiting = jdbc.sql("select count(*) from cl_entry e where e.status = 'PROPOSED' or (e.pending_change is "
                + "not null and " + EntryRepository.EFFECTIVE_STATUS + " = 'ACTIVE')").param("now", ts)
                .query(Long.class).single();
        long open = jdbc.sql("select count(*) from cl_representation where outcome is null").query(Long.class).single();
        long overdue = jdbc.sql("select count(*) from cl_representation where outcome is null and decide_by < ?")
                .param(today).query(Long.class).single();
        long noticeOverdue = jdbc.sql("select count(*) from cl_entry where status = 'ACTIVE' and notice_served_on is null "
                        + "and activated_at < ? and (expires_at is null or expires_at > ?)")
                .params(EntryRepository.ts(now.minusSeconds(3600L * policy.urgentNoticeHours())), ts)
                .query(Long.class).single();
        return new StatisticsCounts(counts, awaiting, open, overdue, noticeOverdue);
    }
}
