package org.nigehbaan.controllist.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.controllist.EntrySearch;
import org.nigehbaan.controllist.EntryStatus;
import org.nigehbaan.controllist.EntrySummary;
import org.nigehbaan.controllist.EntryView;
import org.nigehbaan.controllist.Ground;
import org.nigehbaan.controllist.ListType;
import org.nigehbaan.identity.Cnic;
import org.nigehbaan.identity.Country;
import org.nigehbaan.identity.Gender;
import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.identity.PassportNumber;
import org.nigehbaan.identity.Person;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Control-list entries, their history and representations, in explicit SQL. */
@Repository
public class EntryRepository {

    /** The effective status in SQL: an active entry past its expiry instant is expired. */
    static final String EFFECTIVE_STATUS = "case when e.status = 'ACTIVE' and e.expires_at is not null "
            + "and e.expires_at <= :now then 'EXPIRED' else e.status end";

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    EntryRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(5_000);
    }

    long insert(ControlListEntry e) {
        return jdbc.sql("""
                        insert into cl_entry (external_id, list, ground, status, full_name, aliases, name_urdu,
                            father_name, date_of_birth, gender, nationality, cnic, passport_numbers, legal_basis,
                            referring_agency, reason, case_reference, effective_from, expires_on, expires_at,
                            notice_served_on, urgent_security, proposed_by, proposed_at, search_text)
                        values (:externalId, :list, :ground, :status, :fullName, :aliases, :nameUrdu, :fatherName,
                            :dob, :gender, :nationality, :cnic, :passports, :legalBasis, :agency, :reason,
                            :caseReference, :effectiveFrom, :expiresOn, :expiresAt, :notice, :urgent, :proposedBy,
                            :proposedAt, :searchText)
                        returning id""")
                .param("externalId", e.externalId)
                .param("list", e.list.name())
                .param("ground", e.ground.name())
                .param("status", e.status.name())
                .param("fullName", e.person.fullName())
                .param("aliases", e.person.aliases().toArray(String[]::new))
                .param("nameUrdu", e.person.nameInUrdu())
                .param("fatherName", e.person.fatherName())
                .param("dob", e.person.dateOfBirth() == null ? null : e.person.dateOfBirth().toString())
                .param("gender", e.person.gender() == null ? null : e.person.gender().name())
                .param("nationality", e.person.nationality() == null ? null : e.person.nationality().code())
                .param("cnic", e.person.cnic() == null ? null : e.person.cnic().digits())
                .param("passports", e.person.passportNumbers().stream().map(PassportNumber::value).toArray(String[]::new))
                .param("legalBasis", e.legalBasis)
                .param("agency", e.referringAgency)
                .param("reason", e.reason)
                .param("caseReference", e.caseReference)
                .param("effectiveFrom", e.effectiveFrom)
                .param("expiresOn", e.expiresOn)
                .param("expiresAt", ts(e.expiresAt))
                .param("notice", e.noticeServedOn)
                .param("urgent", e.urgentSecurity)
                .param("proposedBy", e.proposedBy)
                .param("proposedAt", ts(e.proposedAt))
                .param("searchText", SearchText.of(e.person, e.externalId, e.caseReference))
                .query(Long.class).single();
    }

    /** Saves a state change; fails with 409 when someone else changed the entry since it was read. */
    void update(ControlListEntry e) {
        int n = jdbc.sql("""
                        update cl_entry set status = :status, expires_on = :expiresOn, expires_at = :expiresAt,
                            notice_served_on = :notice, decided_by = :decidedBy, decided_at = :decidedAt,
                            decision_comment = :comment, activated_at = :activatedAt, ended_by = :endedBy,
                            ended_at = :endedAt, end_reason = :endReason, extensions = :extensions,
                            pending_change = :pending, pending_expires_on = :pendingExpiresOn,
                            pending_reason = :pendingReason, pending_by = :pendingBy, pending_at = :pendingAt,
                            version = version + 1
                        where id = :id and version = :version""")
                .param("status", e.status.name())
                .param("expiresOn", e.expiresOn)
                .param("expiresAt", ts(e.expiresAt))
                .param("notice", e.noticeServedOn)
                .param("decidedBy", e.decidedBy)
                .param("decidedAt", ts(e.decidedAt))
                .param("comment", e.decisionComment)
                .param("activatedAt", ts(e.activatedAt))
                .param("endedBy", e.endedBy)
                .param("endedAt", ts(e.endedAt))
                .param("endReason", e.endReason)
                .param("extensions", e.extensions)
                .param("pending", e.pendingChange == null ? null : e.pendingChange.name())
                .param("pendingExpiresOn", e.pendingExpiresOn)
                .param("pendingReason", e.pendingReason)
                .param("pendingBy", e.pendingBy)
                .param("pendingAt", ts(e.pendingAt))
                .param("id", e.id)
                .param("version", e.version)
                .update();
        if (n != 1) {
            throw DomainException.conflict("entry " + e.id + " was changed by someone else meanwhile: reload and retry");
        }
        e.version++;
    }

    Optional<ControlListEntry> find(long id) {
        return jdbc.sql("select * from cl_entry e where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    /** Reads an entry and locks it until the transaction ends, so that two decisions cannot interleave. */
    Optional<ControlListEntry> findForUpdate(long id) {
        return jdbc.sql("select * from cl_entry e where id = ? for update").param(id).query((rs, n) -> map(rs)).optional();
    }

    void addEvent(long entryId, Instant at, String actor, String action, String comment) {
        jdbc.sql("insert into cl_entry_event (entry_id, at, actor, action, comment) values (?, ?, ?, ?, ?)")
                .params(entryId, ts(at), actor, action, comment).update();
    }

    List<EntryView.HistoryItem> history(long entryId) {
        // An imported entry's history starts with its import and the import's approval, each recorded once per
        // import, not per entry.
        return jdbc.sql("""
                        select i.started_at as at, i.imported_by as actor, 'IMPORTED' as action,
                               'approval ' || i.approval_reference || ', import ' || i.id || ' from ' || i.source
                               as comment, 0 as id
                        from cl_entry e join cl_import i on i.id = e.first_import_id where e.id = :id
                        union all
                        select i.decided_at, i.decided_by, 'IMPORT_APPROVED',
                               coalesce(i.decision_comment, 'import ' || i.id || ' approved'), 0
                        from cl_entry e join cl_import i on i.id = e.first_import_id
                        where e.id = :id and i.decided_by is not null
                        union all
                        select at, actor, action, comment, id from cl_entry_event where entry_id = :id
                        order by id, at""")
                .param("id", entryId)
                .query((rs, n) -> new EntryView.HistoryItem(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    PageResult<EntrySummary> search(EntrySearch s, Instant now, PageRequest page) {
        StringBuilder where = new StringBuilder(" where true");
        var params = new java.util.HashMap<String, Object>();
        params.put("now", ts(now));
        if (s.status() != null) {
            where.append(" and ").append(EFFECTIVE_STATUS).append(" = :status");
            params.put("status", s.status().name());
        }
        if (s.list() != null) {
            where.append(" and e.list = :list");
            params.put("list", s.list().name());
        }
        if (s.ground() != null) {
            where.append(" and e.ground = :ground");
            params.put("ground", s.ground().name());
        }
        if (s.awaitingDecision()) {
            where.append(" and (e.status = 'PROPOSED' or (e.pending_change is not null and ")
                    .append(EFFECTIVE_STATUS).append(" = 'ACTIVE'))");
        }
        if (s.q() != null && !s.q().isBlank()) {
            String q = s.q().strip().toLowerCase(java.util.Locale.ROOT);
            String digits = q.replaceAll("[\\s-]", "");
            where.append(" and (e.search_text like :q or e.cnic = :digits or :upper = any(e.passport_numbers))");
            params.put("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("digits", digits);
            params.put("upper", digits.toUpperCase(java.util.Locale.ROOT));
        }
        long total = jdbc.sql("select count(*) from cl_entry e" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<EntrySummary> items = jdbc.sql("select e.*, " + EFFECTIVE_STATUS + " as effective_status from cl_entry e"
                        + where + " order by e.id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new EntrySummary(rs.getLong("id"), rs.getString("external_id"),
                        ListType.valueOf(rs.getString("list")), Ground.valueOf(rs.getString("ground")),
                        EntryStatus.valueOf(rs.getString("effective_status")), rs.getString("full_name"),
                        rs.getString("date_of_birth"), formatCnic(rs.getString("cnic")),
                        rs.getObject("effective_from", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
                        rs.getString("pending_change"), rs.getString("proposed_by")))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Ids of entries recorded ACTIVE whose term has ended, oldest first. */
    List<Long> lapsed(Instant now, int limit) {
        return jdbc.sql("select id from cl_entry where status = 'ACTIVE' and expires_at <= ? order by expires_at limit ?")
                .params(ts(now), limit).query(Long.class).list();
    }

    /**
     * Streams every entry that is active at {@code now} (optionally only those of one import), in constant
     * memory, for the screening index.
     */
    void forEachActive(Instant now, Long importId, Consumer<ControlListEntry> consumer) {
        String sql = "select * from cl_entry e where status = 'ACTIVE' and (expires_at is null or expires_at > ?)"
                + (importId == null ? "" : " and import_id = ?") + " order by id";
        Object[] args = importId == null ? new Object[] {ts(now)} : new Object[] {ts(now), importId};
        streaming.query(sql, rs -> {
            consumer.accept(map(rs));
        }, args);
    }

    Optional<EntryView.PendingChange> pending(ControlListEntry e) {
        return e.pendingChange == null ? Optional.empty() : Optional.of(new EntryView.PendingChange(
                e.pendingChange.name(), e.pendingExpiresOn, e.pendingReason, e.pendingBy, e.pendingAt));
    }

    // Representations

    long addRepresentation(long entryId, LocalDate receivedOn, String summary, String by, Instant at,
                           LocalDate decideBy, boolean withinWindow) {
        return jdbc.sql("""
                        insert into cl_representation (entry_id, received_on, summary, filed_by, filed_at, decide_by,
                            within_window) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(entryId, receivedOn, summary, by, ts(at), decideBy, withinWindow)
                .query(Long.class).single();
    }

    /** Records a decision; false when the representation does not exist on this entry or is already decided. */
    boolean decideRepresentation(long entryId, long representationId, String outcome, String note, String by,
                                 LocalDate on) {
        return jdbc.sql("""
                        update cl_representation set outcome = ?, decision_note = ?, decided_by = ?, decided_on = ?
                        where id = ? and entry_id = ? and outcome is null""")
                .params(outcome, note, by, on, representationId, entryId).update() == 1;
    }

    List<EntryView.Representation> representations(long entryId, LocalDate today) {
        return jdbc.sql("select * from cl_representation where entry_id = ? order by id").param(entryId)
                .query((rs, n) -> {
                    LocalDate decideBy = rs.getObject("decide_by", LocalDate.class);
                    String outcome = rs.getString("outcome");
                    return new EntryView.Representation(rs.getLong("id"), rs.getObject("received_on", LocalDate.class),
                            rs.getString("summary"), rs.getString("filed_by"), decideBy,
                            rs.getBoolean("within_window"), outcome == null && today.isAfter(decideBy), outcome,
                            rs.getString("decision_note"), rs.getString("decided_by"),
                            rs.getObject("decided_on", LocalDate.class));
                })
                .list();
    }
    ControlListEntry map(ResultSet rs) throws SQLException {
        ControlListEntry e = new ControlListEntry();
        e.id = rs.getLong("id");
        e.externalId = rs.getString("external_id");
        e.list = ListType.valueOf(rs.getString("list"));
        e.ground = Ground.valueOf(rs.getString("ground"));
        e.status = EntryStatus.valueOf(rs.getString("status"));
        String dob = rs.getString("date_of_birth");
        String gender = rs.getString("gender");
        String nationality = rs.getString("nationality");
        String cnic = rs.getString("cnic");
        e.person = new Person(rs.getString("full_name"), strings(rs.getArray("aliases")), rs.getString("name_urdu"),
                rs.getString("father_name"), dob == null ? null : PartialDate.parse(dob),
                gender == null ? null : Gender.valueOf(gender), nationality == null ? null : new Country(nationality),
                cnic == null ? null : new Cnic(cnic),
                strings(rs.getArray("passport_numbers")).stream().map(PassportNumber::new).toList());
        e.legalBasis = rs.getString("legal_basis");
        e.referringAgency = rs.getString("referring_agency");
        e.reason = rs.getString("reason");
        e.caseReference = rs.getString("case_reference");
        e.effectiveFrom = rs.getObject("effective_from", LocalDate.class);
        e.expiresOn = rs.getObject("expires_on", LocalDate.class);
        e.expiresAt = instant(rs, "expires_at");
        e.noticeServedOn = rs.getObject("notice_served_on", LocalDate.class);
        e.urgentSecurity = rs.getBoolean("urgent_security");
        e.proposedBy = rs.getString("proposed_by");
        e.proposedAt = instant(rs, "proposed_at");
        e.decidedBy = rs.getString("decided_by");
        e.decidedAt = instant(rs, "decided_at");
        e.decisionComment = rs.getString("decision_comment");
        e.activatedAt = instant(rs, "activated_at");
        e.endedBy = rs.getString("ended_by");
        e.endedAt = instant(rs, "ended_at");
        e.endReason = rs.getString("end_reason");
        e.extensions = rs.getInt("extensions");
        String pending = rs.getString("pending_change");
        e.pendingChange = pending == null ? null : ControlListEntry.PendingType.valueOf(pending);
        e.pendingExpiresOn = rs.getObject("pending_expires_on", LocalDate.class);
        e.pendingReason = rs.getString("pending_reason");
        e.pendingBy = rs.getString("pending_by");
        e.pendingAt = instant(rs, "pending_at");
        long importId = rs.getLong("import_id");
        e.importId = rs.wasNull() ? null : importId;
        e.version = rs.getInt("version");
        return e;
    }

    private static List<String> strings(Array a) throws SQLException {
        if (a == null) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList((String[]) a.getArray()));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static String formatCnic(String digits) {
        return digits == null ? null : new Cnic(digits).formatted();
    }

}
