package org.nigehbaan.childprotection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.nigehbaan.childprotection.Grade;
import org.nigehbaan.childprotection.IncidentType;
import org.nigehbaan.childprotection.IntakeChannel;
import org.nigehbaan.childprotection.ReportStatus;
import org.nigehbaan.childprotection.ReportView;
import org.nigehbaan.childprotection.VictimAgeBand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reports and what hangs off them, in explicit SQL. Inserts take whole batches as arrays
 * ({@code insert ... select from unnest(...)}): one statement a table a batch, for one report or a thousand.
 */
@Repository
public class ReportRepository {

    /** Separates list items inside one text value for {@code string_to_array}: a control character no input keeps. */
    static final String SEP = "\u001f";

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A report to insert, with its parsed content. */
    public record NewRow(ChildReport report, ParsedReport content) {
    }

    /**
     * Inserts the reports (and their suspects, files, URLs and link keys) and sets their ids. A report whose
     * {@code (reporter, sourceReportId)} another transaction stored meanwhile is skipped: the returned list
     * holds only the rows inserted.
     */
    public List<NewRow> insertAll(List<NewRow> rows) {
        return insertAll(rows, new StageTimes());
    }

    /** As {@link #insertAll(List)}, timing each table's insert into {@code times}. */
    public List<NewRow> insertAll(List<NewRow> rows, StageTimes times) {
        if (rows.isEmpty()) {
            return List.of();
        }
        int n = rows.size();
        String[] reference = new String[n];
        String[] channel = new String[n];
        String[] reporter = new String[n];
        String[] source = new String[n];
        String[] type = new String[n];
        String[] incidentAt = new String[n];
        String[] platform = new String[n];
        String[] age = new String[n];
        boolean[] danger = new boolean[n];
        boolean[] sextortion = new boolean[n];
        boolean[] live = new boolean[n];
        boolean[] grooming = new boolean[n];
        String[] description = new String[n];
        String[] contact = new String[n];
        String[] grade = new String[n];
        String[] gradedBy = new String[n];
        String[] dueBy = new String[n];
        String[] receivedAt = new String[n];
        for (int i = 0; i < n; i++) {
            ChildReport r = rows.get(i).report();
            ParsedReport p = rows.get(i).content();
            reference[i] = r.reference;
            channel[i] = r.channel.name();
            reporter[i] = r.reporter;
            source[i] = r.sourceReportId;
            type[i] = p.incidentType().name();
            incidentAt[i] = p.incidentAt() == null ? null : p.incidentAt().toString();
            platform[i] = p.platform();
            age[i] = p.victimAgeBand().name();
            danger[i] = p.imminentDanger();
            sextortion[i] = p.sextortion();
            live[i] = p.liveAbuse();
            grooming[i] = p.grooming();
            description[i] = p.description();
            contact[i] = p.reporterContact();
            grade[i] = r.grade.name();
            gradedBy[i] = r.gradedBy;
            dueBy[i] = r.dueBy.toString();
            receivedAt[i] = r.receivedAt.toString();
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("""
                insert into child_report (reference, channel, reporter, source_report_id, incident_type, incident_at,
                    platform, victim_age_band, imminent_danger, sextortion, live_abuse, grooming, description,
                    reporter_contact, grade, graded_by, due_by, status, received_at)
                select t.reference, t.channel, t.reporter, t.source, t.type, t.incident_at::timestamptz, t.platform,
                    t.age, t.danger, t.sextortion, t.live, t.grooming, t.description, t.contact, t.grade, t.graded_by,
                    t.due_by::timestamptz, 'AWAITING_TRIAGE', t.received_at::timestamptz
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                    ?::boolean[], ?::boolean[], ?::boolean[], ?::boolean[], ?::text[], ?::text[], ?::text[], ?::text[],
                    ?::text[], ?::text[])
                    as t(reference, channel, reporter, source, type, incident_at, platform, age, danger, sextortion,
                         live, grooming, description, contact, grade, graded_by, due_by, received_at)
                on conflict (reporter, source_report_id) where source_report_id is not null do nothing
                returning id, reference""")
                .params(reference, channel, reporter, source, type, incidentAt, platform, age, danger, sextortion,
                        live, grooming, description, contact, grade, gradedBy, dueBy, receivedAt)
                .query((rs, i) -> ids.put(rs.getString(2), rs.getLong(1))).list();
        List<NewRow> inserted = new ArrayList<>(ids.size());
        for (NewRow row : rows) {
            Long id = ids.get(row.report().reference);
            if (id != null) {
                row.report().id = id;
                inserted.add(row);
            }
        }
        times.lap("store: insert reports");
        insertSuspects(inserted);
        times.lap("store: insert suspects");
        insertFiles(inserted);
        times.lap("store: insert files");
        insertUrls(inserted);
        times.lap("store: insert urls");
        insertLinks(inserted);
        times.lap("store: insert link keys");
        return inserted;
    }

    private void insertSuspects(List<NewRow> rows) {
        List<Object[]> s = new ArrayList<>();
        for (NewRow row : rows) {
            List<ParsedReport.Suspect> suspects = row.content().suspects();
            for (int i = 0; i < suspects.size(); i++) {
                ParsedReport.Suspect x = suspects.get(i);
                s.add(new Object[] {row.report().id, i, joined(x.names()), joined(x.accounts()), joined(x.emails()),
                        joined(x.phones()), x.dateOfBirth() == null ? null : x.dateOfBirth().toString(),
                        x.cnic() == null ? null : x.cnic().digits(),
                        joined(x.passportNumbers().stream().map(Object::toString).toList()),
                        x.country() == null ? null : x.country().code(), x.address()});
            }
        }
        if (s.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into child_report_suspect (report_id, position, names, accounts, emails, phones, date_of_birth,
                    cnic, passport_numbers, country, address)
                select t.r, t.p, string_to_array(t.names, chr(31)), string_to_array(t.accounts, chr(31)),
                    string_to_array(t.emails, chr(31)), string_to_array(t.phones, chr(31)), t.dob, t.cnic,
                    string_to_array(t.passports, chr(31)), t.country, t.address
                from unnest(?::bigint[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                    ?::text[], ?::text[], ?::text[]) as t(r, p, names, accounts, emails, phones, dob, cnic, passports,
                    country, address)""")
                .params(longs(s, 0), ints(s, 1), texts(s, 2), texts(s, 3), texts(s, 4), texts(s, 5), texts(s, 6),
                        texts(s, 7), texts(s, 8), texts(s, 9), texts(s, 10))
                .update();
    }

    private void insertFiles(List<NewRow> rows) {
        List<Object[]> f = new ArrayList<>();
        for (NewRow row : rows) {
            List<ParsedReport.File> files = row.content().files();
            for (int i = 0; i < files.size(); i++) {
                ParsedReport.File x = files.get(i);
                f.add(new Object[] {row.report().id, i, x.fileName(), x.size() == null ? null : x.size().toString(),
                        x.md5(), x.sha1(), x.sha256(), x.pdq()});
            }
        }
        if (f.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into child_report_file (report_id, position, file_name, size_bytes, md5, sha1, sha256, pdq)
                select t.r, t.p, t.name, t.size::bigint, t.md5, t.sha1, t.sha256, t.pdq
                from unnest(?::bigint[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                    as t(r, p, name, size, md5, sha1, sha256, pdq)""")
                .params(longs(f, 0), ints(f, 1), texts(f, 2), texts(f, 3), texts(f, 4), texts(f, 5), texts(f, 6),
                        texts(f, 7))
                .update();
    }

    private void insertUrls(List<NewRow> rows) {
        List<Object[]> u = new ArrayList<>();
        for (NewRow row : rows) {
            List<String> urls = row.content().urls();
            for (int i = 0; i < urls.size(); i++) {
                u.add(new Object[] {row.report().id, i, urls.get(i)});
            }
        }
        if (!u.isEmpty()) {
            jdbc.sql("insert into child_report_url (report_id, position, url) select * from unnest(?::bigint[], "
                    + "?::int[], ?::text[])").params(longs(u, 0), ints(u, 1), texts(u, 2)).update();
        }
    }

    private void insertLinks(List<NewRow> rows) {
        List<Object[]> l = new ArrayList<>();
        for (NewRow row : rows) {
            for (ParsedReport.Link link : row.content().links()) {
                l.add(new Object[] {link.kind(), link.value(), row.report().id});
            }
        }
        if (!l.isEmpty()) {
            // No "on conflict": the reports are new and each one's keys distinct (a set), so no row can clash, and
            // the conflict check would probe the primary key a second time for each of a backlog's 500,000 keys.
            jdbc.sql("insert into child_report_link (kind, value, report_id) select * from unnest(?::text[], "
                    + "?::text[], ?::bigint[])").params(texts(l, 0), texts(l, 1), longs(l, 2)).update();
        }
    }

    /** The references this reporter already has for these source ids. */
    public Map<String, String> referencesBySource(String reporter, Collection<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> m = new HashMap<>();
        jdbc.sql("select source_report_id, reference from child_report where reporter = ? "
                        + "and source_report_id = any(?::text[])")
                .params(reporter, sourceIds.toArray(String[]::new))
                .query(rs -> {
                    m.put(rs.getString(1), rs.getString(2));
                });
        return m;
    }

    public Optional<ChildReport> find(String reference) {
        return jdbc.sql(SELECT + " where reference = ?").param(reference).query(ReportRepository::report).optional();
    }

    public Optional<ChildReport> findForUpdate(String reference) {
        return jdbc.sql(SELECT + " where reference = ? for update").param(reference).query(ReportRepository::report)
                .optional();
    }

    public Optional<ChildReport> findBySource(String reporter, String sourceReportId) {
        return jdbc.sql(SELECT + " where reporter = ? and source_report_id = ?").params(reporter, sourceReportId)
                .query(ReportRepository::report).optional();
    }

    /** Saves the aggregate's state; its version guards against a concurrent change. */
    public void update(ChildReport r) {
        int n = jdbc.sql("""
                update child_report set grade = ?, graded_by = ?, due_by = ?, status = ?, triaged_at = ?, triaged_by = ?,
                    triage_answers = ?, deadline_met = ?, warned_at = ?, escalated_at = ?, escalated_to = ?,
                    closed_at = ?, closed_by = ?, version = version + 1
                where id = ? and version = ?""")
                .params(r.grade.name(), r.gradedBy, ts(r.dueBy), r.status.name(), ts(r.triagedAt), r.triagedBy,
                        r.triageAnswers, r.deadlineMet, ts(r.warnedAt), ts(r.escalatedAt), r.escalatedTo,
                        ts(r.closedAt), r.closedBy, r.id, r.version)
                .update();
        if (n != 1) {
            throw new org.springframework.dao.OptimisticLockingFailureException("report " + r.reference
                    + " was changed by someone else");
        }
        r.version++;
    }

    /**
     * Reports awaiting triage that entered their grade's warning window unwarned, or passed their deadline
     * unescalated, locked (skipping rows another instance's run holds).
     */
    public List<ChildReport> deadlineCandidates(Instant now, Map<Grade, java.time.Duration> warnBefore) {
        return jdbc.sql(SELECT + " where status = 'AWAITING_TRIAGE' and ((warned_at is null and due_by - case grade "
                        + "when 'VERY_HIGH' then ?::interval when 'HIGH' then ?::interval when 'MEDIUM' then ?::interval "
                        + "else ?::interval end <= ?) or (escalated_at is null and due_by < ?)) order by due_by "
                        + "for update skip locked")
                .params(warnBefore.get(Grade.VERY_HIGH).toString(), warnBefore.get(Grade.HIGH).toString(),
                        warnBefore.get(Grade.MEDIUM).toString(), warnBefore.get(Grade.LOW).toString(), ts(now), ts(now))
                .query(ReportRepository::report).list();
    }

    public record QueueRow(String reference, IntakeChannel channel, IncidentType incidentType, Grade grade,
                           ReportStatus status, Instant receivedAt, Instant dueBy, Boolean deadlineMet,
                           Instant escalatedAt, Long bundleId, int bundleSize, int alerts) {
    }

    /** Open reports (or those of one status), earliest deadline first. */
    public List<QueueRow> queue(ReportStatus status, Grade grade, Boolean escalated, int limit, long offset) {
        List<Object> params = new ArrayList<>();
        String where = queueWhere(status, grade, escalated, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select r.reference, r.channel, r.incident_type, r.grade, r.status, r.received_at, r.due_by, "
                        + "r.deadline_met, r.escalated_at, r.bundle_id, coalesce(b.report_count, 1) as bundle_size, "
                        + "(select count(*) from child_report_alert a where a.report_id = r.id) as alerts "
                        + "from child_report r left join child_report_bundle b on b.id = r.bundle_id" + where
                        + " order by r.due_by, r.id limit ? offset ?")
                .params(params)
                .query((rs, i) -> new QueueRow(rs.getString(1), IntakeChannel.valueOf(rs.getString(2)),
                        IncidentType.valueOf(rs.getString(3)), Grade.valueOf(rs.getString(4)),
                        ReportStatus.valueOf(rs.getString(5)), instant(rs, 6), instant(rs, 7),
                        (Boolean) rs.getObject(8), instant(rs, 9), (Long) rs.getObject(10), rs.getInt(11),
                        rs.getInt(12)))
                .list();
    }

    public long queueCount(ReportStatus status, Grade grade, Boolean escalated) {
        List<Object> params = new ArrayList<>();
        String where = queueWhere(status, grade, escalated, params);
        return jdbc.sql("select count(*) from child_report r" + where).params(params).query(Long.class).single();
    }

    /** Counts over open reports for the officers' work list. */
    public record WorkCounts(long awaitingTriage, long overdue, long dueSoon, long escalated, long withAlerts) {
    }

    public WorkCounts workCounts(Instant now, Map<Grade, java.time.Duration> warnBefore) {
        return jdbc.sql("select count(*) filter (where status = 'AWAITING_TRIAGE'), "
                        + "count(*) filter (where status = 'AWAITING_TRIAGE' and due_by < ?), "
                        + "count(*) filter (where status = 'AWAITING_TRIAGE' and due_by >= ? and due_by - case grade "
                        + "when 'VERY_HIGH' then ?::interval when 'HIGH' then ?::interval when 'MEDIUM' then ?::interval "
                        + "else ?::interval end <= ?), "
                        + "count(*) filter (where escalated_at is not null), "
                        + "count(*) filter (where exists (select 1 from child_report_alert a where a.report_id = r.id)) "
                        + "from child_report r where status <> 'CLOSED'")
                .params(ts(now), ts(now), warnBefore.get(Grade.VERY_HIGH).toString(),
                        warnBefore.get(Grade.HIGH).toString(), warnBefore.get(Grade.MEDIUM).toString(),
                        warnBefore.get(Grade.LOW).toString(), ts(now))
                .query((rs, i) -> new WorkCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)))
                .single();
    }

    private static String queueWhere(ReportStatus status, Grade grade, Boolean escalated, List<Object> params) {
        StringBuilder w = new StringBuilder(" where ");
        if (status == null) {
            w.append("r.status <> 'CLOSED'");
        } else {
            w.append("r.status = ?");
            params.add(status.name());
        }
        if (grade != null) {
            w.append(" and r.grade = ?");
            params.add(grade.name());
        }
        if (escalated != null) {
            w.append(escalated ? " and r.escalated_at is not null" : " and r.escalated_at is null");
        }
        return w.toString();
    }

    // ---- the parts of a report's page -----------------------------------------------------------------------

    public record Details(String sourceReportId, String reporter, IncidentType incidentType, Instant incidentAt,
                          String platform, VictimAgeBand victimAgeBand, ReportView.Urgent urgent, String description,
                          String reporterContact) {
    }

    public Details details(long id) {
        return jdbc.sql("select * from child_report where id = ?").param(id)
                .query((rs, i) -> new Details(rs.getString("source_report_id"), rs.getString("reporter"),
                        IncidentType.valueOf(rs.getString("incident_type")), instant(rs, "incident_at"),
                        rs.getString("platform"), VictimAgeBand.valueOf(rs.getString("victim_age_band")),
                        new ReportView.Urgent(rs.getBoolean("imminent_danger"), rs.getBoolean("sextortion"),
                                rs.getBoolean("live_abuse"), rs.getBoolean("grooming")),
                        rs.getString("description"), rs.getString("reporter_contact")))
                .single();
    }

    public record SuspectRow(int position, List<String> names, List<String> accounts, List<String> emails,
                             List<String> phones, String dateOfBirth, String cnic, List<String> passportNumbers,
                             String country, String address) {
    }

    public List<SuspectRow> suspects(long reportId) {
        return jdbc.sql("select * from child_report_suspect where report_id = ? order by position").param(reportId)
                .query((rs, i) -> new SuspectRow(rs.getInt("position"), array(rs, "names"), array(rs, "accounts"),
                        array(rs, "emails"), array(rs, "phones"), rs.getString("date_of_birth"), rs.getString("cnic"),
                        array(rs, "passport_numbers"), rs.getString("country"), rs.getString("address")))
                .list();
    }

    public List<ReportView.FileView> files(long reportId) {
        return jdbc.sql("select * from child_report_file where report_id = ? order by position").param(reportId)
                .query((rs, i) -> new ReportView.FileView(rs.getString("file_name"), (Long) rs.getObject("size_bytes"),
                        rs.getString("md5"), rs.getString("sha1"), rs.getString("sha256"), rs.getString("pdq")))
                .list();
    }

    public List<String> urls(long reportId) {
        return jdbc.sql("select url from child_report_url where report_id = ? order by position").param(reportId)
                .query(String.class).list();
    }

    public void addAddition(long reportId, Instant at, String text) {
        jdbc.sql("insert into child_report_addition (report_id, added_at, text) values (?, ?, ?)")
                .params(reportId, ts(at), text).update();
    }

    public List<ReportView.Addition> additions(long reportId) {
        return jdbc.sql("select added_at, text from child_report_addition where report_id = ? order by id")
                .param(reportId).query((rs, i) -> new ReportView.Addition(instant(rs, 1), rs.getString(2))).list();
    }

    public void addAction(long reportId, Instant at, String actor, String action, String note, Grade grade,
                          Instant dueBy) {
        jdbc.sql("insert into child_report_action (report_id, occurred_at, actor, action, note, grade, due_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(reportId, ts(at), actor, action, note, grade == null ? null : grade.name(), ts(dueBy))
                .update();
    }

    public List<ReportView.ActionView> actions(long reportId) {
        return jdbc.sql("select * from child_report_action where report_id = ? order by id").param(reportId)
                .query((rs, i) -> new ReportView.ActionView(instant(rs, "occurred_at"), rs.getString("actor"),
                        rs.getString("action"), rs.getString("note"),
                        rs.getString("grade") == null ? null : Grade.valueOf(rs.getString("grade")),
                        instant(rs, "due_by")))
                .list();
    }

    public void insertAlert(long reportId, int suspect, long registrantId, double score, String reasons,
                            Long registerAlertId, Instant at) {
        jdbc.sql("insert into child_report_alert (report_id, suspect_position, registrant_id, score, reasons, "
                        + "register_alert_id, raised_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(reportId, suspect, registrantId, score, reasons, registerAlertId, ts(at)).update();
    }

    public List<ReportView.Alert> alerts(long reportId) {
        return jdbc.sql("select * from child_report_alert where report_id = ? order by id").param(reportId)
                .query((rs, i) -> new ReportView.Alert(rs.getInt("suspect_position"), rs.getLong("registrant_id"),
                        rs.getDouble("score"), List.of(rs.getString("reasons").split("\n")), instant(rs, "raised_at")))
                .list();
    }

    /** The bundle's other reports (at most {@code limit}), each with the link kinds it shares with this one directly. */
    public List<ReportView.BundledReport> bundleMembers(long reportId, long bundleId, int limit) {
        Map<Long, List<String>> shared = new HashMap<>();
        jdbc.sql("select o.report_id, string_agg(distinct o.kind, ',' order by o.kind) from child_report_link m "
                        + "join child_report_link o on o.kind = m.kind and o.value = m.value and o.report_id <> m.report_id "
                        + "where m.report_id = ? group by o.report_id")
                .param(reportId).query(rs -> {
                    shared.put(rs.getLong(1), new ArrayList<>(List.of(rs.getString(2).split(","))));
                });
        jdbc.sql("select case when report_id = ? then other_report_id else report_id end from child_report_pdq_match "
                        + "where report_id = ? or other_report_id = ?")
                .params(reportId, reportId, reportId).query(rs -> {
                    shared.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(LinkKeys.PDQ);
                });
        return jdbc.sql("select id, reference, grade, status, received_at from child_report where bundle_id = ? "
                        + "and id <> ? order by received_at, id limit ?")
                .params(bundleId, reportId, limit)
                .query((rs, i) -> new ReportView.BundledReport(rs.getString(2), Grade.valueOf(rs.getString(3)),
                        ReportStatus.valueOf(rs.getString(4)), instant(rs, 5),
                        shared.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    public int bundleSize(long bundleId) {
        return jdbc.sql("select report_count from child_report_bundle where id = ?").param(bundleId)
                .query(Integer.class).optional().orElse(1);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static final String SELECT = "select id, reference, channel, reporter, source_report_id, grade, graded_by, "
            + "due_by, status, received_at, triaged_at, triaged_by, triage_answers, deadline_met, warned_at, "
            + "escalated_at, escalated_to, closed_at, closed_by, bundle_id, version from child_report";

    static ChildReport report(ResultSet rs, int i) throws SQLException {
        ChildReport r = new ChildReport();
        r.id = rs.getLong("id");
        r.reference = rs.getString("reference");
        r.channel = IntakeChannel.valueOf(rs.getString("channel"));
        r.reporter = rs.getString("reporter");
        r.sourceReportId = rs.getString("source_report_id");
        r.grade = Grade.valueOf(rs.getString("grade"));
        r.gradedBy = rs.getString("graded_by");
        r.dueBy = instant(rs, "due_by");
        r.status = ReportStatus.valueOf(rs.getString("status"));
        r.receivedAt = instant(rs, "received_at");
        r.triagedAt = instant(rs, "triaged_at");
        r.triagedBy = rs.getString("triaged_by");
        r.triageAnswers = rs.getString("triage_answers");
        r.deadlineMet = (Boolean) rs.getObject("deadline_met");
        r.warnedAt = instant(rs, "warned_at");
        r.escalatedAt = instant(rs, "escalated_at");
        r.escalatedTo = rs.getString("escalated_to");
        r.closedAt = instant(rs, "closed_at");
        r.closedBy = rs.getString("closed_by");
        r.bundleId = (Long) rs.getObject("bundle_id");
        r.version = rs.getInt("version");
        return r;
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    static Instant instant(ResultSet rs, int col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    private static List<String> array(ResultSet rs, String col) throws SQLException {
        java.sql.Array a = rs.getArray(col);
        return a == null ? List.of() : List.of((String[]) a.getArray());
    }

    private static String joined(List<String> items) {
        return items.stream().map(s -> s.replace(SEP, " ")).collect(Collectors.joining(SEP));
    }

    static long[] longs(List<Object[]> rows, int col) {
        long[] a = new long[rows.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = ((Number) rows.get(i)[col]).longValue();
        }
        return a;
    }

    static int[] ints(List<Object[]> rows, int col) {
        int[] a = new int[rows.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = ((Number) rows.get(i)[col]).intValue();
        }
        return a;
    }

    static String[] texts(List<Object[]> rows, int col) {
        String[] a = new String[rows.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = (String) rows.get(i)[col];
        }
        return a;
    }
}
