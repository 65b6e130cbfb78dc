package org.nigehbaan.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditRecord;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.identity.Person;
import org.nigehbaan.identity.PersonInput;
import org.nigehbaan.screening.internal.ScreeningFiguresRollup;
import org.nigehbaan.screening.internal.ScreeningLog;
import org.nigehbaan.screening.internal.TravellerFingerprints;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The screening log as people use it: officers review hits (and so teach the system about namesakes),
 * supervisors and auditors search and read screenings. Every read of a screening is audited.
 */
@Service
public class ScreeningRecords {

    private final JdbcClient jdbc;
    private final ScreeningLog screeningLog;
    private final ScreeningFiguresRollup figures;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final RedressService redress;
    private final JsonMapper json;
    private final Clock clock;

    ScreeningRecords(JdbcClient jdbc, ScreeningLog screeningLog, ScreeningFiguresRollup figures, AuditLog audit,
                     ApplicationEventPublisher events, RedressService redress, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.redress = redress;
        this.screeningLog = screeningLog;
        this.figures = figures;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records a review of one hit of a screening, by the officer who screened or a border supervisor (403 for
     * anyone else). NOT_THIS_PERSON sets the hit aside for that screening and opens a redress record, remembered
     * for later screenings once another supervisor confirms it ({@link RedressService}); CONFIRMED makes the next
     * screening of the same traveller against the listing a STOP.
     *
     * @param hitRef the control-list entry id, or a hit key ({@code CL-12}, {@code SOR-3})
     */
    @Transactional
    public ScreeningRecord.Review review(String screeningId, String hitRef, String outcomeName, String note, Actor by) {
        ReviewOutcome outcome = parseOutcome(outcomeName);
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "is required: say what was checked");
        }
        if (note.length() > 2000) {
            throw new InvalidInputException("note", "is longer than 2000 characters");
        }
        String key = hitRef.matches("\\d+") ? "CL-" + hitRef : hitRef.toUpperCase(Locale.ROOT);
        screeningLog.flush(2_000);
        ScreeningRecord s = load(screeningId);
        if (!s.officer().equalsIgnoreCase(by.username()) && !by.has(Role.BORDER_SUPERVISOR)) {
            throw DomainException.forbidden("screening " + screeningId + " was made by another officer: only that "
                    + "officer or a border supervisor reviews its hits");
        }
        if (s.hits().stream().noneMatch(h -> h.key().equals(key))) {
            throw DomainException.notFound("hit", key + " in screening " + screeningId);
        }
        Set<String> fingerprints = TravellerFingerprints.of(ScreeningService.traveller(
                Person.fromInput(s.traveller(), "traveller"), false));
        var at = clock.instant();
        long id = reviewsInsert(screeningId, key, outcome, note.strip(), by.username(), at, fingerprints);
        Long redressId = outcome == ReviewOutcome.NOT_THIS_PERSON
                ? redress.open(id, screeningId, key, fingerprints, by.username(), at) : null;
        figures.reviewed(java.util.UUID.fromString(screeningId));
        audit.append(AuditRecord.of(by.username(), "screening.hit.reviewed", "Screening", screeningId)
                .with("hit", key).with("outcome", outcome).with("review", id).with("redress", redressId));
        if (outcome == ReviewOutcome.CONFIRMED) {
            events.publishEvent(new ReviewRecorded(id, key, outcome));
        }
        return new ScreeningRecord.Review(id, key, outcome, note.strip(), by.username(), at, redressId,
                redressId == null ? null : RedressStatus.PENDING);
    }

    private long reviewsInsert(String screeningId, String key, ReviewOutcome outcome, String note, String reviewer,
                               java.time.Instant at, Set<String> fingerprints) {
        return jdbc.sql("""
                        insert into scr_review (screening_id, hit_key, outcome, note, reviewer, at, fingerprints)
                        values (?::uuid, ?, ?, ?, ?, ?, ?) returning id""")
                .params(screeningId, key, outcome.name(), note, reviewer, Timestamp.from(at),
                        fingerprints.toArray(String[]::new))
                .query(Long.class).single();
    }

    /**
     * The officer at the counter acknowledged a STOP (or a hit they confirmed) before screening the next
     * traveller: what they did is audited beside the screening.
     */
    @Transactional
    public void acknowledgeStop(String screeningId, Actor by) {
        audit.append(AuditRecord.of(by.username(), "screening.stop.acknowledged", "Screening", screeningId));
    }

    /** One screening with its reviews; the read is audited. Officers read only their own. */
    @Transactional
    public ScreeningRecord get(String screeningId, Actor by) {
        screeningLog.flush(2_000);
        ScreeningRecord s = load(screeningId);
        if (!by.hasAny(Role.AUDITOR, Role.ADMIN, Role.BORDER_SUPERVISOR) && !s.officer().equals(by.username())) {
            throw DomainException.forbidden("screening " + screeningId + " was made by another officer");
        }
        audit.append(AuditRecord.of(by.username(), "screening.viewed", "Screening", screeningId));
        return s;
    }

    /** Searches the log, newest first; the search is audited (query, filters, how many screenings it returned). */
    @Transactional
    public PageResult<ScreeningSummary> search(ScreeningQuery q, PageRequest page, Actor by) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> p = new HashMap<>();
        if (q.officer() != null) {
            where.append(" and officer = :officer");
            p.put("officer", q.officer());
        }
        if (q.decision() != null) {
            where.append(" and decision = :decision");
            p.put("decision", q.decision().name());
        }
        if (q.purpose() != null) {
            where.append(" and purpose = :purpose");
            p.put("purpose", q.purpose().name());
        }
        if (q.location() != null) {
            where.append(" and location = :location");
            p.put("location", q.location());
        }
        if (q.q() != null && !q.q().isBlank()) {
            where.append(" and search_text like :q");
            p.put("q", "%" + q.q().strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.from() != null) {
            where.append(" and at >= :from");
            p.put("from", Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            where.append(" and at < :to");
            p.put("to", Timestamp.from(q.to()));
        }
        long total = jdbc.sql("select count(*) from scr_screening" + where).params(p).query(Long.class).single();
        p.put("limit", page.size());
        p.put("offset", page.offset());
        List<ScreeningSummary> items = jdbc.sql("select * from scr_screening" + where
                        + " order by at desc limit :limit offset :offset").params(p)
                .query((rs, n) -> new ScreeningSummary(rs.getString("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("officer"), rs.getString("location"), Purpose.valueOf(rs.getString("purpose")),
                        rs.getString("channel"), json.readValue(rs.getString("traveller"), PersonInput.class).fullName(),
                        Decision.valueOf(rs.getString("decision")), rs.getInt("hit_count")))
                .list();
        audit.append(AuditRecord.of(by.username(), "screening.log.searched", "Screening", null)
                .with("q", q.q()).with("officer", q.officer()).with("decision", q.decision())
                .with("purpose", q.purpose()).with("location", q.location()).with("from", q.from()).with("to", q.to())
                .with("page", page.page()).with("returned", items.size()).with("total", total));
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** The reviews of these screenings' hits, by screening id, oldest first: how each hit was settled. */
    @Transactional(readOnly = true)
    public Map<String, List<ScreeningRecord.Review>> reviewsOf(List<String> screeningIds) {
        Map<String, List<ScreeningRecord.Review>> out = new HashMap<>();
        if (screeningIds.isEmpty()) {
            return out;
        }
        jdbc.sql(REVIEWS + " where v.screening_id = any(?::uuid[]) order by v.id")
                .param(screeningIds.toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getString("screening_id"), review(rs)))
                .list().forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    private ScreeningRecord load(String screeningId) {
        java.util.UUID id;
        try {
            id = java.util.UUID.fromString(screeningId);
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound("screening", screeningId);
        }
        List<ScreeningRecord.Review> reviewList = jdbc.sql(REVIEWS + " where v.screening_id = ? order by v.id")
                .param(id).query((rs, n) -> review(rs)).list();
        return jdbc.sql("select * from scr_screening where id = ?").param(id).query((rs, n) -> record(rs, reviewList))
                .optional().orElseThrow(() -> DomainException.notFound("screening", screeningId));
    }

    /** A screening's reviews with the namesake redress each NOT_THIS_PERSON opened. */
    private static final String REVIEWS = """
            select v.*, r.id as redress_id, r.status as redress_status
            from scr_review v left join scr_redress r on r.review_id = v.id""";

    private static ScreeningRecord.Review review(ResultSet rs) throws SQLException {
        long redressId = rs.getLong("redress_id");
        boolean hasRedress = !rs.wasNull();
        return new ScreeningRecord.Review(rs.getLong("id"), rs.getString("hit_key"),
                ReviewOutcome.valueOf(rs.getString("outcome")), rs.getString("note"), rs.getString("reviewer"),
                rs.getTimestamp("at").toInstant(), hasRedress ? redressId : null,
                hasRedress ? RedressStatus.valueOf(rs.getString("redress_status")) : null);
    }

    private ScreeningRecord record(ResultSet rs, List<ScreeningRecord.Review> reviewList) throws SQLException {
        ScreeningService.LoggedHits hits = json.readValue(rs.getString("hits"), ScreeningService.LoggedHits.class);
        return new ScreeningRecord(rs.getString("id"), rs.getTimestamp("at").toInstant(), rs.getString("officer"),
                rs.getString("agency"), rs.getString("location"), Purpose.valueOf(rs.getString("purpose")),
                rs.getString("channel"), rs.getString("batch_ref"),
                json.readValue(rs.getString("traveller"), PersonInput.class), Decision.valueOf(rs.getString("decision")),
                hits.hits(), hits.setAsideByReview(), rs.getLong("took_micros"), rs.getBoolean("degraded"),
                new ArrayList<>(reviewList));
    }

    private static ReviewOutcome parseOutcome(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("outcome", "is required: CONFIRMED or NOT_THIS_PERSON");
        }
        try {
            return ReviewOutcome.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("outcome", "'" + raw.strip() + "' is not an outcome: use CONFIRMED or "
                    + "NOT_THIS_PERSON");
        }
    }
}
