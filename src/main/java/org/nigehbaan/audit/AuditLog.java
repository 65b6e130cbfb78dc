package org.nigehbaan.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.nigehbaan.audit.internal.AuditChain;
import org.nigehbaan.audit.internal.RequestContext;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to, pages through and verifies the audit log. Appends join the caller's transaction, so a change
 * and its audit row commit or roll back together.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JdbcTemplate streaming;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(2_000);
        this.clock = clock;
    }

    /**
     * Appends one record; the chain head stays locked until the caller's transaction ends. A record that names
     * no client is stamped with the address and user agent of the HTTP request being served, if any.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry append(AuditRecord record) {
        return appendAll(List.of(record)).get(0);
    }

    /** Appends several records in order under one lock of the chain head (batches of screenings, imports). */
    @Transactional(propagation = Propagation.REQUIRED)
    public List<AuditEntry> appendAll(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        ChainHead head = jdbc.sql("select seq, hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2))).single();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<AuditEntry> entries = new ArrayList<>(records.size());
        long seq = head.seq();
        String prev = head.hash();
        for (AuditRecord r : records) {
            seq++;
            AuditEntry e = AuditChain.seal(seq, prev, now, RequestContext.complete(r));
            entries.add(e);
            prev = e.hash();
        }
        template.batchUpdate("insert into audit_log (seq, occurred_at, actor, action, target_type, target_id, "
                + "details, client_address, user_agent, outcome, prev_hash, hash) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries, 1000, (ps, e) -> {
                    ps.setLong(1, e.seq());
                    ps.setTimestamp(2, Timestamp.from(e.occurredAt()));
                    ps.setString(3, e.actor());
                    ps.setString(4, e.action());
                    ps.setString(5, e.targetType());
                    ps.setString(6, e.targetId());
                    ps.setString(7, e.details());
                    ps.setString(8, e.clientAddress());
                    ps.setString(9, e.userAgent());
                    ps.setString(10, e.outcome());
                    ps.setString(11, e.prevHash());
                    ps.setString(12, e.hash());
                });
        jdbc.sql("update audit_chain_head set seq = ?, hash = ? where id = 1").params(seq, prev).update();
        return entries;
    }

    /** Newest first, filtered. */
    @Transactional(readOnly = true)
    public PageResult<AuditEntry> page(AuditQuery q, PageRequest page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (q.actor() != null) {
            where.append(" and actor = ?");
            params.add(q.actor());
        }
        if (q.action() != null) {
            where.append(" and action like ?");
            params.add(q.action() + "%");
        }
        if (q.targetType() != null) {
            where.append(" and target_type = ?");
            params.add(q.targetType());
        }
        if (q.targetId() != null) {
            where.append(" and target_id = ?");
            params.add(q.targetId());
        }
        if (q.from() != null) {
            where.append(" and occurred_at >= ?");
            params.add(Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            where.append(" and occurred_at < ?");
            params.add(Timestamp.from(q.to()));
        }
        long total = jdbc.sql("select count(*) from audit_log" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<AuditEntry> items = jdbc.sql("select * from audit_log" + where + " order by seq desc limit ? offset ?")
                .params(pageParams).query((rs, n) -> row(rs)).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** The current head of the chain. */
    @Transactional(readOnly = true)
    public ChainHead head() {
        return jdbc.sql("select seq, hash from audit_chain_head where id = 1")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2))).single();
    }

    /**
     * Walks the whole chain from the first row, recomputing each hash and checking each link, and reports the
     * first row that fails. Streams, so it runs in constant memory whatever the log's length.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        streaming.query("select * from audit_log order by seq", rs -> {
            if (verifier.isIntact()) {
                verifier.accept(row(rs));
            }
        });
        return verifier.finish(head());
    }

    private static AuditEntry row(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
                rs.getString("details"), rs.getString("client_address"), rs.getString("user_agent"),
                rs.getString("outcome"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
