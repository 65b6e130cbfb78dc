package org.nigehbaan.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nigehbaan.audit.internal.AuditChain;
import org.nigehbaan.audit.internal.AuditCsv;
import org.nigehbaan.audit.internal.AuditRows;
import org.nigehbaan.audit.internal.HeadSigner;
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
    private final HeadSigner signer;

    AuditLog(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource, Clock clock, HeadSigner signer) {
        this.jdbc = jdbc;
        this.template = template;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(2_000);
        this.clock = clock;
        this.signer = signer;
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
                .params(pageParams).query((rs, n) -> AuditRows.entry(rs)).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /**
     * {@link #page} for a person: the search itself is audited (filters and how many rows were returned), since
     * the log names the people who acted.
     */
    @Transactional
    public PageResult<AuditEntry> search(AuditQuery q, PageRequest page, String by) {
        PageResult<AuditEntry> result = page(q, page);
        append(AuditRecord.of(by, "audit.log.searched", "AuditLog", null).with("actor", q.actor())
                .with("action", q.action()).with("targetType", q.targetType()).with("targetId", q.targetId())
                .with("from", q.from()).with("to", q.to()).with("page", page.page())
                .with("returned", result.items().size()).with("total", result.total()));
        return result;
    }

    /** The current head of the chain. */
    @Transactional(readOnly = true)
    public ChainHead head() {
        return jdbc.sql("select seq, hash from audit_chain_head where id = 1")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2))).single();
    }

    /**
     * Walks the whole chain from the first row, recomputing each hash and checking each link and every signed
     * head (from the database and from the file kept outside it), and reports the first row that fails. A chain
     * rewritten and re-hashed from some row on is caught by the first signed head it no longer reaches. Streams,
     * so it runs in constant memory whatever the log's length.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        AuditChain.Verifier verifier = new AuditChain.Verifier(signer.signedHeads(signer.chainId()), signer.publicKey());
        streaming.query("select * from audit_log order by seq", rs -> {
            if (verifier.isIntact()) {
                verifier.accept(AuditRows.entry(rs));
            }
        });
        return verifier.finish(head());
    }

    /**
     * Signs the current head now (it is also signed every few minutes and at shutdown); empty when it is
     * already signed or the rows since the last signed head do not verify.
     */
    public Optional<SignedHead> signHead() {
        return signer.signHead();
    }

    /** The public key that checks signed heads (PEM), for auditors and the offline verifier. */
    public String publicKeyPem() {
        return signer.publicKeyPem();
    }

    /**
     * The rows of a period for auditors, as one unbroken stretch of the chain: every row from the first written
     * at or after {@code from} to the last written before {@code to} (either may be null: the start or the end
     * of the log).
     */
    public record ExportRange(long firstSeq, long lastSeq) {
        public boolean isEmpty() {
            return lastSeq < firstSeq;
        }
    }

    @Transactional(readOnly = true)
    public ExportRange exportRange(Instant from, Instant to) {
        // Rows carry microseconds: compare at that precision, so a row at `from` is in.
        from = from == null ? null : from.truncatedTo(ChronoUnit.MICROS);
        to = to == null ? null : to.truncatedTo(ChronoUnit.MICROS);
        Long first = jdbc.sql("select min(seq) from audit_log where occurred_at >= coalesce(?, '-infinity'::timestamptz)")
                .param(from == null ? null : Timestamp.from(from)).query(Long.class).optional().orElse(null);
        Long last = jdbc.sql("select max(seq) from audit_log where occurred_at < coalesce(?, 'infinity'::timestamptz)")
                .param(to == null ? null : Timestamp.from(to)).query(Long.class).optional().orElse(null);
        return first == null || last == null ? new ExportRange(1, 0) : new ExportRange(first, last);
    }

    /** Writes the rows of {@code range} as CSV ({@link AuditCsv#LOG_HEADER}), streaming. */
    @Transactional(readOnly = true)
    public void exportRows(ExportRange range, Writer out) {
        try {
            out.write(AuditCsv.LOG_HEADER + "\r\n");
            streaming.query("select * from audit_log where seq between ? and ? order by seq", rs -> {
                try {
                    AuditCsv.writeRow(out, AuditRows.entry(rs));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, range.firstSeq(), range.lastSeq());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the signed heads that fall within {@code range} as CSV ({@link AuditCsv#HEADS_HEADER}). */
    @Transactional(readOnly = true)
    public void exportSignedHeads(ExportRange range, Writer out) {
        try {
            out.write(AuditCsv.HEADS_HEADER + "\r\n");
            for (SignedHead h : signer.signedHeads(signer.chainId())) {
                if (h.seq() >= range.firstSeq() && h.seq() <= range.lastSeq()) {
                    AuditCsv.writeHead(out, h);
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
