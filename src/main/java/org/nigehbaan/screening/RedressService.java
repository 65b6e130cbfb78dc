package org.nigehbaan.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditRecord;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.controllist.EntryEnded;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.identity.PersonInput;
import org.nigehbaan.register.RegistrantIdentityWithdrawn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Namesake redress with a second person (DOMAIN.md, "Who uses it"; API.md, "Screening"): an officer's NOT_THIS_PERSON
 * opens a record; only once a BORDER_SUPERVISOR other than that officer confirms it is the same traveller cleared
 * for that listing in later screenings. A supervisor may revoke it with a reason; it ends when the listing ends.
 * Confirming needs the database: while it is down, pending redress stays pending and is not remembered.
 */
@Service
public class RedressService {

    static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    RedressService(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** Opens a redress record for a NOT_THIS_PERSON review, in the review's transaction. */
    long open(long reviewId, String screeningId, String hitKey, Set<String> fingerprints, String by, Instant at) {
        return jdbc.sql("""
                        insert into scr_redress (review_id, screening_id, hit_key, fingerprints, status, opened_by, opened_at)
                        values (?, ?::uuid, ?, ?, 'PENDING', ?, ?) returning id""")
                .params(reviewId, screeningId, hitKey, fingerprints.toArray(String[]::new), by, Timestamp.from(at))
                .query(Long.class).single();
    }

    /**
     * Confirms a pending redress: from now on the same traveller is not referred again for that listing.
     * Only a BORDER_SUPERVISOR, never the officer who reviewed the hit (409).
     */
    @Transactional
    public Redress confirm(long id, String note, Actor by) {
        requireSupervisor(by);
        String n = text("note", note, false);
        Redress r = lock(id);
        if (r.status() != RedressStatus.PENDING) {
            throw DomainException.conflict("redress " + id + " is " + r.status() + ": only a pending redress is confirmed");
        }
        if (r.openedBy().equalsIgnoreCase(by.username())) {
            throw DomainException.conflict("redress " + id + " was opened by " + r.openedBy()
                    + "'s review: a border supervisor other than the reviewer must confirm it");
        }
        Instant now = clock.instant();
        jdbc.sql("update scr_redress set status = 'CONFIRMED', confirmed_by = ?, confirmed_at = ?, confirm_note = ? "
                + "where id = ?").params(by.username(), Timestamp.from(now), n, id).update();
        audit.append(AuditRecord.of(by.username(), "screening.redress.confirmed", "Redress", id)
                .with("hit", r.hitKey()).with("screening", r.screeningId()).with("openedBy", r.openedBy()));
        events.publishEvent(new RedressChanged(id, RedressStatus.CONFIRMED));
        return find(id);
    }

    /** Withdraws a pending or confirmed redress with a reason: the traveller is referred again. */
    @Transactional
    public Redress revoke(long id, String reason, Actor by) {
        requireSupervisor(by);
        String why = text("reason", reason, true);
        Redress r = lock(id);
        if (r.status() != RedressStatus.PENDING && r.status() != RedressStatus.CONFIRMED) {
            throw DomainException.conflict("redress " + id + " is " + r.status() + ": there is nothing to revoke");
        }
        Instant now = clock.instant();
        jdbc.sql("update scr_redress set status = 'REVOKED', revoked_by = ?, revoked_at = ?, revoke_reason = ? "
                + "where id = ?").params(by.username(), Timestamp.from(now), why, id).update();
        audit.append(AuditRecord.of(by.username(), "screening.redress.revoked", "Redress", id)
                .with("hit", r.hitKey()).with("was", r.status()));
        events.publishEvent(new RedressChanged(id, RedressStatus.REVOKED));
        return find(id);
    }

    /** The supervisors' queue (and its history), newest first; the list names travellers, so it is audited. */
    @Transactional
    public PageResult<Redress> list(RedressStatus status, PageRequest page, Actor by) {
        String where = status == null ? "" : " where r.status = '" + status.name() + "'";
        long total = jdbc.sql("select count(*) from scr_redress r" + where).query(Long.class).single();
        List<Redress> items = jdbc.sql(SELECT + where + " order by r.id desc limit ? offset ?")
                .params(page.size(), page.offset()).query((rs, n) -> row(rs)).list();
        audit.append(AuditRecord.of(by.username(), "screening.redress.listed", "Redress", null)
                .with("status", status).with("page", page.page()).with("returned", items.size()).with("total", total));
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** One redress record; the read is audited. */
    @Transactional
    public Redress get(long id, Actor by) {
        Redress r = find(id);
        audit.append(AuditRecord.of(by.username(), "screening.redress.viewed", "Redress", id));
        return r;
    }

    /** A listing ended: its redress, pending or confirmed, ends with it (in the transaction that ended it). */
    @EventListener
    void on(EntryEnded e) {
        end("CL-" + e.entryId(), "the listing was " + e.status().name().toLowerCase());
    }

    @EventListener
    void on(RegistrantIdentityWithdrawn e) {
        end(e.registrantId().indexKey(), "the registrant left the register's screening ("
                + e.reason().name().toLowerCase().replace('_', ' ') + ")");
    }

    private void end(String hitKey, String reason) {
        List<Long> ended = jdbc.sql("""
                        update scr_redress set status = 'ENDED', ended_at = ?, end_reason = ?
                        where hit_key = ? and status in ('PENDING', 'CONFIRMED') returning id""")
                .params(Timestamp.from(clock.instant()), reason, hitKey).query(Long.class).list();
        for (long id : ended) {
            audit.append(AuditRecord.of(Actor.SYSTEM.username(), "screening.redress.ended", "Redress", id)
                    .with("hit", hitKey).with("reason", reason));
            events.publishEvent(new RedressChanged(id, RedressStatus.ENDED));
        }
    }

    private Redress lock(long id) {
        jdbc.sql("select id from scr_redress where id = ? for update").param(id).query(Long.class).optional()
                .orElseThrow(() -> DomainException.notFound("redress", id));
        return find(id);
    }

    private Redress find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query((rs, n) -> row(rs)).optional()
                .orElseThrow(() -> DomainException.notFound("redress", id));
    }

    private static final String SELECT = """
            select r.*, v.note as review_note, s.traveller
            from scr_redress r join scr_review v on v.id = r.review_id
            left join scr_screening s on s.id = r.screening_id""";

    private Redress row(ResultSet rs) throws SQLException {
        String traveller = rs.getString("traveller");
        PersonInput p = traveller == null ? null : json.readValue(traveller, PersonInput.class);
        String key = rs.getString("hit_key");
        return new Redress(rs.getLong("id"), RedressStatus.valueOf(rs.getString("status")),
                rs.getString("screening_id"), key, key.startsWith("CL-") ? Long.valueOf(key.substring(3)) : null,
                p == null ? null : p.fullName(), p == null ? null : p.dateOfBirth(), rs.getLong("review_id"),
                rs.getString("review_note"), rs.getString("opened_by"), instant(rs, "opened_at"),
                rs.getString("confirmed_by"), instant(rs, "confirmed_at"), rs.getString("confirm_note"),
                rs.getString("revoked_by"), instant(rs, "revoked_at"), rs.getString("revoke_reason"),
                instant(rs, "ended_at"), rs.getString("end_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static void requireSupervisor(Actor by) {
        if (!by.has(Role.BORDER_SUPERVISOR)) {
            throw DomainException.forbidden("only a border supervisor decides redress");
        }
    }

    private static String text(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidInputException(field, "is required: say why");
            }
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "is longer than " + MAX_TEXT + " characters");
        }
        return value.strip();
    }
}
