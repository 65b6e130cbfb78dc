package org.nigehbaan.cooperation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nigehbaan.cooperation.Assurance;
import org.nigehbaan.cooperation.AssuranceKind;
import org.nigehbaan.cooperation.CaseStatus;
import org.nigehbaan.cooperation.CaseType;
import org.nigehbaan.cooperation.Conviction;
import org.nigehbaan.cooperation.Direction;
import org.nigehbaan.cooperation.NationalityStatus;
import org.nigehbaan.cooperation.NationalityVerification;
import org.nigehbaan.cooperation.SharedField;
import org.nigehbaan.cooperation.Side;
import org.nigehbaan.cooperation.TimelineEntry;
import org.nigehbaan.cooperation.TravelDocument;
import org.nigehbaan.cooperation.TravelDocumentKind;
import org.nigehbaan.identity.Person;
import org.nigehbaan.identity.PersonInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Cases, their subjects, assurances, convictions and timeline, in explicit SQL. */
@Repository
public class CaseRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new case, giving it its id and reference ({@code RET-IN-2026-00017}). */
    public CooperationCase insert(CooperationCase c) {
        long id = jdbc.sql("select nextval('coop_case_id_seq')").query(Long.class).single();
        c.id = id;
        c.reference = String.format("%s-%s-%d-%05d", c.type.code(), c.direction.code(), c.receivedOn.getYear(), id);
        jdbc.sql("insert into coop_case (id, reference, case_type, direction, status, requesting_authority, "
                        + "requested_authority, received_on, ack_due_on, created_at, created_by, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, c.reference, c.type.name(), c.direction.name(), c.status.name(), c.requestingAuthority,
                        c.requestedAuthority, date(c.receivedOn), date(c.ackDueOn),
                        Timestamp.from(c.createdAt), c.createdBy, Timestamp.from(c.updatedAt))
                .update();
        update(c);
        for (int i = 0; i < c.subjects.size(); i++) {
            Person p = c.subjects.get(i);
            jdbc.sql("insert into coop_subject (case_id, position, full_name, person) values (?, ?, ?, cast(? as jsonb))")
                    .params(id, i, p.fullName(), JSON.writeValueAsString(p.toInput())).update();
        }
        return c;
    }

    /** Writes every mutable column, the stored due date of the running clock, and the child lists. */
    public void update(CooperationCase c) {
        TravelDocument td = c.travelDocument;
        NationalityVerification nv = c.nationality;
        jdbc.sql("update coop_case set status = ?, external_reference = ?, summary = ?, offence = ?, "
                        + "acknowledged_on = ?, decide_due_on = ?, decided_on = ?, respond_due_on = ?, closed_on = ?, "
                        + "next_due_on = ?, shared_with_uk = ?, shared_fields = ?, arrangement_reference = ?, "
                        + "arrangement_basis = ?, arrangement_agreed_on = ?, record_purpose = ?, "
                        + "removed_for_illegal_migration = ?, travel_document_kind = ?, travel_document_number = ?, "
                        + "travel_document_country = ?, travel_document_expires_on = ?, nationality_status = ?, "
                        + "nationality_reference = ?, nationality_verified_by = ?, nationality_verified_on = ?, "
                        + "return_date = ?, notice_given_on = ?, returned_on = ?, updated_at = ? where id = ?")
                .params(c.status.name(), c.externalReference, c.summary, c.offence, date(c.acknowledgedOn),
                        date(c.decideDueOn), date(c.decidedOn), date(c.respondDueOn), date(c.closedOn),
                        date(CaseClocks.nextDue(c)), c.sharedWithUk, fieldsText(c.sharedFields),
                        c.arrangementReference, c.arrangementBasis, date(c.arrangementAgreedOn), c.recordPurpose,
                        c.removedForIllegalMigration, td == null ? null : td.kind().name(),
                        td == null ? null : td.number(), td == null ? null : td.issuingCountry(),
                        td == null ? null : date(td.expiresOn()), nv == null ? null : nv.status().name(),
                        nv == null ? null : nv.reference(), nv == null ? null : nv.verifiedBy(),
                        nv == null ? null : date(nv.verifiedOn()), date(c.returnDate), date(c.noticeGivenOn),
                        date(c.returnedOn), Timestamp.from(c.updatedAt), c.id)
                .update();
        jdbc.sql("delete from coop_assurance where case_id = ?").param(c.id).update();
        for (int i = 0; i < c.assurances.size(); i++) {
            Assurance a = c.assurances.get(i);
            jdbc.sql("insert into coop_assurance (case_id, position, kind, text, given_by, given_on) values (?, ?, ?, ?, ?, ?)")
                    .params(c.id, i, a.kind().name(), a.text(), a.givenBy(), date(a.givenOn())).update();
        }
        jdbc.sql("delete from coop_conviction where case_id = ?").param(c.id).update();
        if (c.convictions != null) {
            for (int i = 0; i < c.convictions.size(); i++) {
                Conviction v = c.convictions.get(i);
                jdbc.sql("insert into coop_conviction (case_id, position, offence, convicted_on, court, sentence) "
                                + "values (?, ?, ?, ?, ?, ?)")
                        .params(c.id, i, v.offence(), v.date(), v.court(), v.sentence()).update();
            }
        }
    }

    /** Whether a case exists and is shared with the UK: empty when it does not exist. */
    public Optional<Boolean> sharedWithUk(long id) {
        return jdbc.sql("select shared_with_uk from coop_case where id = ?").param(id).query(Boolean.class).optional();
    }

    public Optional<CooperationCase> find(long id) {
        return load(id, false);
    }

    /** Loads and locks the case row until the transaction ends, so steps on one case are serialised. */
    public Optional<CooperationCase> lock(long id) {
        return load(id, true);
    }

    private Optional<CooperationCase> load(long id, boolean forUpdate) {
        Optional<CooperationCase> found = jdbc.sql("select * from coop_case where id = ?" + (forUpdate ? " for update" : ""))
                .param(id).query((rs, n) -> row(rs)).optional();
        found.ifPresent(c -> {
            c.subjects = new ArrayList<>(jdbc.sql("select person from coop_subject where case_id = ? order by position")
                    .param(id).query((rs, n) -> Person.fromInput(JSON.readValue(rs.getString(1), PersonInput.class),
                            "subject")).list());
            c.assurances = new ArrayList<>(jdbc.sql("select * from coop_assurance where case_id = ? order by position")
                    .param(id).query((rs, n) -> new Assurance(AssuranceKind.valueOf(rs.getString("kind")),
                            rs.getString("text"), rs.getString("given_by"), localDate(rs, "given_on"))).list());
            if (c.status == CaseStatus.RESPONDED && c.type == CaseType.CRIMINAL_RECORD) {
                c.convictions = jdbc.sql("select * from coop_conviction where case_id = ? order by position")
                        .param(id).query((rs, n) -> new Conviction(rs.getString("offence"), rs.getString("convicted_on"),
                                rs.getString("court"), rs.getString("sentence"))).list();
            }
        });
        return found;
    }

    private static CooperationCase row(ResultSet rs) throws SQLException {
        CooperationCase c = new CooperationCase();
        c.id = rs.getLong("id");
        c.reference = rs.getString("reference");
        c.type = CaseType.valueOf(rs.getString("case_type"));
        c.direction = Direction.valueOf(rs.getString("direction"));
        c.status = CaseStatus.valueOf(rs.getString("status"));
        c.requestingAuthority = rs.getString("requesting_authority");
        c.requestedAuthority = rs.getString("requested_authority");
        c.externalReference = rs.getString("external_reference");
        c.summary = rs.getString("summary");
        c.offence = rs.getString("offence");
        c.receivedOn = localDate(rs, "received_on");
        c.ackDueOn = localDate(rs, "ack_due_on");
        c.acknowledgedOn = localDate(rs, "acknowledged_on");
        c.decideDueOn = localDate(rs, "decide_due_on");
        c.decidedOn = localDate(rs, "decided_on");
        c.respondDueOn = localDate(rs, "respond_due_on");
        c.closedOn = localDate(rs, "closed_on");
        c.sharedWithUk = rs.getBoolean("shared_with_uk");
        c.sharedFields = parseFields(rs.getString("shared_fields"));
        c.arrangementReference = rs.getString("arrangement_reference");
        c.arrangementBasis = rs.getString("arrangement_basis");
        c.arrangementAgreedOn = localDate(rs, "arrangement_agreed_on");
        c.recordPurpose = rs.getString("record_purpose");
        c.removedForIllegalMigration = (Boolean) rs.getObject("removed_for_illegal_migration");
        if (rs.getString("travel_document_kind") != null) {
            c.travelDocument = new TravelDocument(TravelDocumentKind.valueOf(rs.getString("travel_document_kind")),
                    rs.getString("travel_document_number"), rs.getString("travel_document_country"),
                    localDate(rs, "travel_document_expires_on"));
        }
        if (rs.getString("nationality_status") != null) {
            c.nationality = new NationalityVerification(NationalityStatus.valueOf(rs.getString("nationality_status")),
                    rs.getString("nationality_reference"), rs.getString("nationality_verified_by"),
                    localDate(rs, "nationality_verified_on"));
        }
        c.returnDate = localDate(rs, "return_date");
        c.noticeGivenOn = localDate(rs, "notice_given_on");
        c.returnedOn = localDate(rs, "returned_on");
        c.createdAt = rs.getTimestamp("created_at").toInstant();
        c.createdBy = rs.getString("created_by");
        c.updatedAt = rs.getTimestamp("updated_at").toInstant();
        return c;
    }

    // ---- timeline ------------------------------------------------------------------------------------------

    public void addEvent(long caseId, Instant at, LocalDate effectiveOn, String actor, Side side, String action,
                         CaseStatus from, CaseStatus to, String note) {
        jdbc.sql("insert into coop_case_event (case_id, occurred_at, effective_on, actor, side, action, from_status, "
                        + "to_status, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, Timestamp.from(at), date(effectiveOn), actor, side.name(), action,
                        from == null ? null : from.name(), to.name(), note)
                .update();
    }

    public List<TimelineEntry> timeline(long caseId) {
        return jdbc.sql("select * from coop_case_event where case_id = ? order by id").param(caseId)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp("occurred_at").toInstant(),
                        localDate(rs, "effective_on"), rs.getString("action"),
                        rs.getString("from_status") == null ? null : CaseStatus.valueOf(rs.getString("from_status")),
                        CaseStatus.valueOf(rs.getString("to_status")), Side.valueOf(rs.getString("side")),
                        rs.getString("actor"), rs.getString("note")))
                .list();
    }

    // ---- the work list -------------------------------------------------------------------------------------

    /** A work-list row before it is judged against today. */
    public record WorkRow(long id, String reference, CaseType type, Direction direction, CaseStatus status,
                          LocalDate receivedOn, LocalDate nextDueOn, boolean sharedWithUk, Set<SharedField> sharedFields,
                          List<String> subjectNames, long unread) {
    }

    /** The filters of a work-list query, already parsed. */
    public record WorkFilter(CaseStatus status, CaseType type, Direction direction, LocalDate dueBefore,
                             LocalDate dueFrom, String q, boolean includeClosed, boolean sharedOnly, Side readerSide) {
    }

    /** Open cases ordered by the due date of their running clock (breaches first), then newest first. */
    public List<WorkRow> workList(WorkFilter f, int limit, long offset) {
        List<Object> params = new ArrayList<>();
        params.add(f.readerSide().name());
        String where = where(f, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select c.id, c.reference, c.case_type, c.direction, c.status, c.received_on, c.next_due_on, "
                        + "c.shared_with_uk, c.shared_fields, "
                        + "(select string_agg(s.full_name, chr(31) order by s.position) from coop_subject s "
                        + "where s.case_id = c.id) as names, "
                        + "(select count(*) from coop_message m where m.case_id = c.id and m.side <> ? "
                        + "and m.read_at is null) as unread "
                        + "from coop_case c" + where
                        + " order by c.next_due_on is null, c.next_due_on, c.id desc limit ? offset ?")
                .params(params)
                .query((rs, n) -> new WorkRow(rs.getLong("id"), rs.getString("reference"),
                        CaseType.valueOf(rs.getString("case_type")), Direction.valueOf(rs.getString("direction")),
                        CaseStatus.valueOf(rs.getString("status")), localDate(rs, "received_on"),
                        localDate(rs, "next_due_on"), rs.getBoolean("shared_with_uk"),
                        parseFields(rs.getString("shared_fields")),
                        rs.getString("names") == null ? List.of() : List.of(rs.getString("names").split("\u001f")),
                        rs.getLong("unread")))
                .list();
    }

    public long countWorkList(WorkFilter f) {
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        return jdbc.sql("select count(*) from coop_case c" + where).params(params).query(Long.class).single();
    }

    private static String where(WorkFilter f, List<Object> params) {
        StringBuilder w = new StringBuilder(" where true");
        if (f.sharedOnly()) {
            w.append(" and c.shared_with_uk");
        }
        if (f.status() != null) {
            w.append(" and c.status = ?");
            params.add(f.status().name());
        } else if (!f.includeClosed()) {
            w.append(" and c.status not in ('RESPONDED', 'COMPLETED', 'REFUSED', 'WITHDRAWN')");
        }
        if (f.type() != null) {
            w.append(" and c.case_type = ?");
            params.add(f.type().name());
        }
        if (f.direction() != null) {
            w.append(" and c.direction = ?");
            params.add(f.direction().name());
        }
        if (f.dueFrom() != null) {
            w.append(" and c.next_due_on >= ?");
            params.add(date(f.dueFrom()));
        }
        if (f.dueBefore() != null) {
            w.append(" and c.next_due_on < ?");
            params.add(date(f.dueBefore()));
        }
        if (f.q() != null) {
            String like = "%" + f.q().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            // The UK liaison may find a case by a subject's name only where the subjects are shared with it.
            String subjectsVisible = f.sharedOnly() ? "(',' || c.shared_fields || ',') like '%,SUBJECTS,%' and " : "";
            w.append(" and (lower(c.reference) like ? or lower(coalesce(c.external_reference, '')) like ? or ("
                    + subjectsVisible + "exists (select 1 from coop_subject s where s.case_id = c.id "
                    + "and lower(s.full_name) like ?)))");
            params.add(like);
            params.add(like);
            params.add(like);
        }
        return w.toString();
    }

    // ---- statistics ----------------------------------------------------------------------------------------

    /** The dates of every case received by {@code to}: all the statistics need, and nothing personal. */
    public List<CaseDates> caseDates(LocalDate to) {
        return jdbc.sql("select case_type, direction, status, received_on, ack_due_on, acknowledged_on, decide_due_on, "
                        + "decided_on, respond_due_on, closed_on from coop_case where received_on <= ?")
                .param(date(to))
                .query((rs, n) -> new CaseDates(CaseType.valueOf(rs.getString(1)), Direction.valueOf(rs.getString(2)),
                        CaseStatus.valueOf(rs.getString(3)), localDate(rs, "received_on"), localDate(rs, "ack_due_on"),
                        localDate(rs, "acknowledged_on"), localDate(rs, "decide_due_on"), localDate(rs, "decided_on"),
                        localDate(rs, "respond_due_on"), localDate(rs, "closed_on")))
                .list();
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    static String fieldsText(Set<SharedField> fields) {
        return fields.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<SharedField> parseFields(String text) {
        Set<SharedField> s = EnumSet.noneOf(SharedField.class);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::strip).map(SharedField::valueOf).forEach(s::add);
        }
        return s;
    }

    /** Dates travel as {@link LocalDate} (JDBC 4.2), never through the JVM's default time zone. */
    private static LocalDate date(LocalDate d) {
        return d;
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
