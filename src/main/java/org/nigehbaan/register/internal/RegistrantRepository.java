package org.nigehbaan.register.internal;

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
import org.nigehbaan.identity.PassportNumber;
import org.nigehbaan.identity.Person;
import org.nigehbaan.identity.PersonInput;
import org.nigehbaan.register.Disposal;
import org.nigehbaan.register.RegistrantRecord;
import org.nigehbaan.register.RegistrantStatus;
import org.nigehbaan.register.SentenceUnit;
import org.nigehbaan.register.policy.ConvictionPeriod;
import org.nigehbaan.register.policy.NotificationTerms;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Registrants, their convictions, addresses and PCL proposals, in explicit SQL. */
@Repository
public class RegistrantRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final JsonMapper json;

    RegistrantRepository(JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1_000);
        this.json = json;
    }

    /** What a new registrant row holds besides its terms. */
    public record NewRow(Person person, String photoRef, List<String> biometricRefs, int riskLevel, String riskReason,
                         String station, String district, LocalDate releasedOn, RegistrantStatus status,
                         Instant registeredAt, String registeredBy) {
    }

    public long insert(NewRow r, NotificationTerms t, LocalDate obligationsStart) {
        return jdbc.sql("""
                        insert into register_registrant (person, name_keys, cnic, passport_numbers, photo_ref,
                            biometric_refs, risk_level, risk_reason, station, district, district_key, released_on,
                            status, policy, tier, indefinite, obligations_start, starts_on, ends_on, review_on,
                            renotify_every, travel_notice_days, travel_short_notice_hours, basis, registered_at,
                            registered_by)
                        values (?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id""")
                .params(personJson(r.person()), nameKeys(r.person()), cnic(r.person()),
                        passports(r.person()), r.photoRef(), r.biometricRefs().toArray(String[]::new), r.riskLevel(),
                        r.riskReason(), r.station(), r.district(), DistrictScope.key(r.district()), r.releasedOn(),
                        r.status().name(), t.policy().name(), t.tier(), t.indefinite(), obligationsStart,
                        t.startsOn(), t.endsOn(), t.reviewOn(), t.reNotificationInterval().toString(),
                        t.travelNotice().daysAhead(), shortNoticeHours(t), t.basis(),
                        Timestamp.from(r.registeredAt()), r.registeredBy())
                .query(Long.class).single();
    }

    public void updateTerms(long id, NotificationTerms t, LocalDate obligationsStart) {
        jdbc.sql("""
                        update register_registrant set policy = ?, tier = ?, indefinite = ?, obligations_start = ?,
                            starts_on = ?, ends_on = ?, review_on = ?, renotify_every = ?, travel_notice_days = ?,
                            travel_short_notice_hours = ?, basis = ? where id = ?""")
                .params(t.policy().name(), t.tier(), t.indefinite(), obligationsStart, t.startsOn(), t.endsOn(),
                        t.reviewOn(), t.reNotificationInterval().toString(), t.travelNotice().daysAhead(),
                        shortNoticeHours(t), t.basis(), id)
                .update();
    }

    public void updateReviewOn(long id, LocalDate reviewOn) {
        jdbc.sql("update register_registrant set review_on = ? where id = ?").params(reviewOn, id).update();
    }

    public void updatePerson(long id, Person p) {
        jdbc.sql("update register_registrant set person = ?::jsonb, name_keys = ?, cnic = ?, passport_numbers = ? "
                        + "where id = ?")
                .params(personJson(p), nameKeys(p), cnic(p), passports(p), id).update();
    }

    public void updateStatus(long id, RegistrantStatus status, String reason, Instant at) {
        jdbc.sql("update register_registrant set status = ?, status_reason = ?, status_changed_at = ? where id = ?")
                .params(status.name(), reason, Timestamp.from(at), id).update();
    }

    public void updateRisk(long id, int level, String reason) {
        jdbc.sql("update register_registrant set risk_level = ?, risk_reason = ? where id = ?")
                .params(level, reason, id).update();
    }

    public void updateStation(long id, String station, String district) {
        jdbc.sql("update register_registrant set station = ?, district = ?, district_key = ? where id = ?")
                .params(station, district, DistrictScope.key(district), id).update();
    }

    /** The row, locked for the rest of the transaction so that concurrent commands on one registrant queue. */
    public Optional<RegistrantRow> findForUpdate(long id) {
        return jdbc.sql("select * from register_registrant where id = ? for update").param(id)
                .query((rs, n) -> row(rs)).optional();
    }

    public Optional<RegistrantRow> find(long id) {
        return jdbc.sql("select * from register_registrant where id = ?").param(id).query((rs, n) -> row(rs)).optional();
    }

    /** Ids of registrants (not removed) holding this CNIC or any of these passport numbers. */
    public List<Long> holdersOf(String cnic, String[] passports) {
        // two indexed lookups rather than one OR, which would scan the whole table
        return jdbc.sql("select id from register_registrant where status <> 'REMOVED' and cnic = ? union "
                        + "select id from register_registrant where status <> 'REMOVED' and passport_numbers && ?::text[] "
                        + "order by id")
                .params(cnic, passports).query(Long.class).list();
    }

    public long insertConviction(long registrantId, ConvictionRow c, ConvictionPeriod p, Instant at, String by) {
        return jdbc.sql("""
                        insert into register_conviction (registrant_id, offence, offence_cited, court, convicted_on,
                            disposal, sentence_length, sentence_unit, age_at_conviction, indefinite, period,
                            period_ends_on, period_rule, recorded_at, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(registrantId, c.offence(), c.citation(), c.court(), c.convictedOn(), c.disposal().name(),
                        c.sentenceLength(), c.sentenceUnit() == null ? null : c.sentenceUnit().name(),
                        c.ageAtConviction(), p.indefinite(), p.indefinite() ? null : p.length().toString(),
                        p.endsOn(), p.rule(), Timestamp.from(at), by)
                .query(Long.class).single();
    }

    public void updateConvictionPeriod(long convictionId, ConvictionPeriod p) {
        jdbc.sql("update register_conviction set indefinite = ?, period = ?, period_ends_on = ?, period_rule = ? "
                        + "where id = ?")
                .params(p.indefinite(), p.indefinite() ? null : p.length().toString(), p.endsOn(), p.rule(),
                        convictionId)
                .update();
    }

    public List<ConvictionRow> convictions(long registrantId) {
        return jdbc.sql("select * from register_conviction where registrant_id = ? order by convicted_on, id")
                .param(registrantId)
                .query((rs, n) -> new ConvictionRow(rs.getLong("id"), rs.getLong("registrant_id"),
                        rs.getString("offence"), rs.getString("offence_cited"), rs.getString("court"),
                        rs.getObject("convicted_on", LocalDate.class), Disposal.valueOf(rs.getString("disposal")),
                        (Integer) rs.getObject("sentence_length"),
                        rs.getString("sentence_unit") == null ? null : SentenceUnit.valueOf(rs.getString("sentence_unit")),
                        rs.getInt("age_at_conviction"), rs.getBoolean("indefinite"), rs.getString("period"),
                        rs.getObject("period_ends_on", LocalDate.class), rs.getString("period_rule")))
                .list();
    }

    public record NewAddress(String kind, String line1, String line2, String city, String district, String postcode,
                             LocalDate from) {
    }

    public long insertAddress(long registrantId, NewAddress a, Instant at, String by) {
        return jdbc.sql("""
                        insert into register_address (registrant_id, kind, line1, line2, city, district, postcode,
                            valid_from, recorded_at, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(registrantId, a.kind(), a.line1(), a.line2(), a.city(), a.district(), a.postcode(), a.from(),
                        Timestamp.from(at), by)
                .query(Long.class).single();
    }

    /** Closes the current addresses of a kind: they held until {@code lastDay}. */
    public void closeCurrentAddresses(long registrantId, String kind, LocalDate lastDay) {
        jdbc.sql("update register_address set valid_to = ? where registrant_id = ? and kind = ? and valid_to is null")
                .params(lastDay, registrantId, kind).update();
    }

    public List<RegistrantRecord.Address> addresses(long registrantId) {
        return jdbc.sql("select * from register_address where registrant_id = ? "
                        + "order by (valid_to is null) desc, valid_from desc nulls last, id desc")
                .param(registrantId)
                .query((rs, n) -> new RegistrantRecord.Address(rs.getLong("id"), rs.getString("kind"),
                        rs.getString("line1"), rs.getString("line2"), rs.getString("city"), rs.getString("district"),
                        rs.getString("postcode"), rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class), rs.getObject("valid_to") == null))
                .list();
    }

    public long insertPclProposal(long registrantId, String legalBasis, String reason, String by, Instant at) {
        return jdbc.sql("insert into register_pcl_proposal (registrant_id, legal_basis, reason, proposed_by, proposed_at) "
                        + "values (?, ?, ?, ?, ?) returning id")
                .params(registrantId, legalBasis, reason, by, Timestamp.from(at)).query(Long.class).single();
    }

    public List<RegistrantRecord.PclProposal> pclProposals(long registrantId) {
        return jdbc.sql("select * from register_pcl_proposal where registrant_id = ? order by id desc")
                .param(registrantId)
                .query((rs, n) -> new RegistrantRecord.PclProposal(rs.getLong("id"), rs.getString("legal_basis"),
                        rs.getString("reason"), rs.getString("proposed_by"), rs.getTimestamp("proposed_at").toInstant()))
                .list();
    }

    /** Active registrants whose finite period ended before {@code day}. */
    public List<RegistrantRow> activeWithPeriodEndedBefore(LocalDate day) {
        return jdbc.sql("select * from register_registrant where status = 'ACTIVE' and not indefinite and ends_on < ? "
                        + "order by id").param(day).query((rs, n) -> row(rs)).list();
    }

    /** Calls {@code action} for every active registrant, in id order, streaming. */
    public void forEachActive(Consumer<RegistrantRow> action) {
        streaming.query("select * from register_registrant where status = 'ACTIVE' order by id",
                rs -> {
                    action.accept(row(rs));
                });
    }

    public List<RegistrantRow> activeAfter(long afterId, int limit) {
        return jdbc.sql("select * from register_registrant where status = 'ACTIVE' and id > ? order by id limit ?")
                .params(afterId, limit).query((rs, n) -> row(rs)).list();
    }

    /**
     * Search within a scope: registrants (not removed) matching every name key, or the CNIC, or a passport.
     *
     * @param districtKeys null for every district
     */
    public List<RegistrantRow> search(String[] districtKeys, List<String> nameKeys, String cnic, String passport,
                                      int limit) {
        StringBuilder sql = new StringBuilder("select * from register_registrant where status <> 'REMOVED'");
        List<Object> params = new ArrayList<>();
        if (districtKeys != null) {
            sql.append(" and district_key = any(?::text[])");
            params.add(districtKeys);
        }
        List<String> any = new ArrayList<>();
        if (!nameKeys.isEmpty()) {
            any.add("name_keys @> ?::text[]");
            params.add(nameKeys.toArray(String[]::new));
        }
        if (cnic != null) {
            any.add("cnic = ?");
            params.add(cnic);
        }
        if (passport != null) {
            any.add("? = any(passport_numbers)");
            params.add(passport);
        }
        sql.append(" and (").append(String.join(" or ", any)).append(") order by id limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> row(rs)).list();
    }

    /**
     * Registrants (not removed) in the districts whose names share a part's consonants with the name asked
     * ({@link org.nigehbaan.matching.NameSkeletons}): the candidates the matching engine then scores. Newest first,
     * at most {@code limit}.
     */
    public List<RegistrantRow> similarlyNamed(String[] districtKeys, java.util.Collection<String> patterns, int limit) {
        if (patterns.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select * from register_registrant where status <> 'REMOVED'");
        List<Object> params = new ArrayList<>();
        if (districtKeys != null) {
            sql.append(" and district_key = any(?::text[])");
            params.add(districtKeys);
        }
        sql.append(" and array_to_string(name_keys, ' ') ~ any(?::text[]) order by id desc limit ?");
        params.add(patterns.toArray(String[]::new));
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> row(rs)).list();
    }

    RegistrantRow row(ResultSet rs) throws SQLException {
        PersonInput in = json.readValue(rs.getString("person"), PersonInput.class);
        return new RegistrantRow(rs.getLong("id"), Person.fromInput(in, "person"), rs.getString("photo_ref"),
                strings(rs.getArray("biometric_refs")), rs.getInt("risk_level"), rs.getString("risk_reason"),
                rs.getString("station"), rs.getString("district"), rs.getObject("released_on", LocalDate.class),
                RegistrantStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                rs.getString("policy"), (Integer) rs.getObject("tier"), rs.getBoolean("indefinite"),
                rs.getObject("obligations_start", LocalDate.class), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getObject("review_on", LocalDate.class),
                rs.getString("renotify_every"), rs.getInt("travel_notice_days"),
                (Integer) rs.getObject("travel_short_notice_hours"), rs.getString("basis"),
                rs.getTimestamp("registered_at").toInstant(), rs.getString("registered_by"));
    }

    static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    private String personJson(Person p) {
        return json.writeValueAsString(p.toInput());
    }

    private static String[] nameKeys(Person p) {
        return NameKeys.all(p.allNames()).toArray(String[]::new);
    }

    private static String cnic(Person p) {
        return p.cnic() == null ? null : p.cnic().digits();
    }

    private static String[] passports(Person p) {
        return p.passportNumbers().stream().map(PassportNumber::value).toArray(String[]::new);
    }

    private static Integer shortNoticeHours(NotificationTerms t) {
        return t.travelNotice().shortNotice() == null ? null : (int) t.travelNotice().shortNotice().toHours();
    }
}
