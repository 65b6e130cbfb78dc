package org.nigehbaan.controllist.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.controllist.ImportResult;
import org.nigehbaan.controllist.ImportStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports as records: created by staging, decided by a second person. Approval applies the staged rows to
 * {@code cl_entry} with a few set-based statements (one {@code INSERT … SELECT} for the new entries under the ids
 * staging reserved, one {@code UPDATE … FROM} for the changed ones), re-checking what may have changed since
 * staging, and seals the import's manifest with SHA-256.
 */
@Component
public class ImportStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportStore.class);

    /**
     * Staged rows of import {@code :id} whose external id is already an entry's, with that entry's effective
     * status, whether the content is the same, and whether an earlier import of {@code :source} created it.
     * {@code :rowFilter} narrows the rows.
     */
    static final String MATCHES = """
            select r.line, e.id, %s as status, e.content_hash = r.content_hash as same,
                   coalesce(i.source = :source, false) as same_source, i.source
            from cl_import_row r join cl_entry e on e.external_id = r.external_id
            left join cl_import i on i.id = e.first_import_id
            where r.import_id = :id :rowFilter""".formatted(EntryRepository.EFFECTIVE_STATUS);

    static final String MANIFEST_HEADER = "line,external_id,entry_id,action,row_sha256";

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    ImportStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(10_000);
    }

    /** Why an import leaves alone the entry {@code entryId} one of its rows names. */
    static String refusal(long entryId, String status, boolean sameSource, String entrySource, String source) {
        if (!"ACTIVE".equals(status)) {
            return "external_id: entry " + entryId + " with this id is " + status + "; an import does not list it again";
        }
        if (entrySource == null) {
            return "external_id: entry " + entryId + " with this id was listed in Nigehbaan, not by an import from "
                    + source + "; an import leaves it alone";
        }
        return "external_id: entry " + entryId + " with this id was created by an import from " + entrySource
                + ", not " + source + "; an import leaves it alone";
    }

    public long create(String source, String approvalReference, String by, Instant now) {
        return jdbc.sql("insert into cl_import (source, approval_reference, imported_by, started_at, status) "
                        + "values (?, ?, ?, ?, 'STAGED') returning id")
                .params(source, approvalReference, by, Timestamp.from(now)).query(Long.class).single();
    }

    /** Records what staging found. */
    public void staged(CsvImporter.Staged s, Instant now) {
        jdbc.sql("update cl_import set finished_at = ?, imported = ?, updated = ?, unchanged = ?, rejected = ? where id = ?")
                .params(Timestamp.from(now), s.create(), s.update(), s.unchanged(), s.rejections().count(), s.importId())
                .update();
        addRejections(s.importId(), s.rejections().listed());
    }

    private void addRejections(long importId, List<ImportResult.RejectedLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        streaming.batchUpdate("insert into cl_import_rejection (import_id, line, errors) values (?, ?, ?) "
                + "on conflict do nothing", lines, 1_000, (ps, r) -> {
                    ps.setLong(1, importId);
                    ps.setLong(2, r.line());
                    ps.setArray(3, ps.getConnection().createArrayOf("text", r.errors().toArray()));
                });
    }

    /** An import with its refused lines; 404 when there is none. */
    public ImportResult view(long importId) {
        List<ImportResult.RejectedLine> rejected = jdbc.sql("select line, errors from cl_import_rejection "
                        + "where import_id = ? order by line limit " + ImportResult.MAX_REPORTED_REJECTIONS)
                .param(importId)
                .query((rs, n) -> new ImportResult.RejectedLine(rs.getLong(1),
                        List.of((String[]) rs.getArray(2).getArray())))
                .list();
        return jdbc.sql("select * from cl_import where id = ?").param(importId).query((rs, n) -> result(rs, rejected))
                .optional().orElseThrow(() -> DomainException.notFound("import", importId));
    }

    /** Imports, newest first, without their refused lines. */
    public PageResult<ImportResult> page(ImportStatus status, PageRequest page) {
        String where = status == null ? "" : " where status = '" + status.name() + "'";
        long total = jdbc.sql("select count(*) from cl_import" + where).query(Long.class).single();
        List<ImportResult> items = jdbc.sql("select * from cl_import" + where + " order by id desc limit ? offset ?")
                .params(page.size(), page.offset()).query((rs, n) -> result(rs, List.of())).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private record Locked(long id, ImportStatus status, String source, String reference, String importedBy) {
    }

    private Locked lock(long importId) {
        return jdbc.sql("select id, status, source, approval_reference, imported_by from cl_import where id = ? for update")
                .param(importId)
                .query((rs, n) -> new Locked(rs.getLong(1), ImportStatus.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .optional().orElseThrow(() -> DomainException.notFound("import", importId));
    }

    private static void requireSecondPerson(Locked i, String by, String verb) {
        if (i.importedBy().equalsIgnoreCase(by)) {
            throw DomainException.conflict("import " + i.id() + " was staged by " + i.importedBy()
                    + ": a list approver who did not import it must " + verb + " it");
        }
    }

    /** What an approval did, for the service to audit and announce. */
    public record Approval(ImportResult result, boolean applied) {
    }

    /**
     * Applies a staged import: new entries ACTIVE from now, changed ones updated, each only if still allowed
     * (an entry that ended, or an external id another source took meanwhile, is refused and reported). Approving
     * an approved import changes nothing.
     */
    public Approval approve(long importId, String by, String comment, Instant now) {
        Locked i = lock(importId);
        if (i.status() == ImportStatus.APPROVED) {
            return new Approval(view(importId), false);
        }
        if (i.status() == ImportStatus.REJECTED) {
            throw DomainException.conflict("import " + importId + " was rejected: stage the file again");
        }
        requireSecondPerson(i, by, "approve");
        long start = System.nanoTime();
        Timestamp ts = Timestamp.from(now);
        String note = "import " + importId + " (" + i.reference() + ") staged by " + i.importedBy() + ", approved by " + by;
        int expected = count("select count(*) from cl_import_row where import_id = ? and action = 'CREATE'", importId);
        int created = jdbc.sql("""
                        with i as (
                            insert into cl_entry (id, external_id, list, ground, status, full_name, aliases,
                                date_of_birth, gender, nationality, cnic, passport_numbers, legal_basis,
                                referring_agency, reason, effective_from, expires_on, expires_at, proposed_by,
                                proposed_at, decided_by, decided_at, decision_comment, activated_at, first_import_id,
                                import_id, search_text, content_hash)
                            select r.entry_id, r.external_id, r.list, r.ground, 'ACTIVE', r.full_name, r.aliases,
                                r.date_of_birth, r.gender, r.nationality, r.cnic, r.passport_numbers, r.legal_basis,
                                'IMPORT ' || :source, r.reason, r.effective_from, r.expires_on, r.expires_at,
                                :importedBy, (select started_at from cl_import where id = :id), :by, :now, :note, :now,
                                :id, :id, r.search_text, r.content_hash
                            from cl_import_row r
                            where r.import_id = :id and r.action = 'CREATE'
                              and (r.expires_at is null or r.expires_at > :now)
                            on conflict (external_id) do nothing
                            returning 1)
                        select count(*) from i""")
                .param("id", importId).param("source", i.source()).param("importedBy", i.importedBy())
                .param("by", by).param("now", ts).param("note", note)
                .query(Integer.class).single();
        long inserted = System.nanoTime();
        List<ImportResult.RejectedLine> refused = new ArrayList<>();
        if (created != expected) {
            reclassifyUncreated(i, now, refused);
        }
        int toUpdate = count("select count(*) from cl_import_row where import_id = ? and action = 'UPDATE'", importId);
        int updated = jdbc.sql("""
                        with u as (
                            update cl_entry e set list = r.list, ground = r.ground, full_name = r.full_name,
                                aliases = r.aliases, date_of_birth = r.date_of_birth, gender = r.gender,
                                nationality = r.nationality, cnic = r.cnic, passport_numbers = r.passport_numbers,
                                effective_from = r.effective_from, expires_on = r.expires_on, expires_at = r.expires_at,
                                legal_basis = r.legal_basis, reason = r.reason, search_text = r.search_text,
                                content_hash = r.content_hash, import_id = :id, version = e.version + 1
                            from cl_import_row r
                            where r.import_id = :id and r.action = 'UPDATE' and e.id = r.entry_id
                              and e.status = 'ACTIVE' and (e.expires_at is null or e.expires_at > :now)
                              and exists (select 1 from cl_import s where s.id = e.first_import_id and s.source = :source)
                            returning e.id),
                        h as (insert into cl_entry_event (entry_id, at, actor, action, comment)
                              select id, :now, :by, 'IMPORT_UPDATED', :note from u returning 1)
                        select count(*) from h""")
                .param("id", importId).param("source", i.source()).param("by", by).param("now", ts).param("note", note)
                .query(Integer.class).single();
        if (updated != toUpdate) {
            jdbc.sql("""
                            update cl_import_row r set action = 'REFUSED',
                                note = 'external_id: entry ' || r.entry_id || ' ended or changed hands before the approval; '
                                       || 'the import leaves it alone'
                            where r.import_id = :id and r.action = 'UPDATE'
                              and not exists (select 1 from cl_entry e where e.id = r.entry_id and e.import_id = :id)
                            returning r.line, r.note""")
                    .param("id", importId)
                    .query(rs -> {
                        refused.add(new ImportResult.RejectedLine(rs.getLong(1), List.of(rs.getString(2))));
                    });
        }
        addRejections(importId, refused);
        int unchanged = count("select count(*) from cl_import_row where import_id = ? and action = 'UNCHANGED'",
                importId);
        long applied = System.nanoTime();
        Digests digests = digests(importId);
        jdbc.sql("""
                        update cl_import set status = 'APPROVED', decided_by = ?, decided_at = ?, decision_comment = ?,
                            imported = ?, updated = ?, unchanged = ?, refused = ?, rejected = rejected + ?,
                            rows_sha256 = ?, manifest_sha256 = ?
                        where id = ?""")
                .params(by, ts, comment, created, updated, unchanged, refused.size(), refused.size(), digests.rows(),
                        digests.manifest(), importId)
                .update();
        log.info("control-list import {} approved: {} created, {} updated, {} unchanged, {} refused in {} ms "
                        + "(insert {} ms, updates and checks {} ms, digests {} ms)", importId, created, updated, unchanged,
                refused.size(), (System.nanoTime() - start) / 1_000_000, (inserted - start) / 1_000_000,
                (applied - inserted) / 1_000_000, (System.nanoTime() - applied) / 1_000_000);
        return new Approval(view(importId), true);
    }

    /**
     * New rows the approval could not insert: their external id became an entry's after staging (another import,
     * or a proposal), or their term ended before the approval. The first are judged as staging judges a match;
     * the rest are refused.
     */
    private void reclassifyUncreated(Locked i, Instant now, List<ImportResult.RejectedLine> refused) {
        String uncreated = " and r.action = 'CREATE' and not exists (select 1 from cl_entry x where x.id = r.entry_id)";
        jdbc.sql("create temporary table cl_late_matches on commit drop as " + MATCHES.replace(":rowFilter", uncreated))
                .param("id", i.id()).param("source", i.source()).param("now", Timestamp.from(now)).update();
        jdbc.sql("select line, id, status, same_source, source from cl_late_matches where status <> 'ACTIVE' "
                        + "or not same_source order by line")
                .query(rs -> {
                    refused.add(new ImportResult.RejectedLine(rs.getLong(1), List.of(refusal(rs.getLong(2),
                            rs.getString(3), rs.getBoolean(4), rs.getString(5), i.source()))));
                });
        jdbc.sql("""
                        update cl_import_row r set entry_id = m.id,
                            action = case when m.status <> 'ACTIVE' or not m.same_source then 'REFUSED'
                                          when m.same then 'UNCHANGED' else 'UPDATE' end
                        from cl_late_matches m where r.import_id = :id and r.line = m.line""")
                .param("id", i.id()).update();
        jdbc.sql("""
                        update cl_import_row r set action = 'REFUSED',
                            note = 'expires_on: the listing ended on ' || r.expires_on || ', before the approval'
                        where r.import_id = :id""" + uncreated + " returning r.line, r.note")
                .param("id", i.id())
                .query(rs -> {
                    refused.add(new ImportResult.RejectedLine(rs.getLong(1), List.of(rs.getString(2))));
                });
    }

    /** Refuses a staged import; its rows are discarded. Rejecting a rejected import changes nothing. */
    public ImportResult reject(long importId, String by, String comment, Instant now) {
        Locked i = lock(importId);
        if (i.status() == ImportStatus.REJECTED) {
            return view(importId);
        }
        if (i.status() == ImportStatus.APPROVED) {
            throw DomainException.conflict("import " + importId + " was approved: remove its entries one by one");
        }
        requireSecondPerson(i, by, "reject");
        jdbc.sql("delete from cl_import_row where import_id = ?").param(importId).update();
        jdbc.sql("update cl_import set status = 'REJECTED', decided_by = ?, decided_at = ?, decision_comment = ? "
                + "where id = ?").params(by, Timestamp.from(now), comment, importId).update();
        return view(importId);
    }

    /**
     * The manifest of an import: one CSV line per staged row, in line order ({@value #MANIFEST_HEADER}). Its
     * SHA-256, taken at approval, is in the audit log.
     */
    public void writeManifest(long importId, Writer out) {
        writeManifest(importId, out, rowSha -> { });
    }

    /** Writes the manifest, handing each row's SHA-256 to {@code rowHashes} as it goes. */
    private void writeManifest(long importId, Writer out, java.util.function.Consumer<String> rowHashes) {
        try {
            out.write(MANIFEST_HEADER);
            out.write('\n');
            streaming.query("select line, external_id, entry_id, action, row_sha256 from cl_import_row "
                    + "where import_id = ? order by line", rs -> {
                        try {
                            manifestLine(out, rs);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        rowHashes.accept(rs.getString(5));
                    }, importId);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void manifestLine(Writer out, ResultSet rs) throws IOException, SQLException {
        out.write(Long.toString(rs.getLong(1)));
        out.write(',');
        out.write(csv(rs.getString(2)));
        out.write(',');
        out.write(Long.toString(rs.getLong(3)));
        out.write(',');
        out.write(rs.getString(4));
        out.write(',');
        out.write(rs.getString(5));
        out.write('\n');
    }

    private static String csv(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** The SHA-256 of the manifest, and over the staged rows' own SHA-256 hashes (hex, one a line) in line order. */
    private record Digests(String manifest, String rows) {
    }

    private Digests digests(long importId) {
        MessageDigest manifest = sha256();
        MessageDigest rows = sha256();
        try (Writer out = new OutputStreamWriter(new DigestOutputStream(OutputStream.nullOutputStream(), manifest),
                StandardCharsets.UTF_8)) {
            writeManifest(importId, out, rowSha -> rows.update((rowSha + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HexFormat hex = HexFormat.of();
        return new Digests(hex.formatHex(manifest.digest()), hex.formatHex(rows.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String sql, long importId) {
        return jdbc.sql(sql).param(importId).query(Integer.class).single();
    }

    private static ImportResult result(ResultSet rs, List<ImportResult.RejectedLine> rejected) throws SQLException {
        ImportStatus status = ImportStatus.valueOf(rs.getString("status"));
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new ImportResult(rs.getLong("id"), status, rs.getString("source"), rs.getString("approval_reference"),
                rs.getString("imported_by"), rs.getTimestamp("started_at").toInstant(), rs.getInt("imported"),
                rs.getInt("updated"), rs.getInt("unchanged"), rejected, rs.getInt("rejected"),
                rs.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("decision_comment"), status == ImportStatus.APPROVED ? rs.getInt("refused") : null,
                rs.getString("rows_sha256"), rs.getString("manifest_sha256"));
    }
}
