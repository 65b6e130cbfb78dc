package org.nigehbaan.register.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nigehbaan.register.Disclosure;
import org.nigehbaan.register.DisclosurePurpose;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The disclosure log, in explicit SQL. Append-only: nothing here updates or deletes. */
@Repository
public class DisclosureRepository {

    private final JdbcClient jdbc;

    DisclosureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Disclosure d) {
        return jdbc.sql("""
                        insert into register_disclosure (occurred_at, actor, actor_agency, kind, purpose, reference,
                            fir_number, fir_police_station, fir_offences, suspect_name, requesting_officer, prosecutor,
                            police_requested_at, search_id, criteria, registrant_ids, shown)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(Timestamp.from(d.occurredAt()), d.actor(), d.actorAgency(), d.kind(), d.purpose().name(),
                        d.reference(), d.firNumber(), d.firPoliceStation(),
                        d.firOffences() == null ? null : d.firOffences().toArray(String[]::new), d.suspectName(),
                        d.requestingOfficer(), d.prosecutor(),
                        d.policeRequestedAt() == null ? null : Timestamp.from(d.policeRequestedAt()), d.searchId(),
                        d.criteria(), d.registrantIds().stream().mapToLong(Long::longValue).toArray(), d.shown())
                .query(Long.class).single();
    }

    public Optional<Disclosure> find(long id) {
        return jdbc.sql("select * from register_disclosure where id = ?").param(id).query((rs, n) -> row(rs)).optional();
    }

    /** Filters for the disclosure log; every field optional. */
    public record Query(String actor, DisclosurePurpose purpose, Long registrantId, Instant from, Instant to) {
    }

    public List<Disclosure> page(Query q, int limit, long offset) {
        List<Object> params = new ArrayList<>();
        String where = where(q, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select * from register_disclosure" + where + " order by id desc limit ? offset ?")
                .params(params).query((rs, n) -> row(rs)).list();
    }

    public long count(Query q) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from register_disclosure" + where(q, params)).params(params)
                .query(Long.class).single();
    }

    /** Disclosures since {@code from} by purpose. */
    public Map<String, Long> countByPurposeSince(Instant from) {
        Map<String, Long> m = new LinkedHashMap<>();
        jdbc.sql("select purpose, count(*) from register_disclosure where occurred_at >= ? group by purpose order by purpose")
                .param(Timestamp.from(from)).query(rs -> {
                    m.put(rs.getString(1), rs.getLong(2));
                });
        return m;
    }

    private static String where(Query q, List<Object> params) {
        StringBuilder w = new StringBuilder(" where true");
        if (q.actor() != null) {
            w.append(" and lower(actor) = lower(?)");
            params.add(q.actor());
        }
        if (q.purpose() != null) {
            w.append(" and purpose = ?");
            params.add(q.purpose().name());
        }
        if (q.registrantId() != null) {
            w.append(" and registrant_ids @> ?");
            params.add(new long[] {q.registrantId()});
        }
        if (q.from() != null) {
            w.append(" and occurred_at >= ?");
            params.add(Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            w.append(" and occurred_at < ?");
            params.add(Timestamp.from(q.to()));
        }
        return w.toString();
    }

    private static Disclosure row(ResultSet rs) throws SQLException {
        Timestamp asked = rs.getTimestamp("police_requested_at");
        Array firOffences = rs.getArray("fir_offences");
        Long searchId = (Long) rs.getObject("search_id");
        return new Disclosure(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("actor_agency"), rs.getString("kind"), DisclosurePurpose.valueOf(rs.getString("purpose")),
                rs.getString("reference"), rs.getString("fir_number"), rs.getString("fir_police_station"),
                firOffences == null ? null : Arrays.asList((String[]) firOffences.getArray()),
                rs.getString("suspect_name"), rs.getString("requesting_officer"), rs.getString("prosecutor"),
                asked == null ? null : asked.toInstant(), searchId, rs.getString("criteria"),
                Arrays.asList((Long[]) rs.getArray("registrant_ids").getArray()), rs.getString("shown"));
    }
}
