package org.nigehbaan.register.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nigehbaan.register.Breach;
import org.nigehbaan.register.BreachKind;
import org.nigehbaan.register.Duty;
import org.nigehbaan.register.DutyStatus;
import org.nigehbaan.register.DutyType;
import org.nigehbaan.register.NotificationType;
import org.nigehbaan.register.RegistrantRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notifications, travel, duties and breaches, in explicit SQL. */
@Repository
public class ComplianceRepository {

    private final JdbcClient jdbc;

    ComplianceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- notifications and travel

    public long insertNotification(long registrantId, NotificationType type, LocalDate receivedOn, LocalDate changedOn,
                                   boolean late, String summary, Instant at, String by) {
        return jdbc.sql("""
                        insert into register_notification (registrant_id, type, received_on, changed_on, late, summary,
                            recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(registrantId, type.name(), receivedOn, changedOn, late, summary, Timestamp.from(at), by)
                .query(Long.class).single();
    }

    public List<RegistrantRecord.Notification> notifications(long registrantId) {
        return jdbc.sql("select * from register_notification where registrant_id = ? order by received_on desc, id desc")
                .param(registrantId)
                .query((rs, n) -> new RegistrantRecord.Notification(rs.getLong("id"),
                        NotificationType.valueOf(rs.getString("type")), rs.getObject("received_on", LocalDate.class),
                        rs.getObject("changed_on", LocalDate.class), rs.getBoolean("late"), rs.getString("summary"),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")))
                .list();
    }

    public Optional<LocalDate> lastNotifiedOn(long registrantId) {
        return jdbc.sql("select max(received_on) from register_notification where registrant_id = ? and type <> 'TRAVEL'")
                .param(registrantId).query((rs, n) -> rs.getObject(1, LocalDate.class)).optional();
    }

    public long insertTravel(long registrantId, long notificationId, RegistrantRecord.Travel t) {
        return jdbc.sql("""
                        insert into register_travel (registrant_id, notification_id, received_at, departure_date,
                            departure_time, return_date, destinations, itinerary, carrier, first_night_address,
                            known_since, deadline, late)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(registrantId, notificationId, t.receivedAt(), t.departureDate(), t.departureTime(),
                        t.returnDate(), t.destinations().toArray(String[]::new), t.itinerary(), t.carrier(),
                        t.firstNightAddress(), t.knownSince(), t.deadline(), t.late())
                .query(Long.class).single();
    }

    public List<RegistrantRecord.Travel> travel(long registrantId) {
        return jdbc.sql("select * from register_travel where registrant_id = ? order by departure_date desc, id desc")
                .param(registrantId).query((rs, n) -> travel(rs)).list();
    }

    /**
     * True when a journey notified for the registrant departs between {@code from} and {@code to} (inclusive)
     * and, when {@code destination} is given, lists it.
     */
    public boolean travelCovers(long registrantId, LocalDate from, LocalDate to, String destination) {
        return jdbc.sql("select count(*) from register_travel where registrant_id = ? and departure_date between ? and ? "
                        + "and (?::text is null or ? = any(destinations))")
                .params(registrantId, from, to, destination, destination).query(Long.class).single() > 0;
    }

    private static RegistrantRecord.Travel travel(ResultSet rs) throws SQLException {
        return new RegistrantRecord.Travel(rs.getLong("id"), rs.getObject("received_at", LocalDateTime.class),
                rs.getObject("departure_date", LocalDate.class), rs.getObject("departure_time", LocalTime.class),
                rs.getObject("return_date", LocalDate.class), RegistrantRepository.strings(rs.getArray("destinations")),
                rs.getString("itinerary"), rs.getString("carrier"), rs.getString("first_night_address"),
                rs.getObject("known_since", LocalDate.class), rs.getObject("deadline", LocalDateTime.class),
                rs.getBoolean("late"));
    }

    // --- duties

    public long insertDuty(long registrantId, DutyType type, LocalDate dueOn, DutyStatus status, Instant at,
                           Long notificationId) {
        return jdbc.sql("insert into register_duty (registrant_id, type, due_on, status, created_at, closed_at, "
                        + "notification_id) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(registrantId, type.name(), dueOn, status.name(), Timestamp.from(at),
                        status == DutyStatus.OPEN ? null : Timestamp.from(at), notificationId)
                .query(Long.class).single();
    }

    /** The registrant's duty of a type not yet met: open, or breached and still owed. */
    public Optional<DutyRow> outstanding(long registrantId, DutyType type) {
        return jdbc.sql("select * from register_duty where registrant_id = ? and type = ? and status in ('OPEN', 'BREACHED') "
                        + "and closed_at is null order by due_on limit 1")
                .params(registrantId, type.name()).query((rs, n) -> dutyRow(rs)).optional();
    }

    public void close(long dutyId, DutyStatus status, Instant at, Long notificationId) {
        jdbc.sql("update register_duty set status = ?, closed_at = ?, notification_id = ? where id = ?")
                .params(status.name(), Timestamp.from(at), notificationId, dutyId).update();
    }

    /** Cancels every duty of the registrant not yet met (the period ended, the record was removed). */
    public int cancelOutstanding(long registrantId, Instant at) {
        return jdbc.sql("update register_duty set status = 'CANCELLED', closed_at = ? where registrant_id = ? "
                        + "and status in ('OPEN', 'BREACHED') and closed_at is null")
                .params(Timestamp.from(at), registrantId).update();
    }

    public List<DutyRow> duties(long registrantId) {
        return jdbc.sql("select * from register_duty where registrant_id = ? order by (closed_at is null) desc, due_on, id")
                .param(registrantId).query((rs, n) -> dutyRow(rs)).list();
    }

    /** Open registrant duties of active registrants whose due date is before {@code day}. */
    public List<DutyRow> openDutiesDueBefore(LocalDate day) {
        return jdbc.sql("select d.* from register_duty d join register_registrant r on r.id = d.registrant_id "
                        + "where d.status = 'OPEN' and d.due_on < ? and d.type <> 'INDEFINITE_REVIEW' "
                        + "and r.status = 'ACTIVE' order by d.due_on, d.id")
                .param(day).query((rs, n) -> dutyRow(rs)).list();
    }

    public void markBreached(long dutyId) {
        jdbc.sql("update register_duty set status = 'BREACHED' where id = ? and status = 'OPEN'").param(dutyId).update();
    }

    public long countOpenReviewsDueBy(LocalDate day) {
        return jdbc.sql("select count(*) from register_duty where type = 'INDEFINITE_REVIEW' and status = 'OPEN' "
                + "and due_on <= ?").param(day).query(Long.class).single();
    }

    /**
     * The work list: duties of registrants in scope, overdue first (oldest due first), then open by due date,
     * then (when asked) closed ones, most recently closed first.
     */
    public List<Duty> dutyList(String[] districtKeys, boolean includeClosed, DutyType type, LocalDate today,
                               int limit, long offset) {
        List<Object> params = new ArrayList<>();
        String where = dutyWhere(districtKeys, includeClosed, type, params);
        params.add(0, today); // for "overdue" in the select list
        params.add(today);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select d.*, r.person ->> 'fullName' as full_name, r.district, "
                        + "(d.closed_at is null and d.due_on < ?) as overdue from register_duty d "
                        + "join register_registrant r on r.id = d.registrant_id" + where
                        + " order by (d.closed_at is null) desc, (d.due_on < ?) desc, "
                        + "case when d.closed_at is null then d.due_on end, d.closed_at desc, d.id limit ? offset ?")
                .params(params)
                .query((rs, n) -> new Duty(rs.getLong("id"), rs.getLong("registrant_id"), rs.getString("full_name"),
                        rs.getString("district"), DutyType.valueOf(rs.getString("type")),
                        rs.getObject("due_on", LocalDate.class), DutyStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("overdue"), instant(rs, "closed_at")))
                .list();
    }

    public long dutyCount(String[] districtKeys, boolean includeClosed, DutyType type) {
        List<Object> params = new ArrayList<>();
        String where = dutyWhere(districtKeys, includeClosed, type, params);
        return jdbc.sql("select count(*) from register_duty d join register_registrant r on r.id = d.registrant_id"
                + where).params(params).query(Long.class).single();
    }

    private static String dutyWhere(String[] districtKeys, boolean includeClosed, DutyType type, List<Object> params) {
        StringBuilder w = new StringBuilder(" where r.status <> 'REMOVED'");
        if (districtKeys != null) {
            w.append(" and r.district_key = any(?::text[])");
            params.add(districtKeys);
        }
        if (!includeClosed) {
            w.append(" and d.closed_at is null");
        }
        if (type != null) {
            w.append(" and d.type = ?");
            params.add(type.name());
        }
        return w.toString();
    }

    private static DutyRow dutyRow(ResultSet rs) throws SQLException {
        return new DutyRow(rs.getLong("id"), rs.getLong("registrant_id"), DutyType.valueOf(rs.getString("type")),
                rs.getObject("due_on", LocalDate.class), DutyStatus.valueOf(rs.getString("status")));
    }

    // --- breaches

    /** Records a breach; a second MISSED breach for one duty is ignored (returns empty). */
    public Optional<Long> insertBreach(long registrantId, Long dutyId, BreachKind kind, DutyType dutyType,
                                       LocalDate dueOn, LocalDate detectedOn, Instant at, String detail) {
        return jdbc.sql("""
                        insert into register_breach (registrant_id, duty_id, kind, duty_type, due_on, detected_on,
                            detected_at, detail) values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing returning id""")
                .params(registrantId, dutyId, kind.name(), dutyType.name(), dueOn, detectedOn, Timestamp.from(at), detail)
                .query(Long.class).optional();
    }

    public List<Breach> breachesOf(long registrantId) {
        return jdbc.sql(BREACH_SELECT + " where b.registrant_id = ? order by b.detected_at desc, b.id desc")
                .param(registrantId).query((rs, n) -> breach(rs)).list();
    }

    public Optional<Breach> breach(long id) {
        return jdbc.sql(BREACH_SELECT + " where b.id = ?").param(id).query((rs, n) -> breach(rs)).optional();
    }

    public List<Breach> breachList(String[] districtKeys, boolean openOnly, int limit, long offset) {
        List<Object> params = new ArrayList<>();
        String where = breachWhere(districtKeys, openOnly, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(BREACH_SELECT + where + " order by (b.resolved_at is null) desc, b.detected_on desc, b.id desc "
                + "limit ? offset ?").params(params).query((rs, n) -> breach(rs)).list();
    }

    public long breachCount(String[] districtKeys, boolean openOnly) {
        List<Object> params = new ArrayList<>();
        String where = breachWhere(districtKeys, openOnly, params);
        return jdbc.sql("select count(*) from register_breach b join register_registrant r on r.id = b.registrant_id"
                + where).params(params).query(Long.class).single();
    }

    public int resolveBreach(long id, String by, Instant at, String resolution) {
        return jdbc.sql("update register_breach set resolved_by = ?, resolved_at = ?, resolution = ? "
                        + "where id = ? and resolved_at is null")
                .params(by, Timestamp.from(at), resolution, id).update();
    }

    private static String breachWhere(String[] districtKeys, boolean openOnly, List<Object> params) {
        StringBuilder w = new StringBuilder(" where r.status <> 'REMOVED'");
        if (districtKeys != null) {
            w.append(" and r.district_key = any(?::text[])");
            params.add(districtKeys);
        }
        if (openOnly) {
            w.append(" and b.resolved_at is null");
        }
        return w.toString();
    }

    private static final String BREACH_SELECT = "select b.*, r.person ->> 'fullName' as full_name, r.district "
            + "from register_breach b join register_registrant r on r.id = b.registrant_id";

    private static Breach breach(ResultSet rs) throws SQLException {
        return new Breach(rs.getLong("id"), rs.getLong("registrant_id"), rs.getString("full_name"),
                rs.getString("district"), BreachKind.valueOf(rs.getString("kind")),
                DutyType.valueOf(rs.getString("duty_type")), rs.getObject("due_on", LocalDate.class),
                rs.getObject("detected_on", LocalDate.class), rs.getString("detail"), instant(rs, "resolved_at"),
                rs.getString("resolved_by"), rs.getString("resolution"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
