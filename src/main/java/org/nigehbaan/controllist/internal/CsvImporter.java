package org.nigehbaan.controllist.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.codec.digest.MurmurHash3;
import org.nigehbaan.controllist.ControlListPolicy;
import org.nigehbaan.controllist.Ground;
import org.nigehbaan.controllist.ImportResult;
import org.nigehbaan.controllist.ListType;
import org.nigehbaan.identity.FieldViolation;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.identity.PassportNumber;
import org.nigehbaan.identity.Person;
import org.nigehbaan.identity.PersonInput;
import org.nigehbaan.identity.Violations;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bulk import of control-list entries approved outside the system (API.md), built for a million rows in one
 * request: the CSV is parsed as a stream and each valid row is copied straight into a temporary table with
 * PostgreSQL's COPY, so memory stays flat whatever the file's size; then a few set-based statements sort the
 * rows into new, changed, unchanged and refused. It runs in the caller's transaction: if anything fails, nothing
 * is stored.
 */
@Component
public class CsvImporter {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CsvImporter.class);

    public static final List<String> COLUMNS = List.of("external_id", "list", "ground", "full_name", "aliases",
            "date_of_birth", "gender", "nationality", "cnic", "passport_numbers", "effective_from", "expires_on",
            "legal_basis", "reason");

    private static final Map<String, String> PERSON_FIELD_TO_COLUMN = Map.of("fullName", "full_name",
            "dateOfBirth", "date_of_birth", "gender", "gender", "nationality", "nationality", "cnic", "cnic");

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ControlListPolicy policy;

    CsvImporter(DataSource dataSource, JdbcClient jdbc, ControlListPolicy policy) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /** The rejected rows, sorted by line, keeping at most the first {@link ImportResult#MAX_REPORTED_REJECTIONS}. */
    private static final class Rejections {
        private final List<ImportResult.RejectedLine> listed = new ArrayList<>();
        private int count;

        void add(long line, List<String> errors) {
            count++;
            if (listed.size() < ImportResult.MAX_REPORTED_REJECTIONS) {
                listed.add(new ImportResult.RejectedLine(line, List.copyOf(errors)));
            }
        }

        List<ImportResult.RejectedLine> sorted() {
            listed.sort(Comparator.comparingLong(ImportResult.RejectedLine::line));
            return listed;
        }
    }

    public ImportResult importCsv(InputStream csv, String approvalReference, String by, LocalDate today, Instant now,
                                  Predicate<Ground> groundEnabled) {
        long importId = jdbc.sql("insert into cl_import (approval_reference, imported_by, started_at) values (?, ?, ?) "
                + "returning id").params(approvalReference, by, Timestamp.from(now)).query(Long.class).single();
        jdbc.sql("""
                create temporary table cl_staging (
                    line bigint, external_id text, list text, ground text, full_name text, aliases text[],
                    date_of_birth text, gender text, nationality text, cnic text, passport_numbers text[],
                    effective_from date, expires_on date, expires_at timestamptz, legal_basis text, reason text,
                    search_text text, content_hash text) on commit drop""").update();
        Rejections rejections = new Rejections();
        long start = System.nanoTime();
        copyValidRows(csv, today, groundEnabled, rejections);
        long copied = System.nanoTime();

        jdbc.sql("analyze cl_staging").update();

        jdbc.sql("""
                        with firsts as (select external_id, min(line) as first_line from cl_staging
                                        group by external_id having count(*) > 1)
                        delete from cl_staging s using firsts f
                        where s.external_id = f.external_id and s.line > f.first_line
                        returning s.line, f.first_line""")
                .query(rs -> {
                    rejections.add(rs.getLong(1), List.of("external_id: repeats the one on line " + rs.getLong(2)));
                });
        // One join with the existing entries; the steps after it touch only the rows that matched (none, when a
        // file of new listings is imported).
        jdbc.sql("""
                create temporary table cl_matches on commit drop as
                select s.line, e.id, e.status, e.content_hash = s.content_hash as same
                from cl_staging s join cl_entry e on e.external_id = s.external_id""").update();
        jdbc.sql("""
                        delete from cl_staging s using cl_matches m where m.line = s.line and m.status <> 'ACTIVE'
                        returning s.line, m.id, m.status""")
                .query(rs -> {
                    rejections.add(rs.getLong(1), List.of("external_id: entry " + rs.getLong(2) + " with this id is "
                            + rs.getString(3) + "; an import does not list it again"));
                });
        int unchanged = count("""
                with d as (delete from cl_staging s using cl_matches m where m.line = s.line and m.same returning 1)
                select count(*) from d""");
        int updated = count("""
                        with u as (
                            update cl_entry e set list = s.list, ground = s.ground, full_name = s.full_name,
                                aliases = s.aliases, date_of_birth = s.date_of_birth, gender = s.gender,
                                nationality = s.nationality, cnic = s.cnic, passport_numbers = s.passport_numbers,
                                effective_from = s.effective_from, expires_on = s.expires_on, expires_at = s.expires_at,
                                legal_basis = s.legal_basis, reason = s.reason, search_text = s.search_text,
                                content_hash = s.content_hash, import_id = :importId, version = e.version + 1
                            from cl_staging s join cl_matches m on m.line = s.line
                            where e.id = m.id
                            returning e.id),
                        h as (insert into cl_entry_event (entry_id, at, actor, action, comment)
                              select id, :now, :by, 'IMPORT_UPDATED', :ref from u returning 1)
                        select count(*) from h""", importId, now, by, approvalReference);
        jdbc.sql("delete from cl_staging s using cl_matches m where m.line = s.line").update();
        // New entries get no history rows of their own: their first history item is the import itself, read
        // from cl_import (a million rows must not mean a million more).
        int imported = count("""
                        with i as (
                            insert into cl_entry (external_id, list, ground, status, full_name, aliases, date_of_birth,
                                gender, nationality, cnic, passport_numbers, legal_basis, referring_agency, reason,
                                effective_from, expires_on, expires_at, proposed_by, proposed_at, decided_by,
                                decided_at, decision_comment, activated_at, first_import_id, import_id, search_text,
                                content_hash)
                            select external_id, list, ground, 'ACTIVE', full_name, aliases, date_of_birth, gender,
                                nationality, cnic, passport_numbers, legal_basis, 'LEGACY IMPORT', reason,
                                effective_from, expires_on, expires_at, :by, :now, 'approval ' || :ref, :now,
                                'approved outside Nigehbaan: ' || :ref, :now, :importId, :importId, search_text,
                                content_hash
                            from cl_staging
                            returning 1)
                        select count(*) from i""", importId, now, by, approvalReference);
        log.info("control-list import {}: {} new, {} updated, {} unchanged, {} rejected in {} ms (parse and copy {} ms)",
                importId, imported, updated, unchanged, rejections.count, (System.nanoTime() - start) / 1_000_000,
                (copied - start) / 1_000_000);
        jdbc.sql("update cl_import set finished_at = ?, imported = ?, updated = ?, unchanged = ?, rejected = ? where id = ?")
                .params(Timestamp.from(now), imported, updated, unchanged, rejections.count, importId).update();
        return new ImportResult(importId, imported, updated, unchanged, rejections.sorted(), rejections.count);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private int count(String sql, long importId, Instant now, String by, String ref) {
        return jdbc.sql(sql).param("importId", importId).param("now", Timestamp.from(now)).param("by", by)
                .param("ref", ref).query(Integer.class).single();
    }

    /** Parses the CSV as a stream, validating each row and copying the valid ones into {@code cl_staging}. */
    private void copyValidRows(InputStream csv, LocalDate today, Predicate<Ground> groundEnabled, Rejections rejections) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
        try (Reader reader = new InputStreamReader(skipBom(csv), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            int[] index = columnIndex(parser.getHeaderNames());
            PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                    "copy cl_staging from stdin with (format csv)", 1 << 16);
            try (Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16)) {
                StringBuilder buffer = new StringBuilder(512);
                for (CSVRecord record : parser) {
                    long line = record.getRecordNumber() + 1;
                    List<String> errors = new ArrayList<>(2);
                    Row row = record.size() != index.length
                            ? reject(errors, "the row has " + record.size() + " columns, the header " + index.length)
                            : validate(record, index, today, groundEnabled, errors);
                    if (row == null) {
                        rejections.add(line, errors);
                    } else {
                        writeRow(out, buffer, line, row);
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("body", "is not readable CSV: " + firstLine(e));
        } catch (SQLException e) {
            throw new IllegalStateException("the database refused the import", e);
        }
    }

    private static int[] columnIndex(List<String> header) {
        List<String> names = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        Set<String> missing = new LinkedHashSet<>(COLUMNS);
        missing.removeAll(names);
        Set<String> unknown = new LinkedHashSet<>(names);
        COLUMNS.forEach(unknown::remove);
        List<FieldViolation> v = new ArrayList<>();
        if (!missing.isEmpty()) {
            v.add(new FieldViolation("header", "lacks the columns " + missing + "; expected " + COLUMNS));
        }
        if (!unknown.isEmpty()) {
            v.add(new FieldViolation("header", "has unknown columns " + unknown + "; expected " + COLUMNS));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        int[] index = new int[COLUMNS.size()];
        for (int i = 0; i < COLUMNS.size(); i++) {
            index[i] = names.indexOf(COLUMNS.get(i));
        }
        return index;
    }

    /** A valid row, normalised. */
    record Row(String externalId, ListType list, Ground ground, Person person, LocalDate effectiveFrom,
               LocalDate expiresOn, Instant expiresAt, String legalBasis, String reason) {
    }

    private Row validate(CSVRecord r, int[] idx, LocalDate today, Predicate<Ground> groundEnabled, List<String> errors) {
        String externalId = r.get(idx[0]).strip();
        if (externalId.isEmpty()) {
            errors.add("external_id: is required");
        } else if (externalId.length() > 100) {
            errors.add("external_id: is longer than 100 characters");
        }
        ListType list = parseEnum(r.get(idx[1]), "list", ListType.class, errors);
        Ground ground = parseEnum(r.get(idx[2]), "ground", Ground.class, errors);
        if (list != null && ground != null && ground.list() != list) {
            errors.add("ground: " + ground + " belongs to the " + ground.list() + ", not the " + list);
        }
        if (ground != null && policy.termsOf(ground).switchable() && !groundEnabled.test(ground)) {
            errors.add("ground: " + ground + " listings are not permitted while its policy switch is off");
        }
        Violations v = new Violations();
        Person person = Person.fromInput(new PersonInput(r.get(idx[3]), split(r.get(idx[4])), null, null,
                blankToNull(r.get(idx[5])), blankToNull(r.get(idx[6])), blankToNull(r.get(idx[7])),
                blankToNull(r.get(idx[8])), split(r.get(idx[9]))), "", v);
        for (FieldViolation fv : v.list()) {
            errors.add(column(fv.field()) + ": " + fv.message());
        }
        if (person != null && person.dateOfBirth() != null && person.dateOfBirth().earliest().isAfter(today)) {
            errors.add("date_of_birth: is in the future");
        }
        LocalDate effectiveFrom = parseDate(r.get(idx[10]), "effective_from", true, errors);
        LocalDate expiresOn = parseDate(r.get(idx[11]), "expires_on", false, errors);
        String legalBasis = requiredText(r.get(idx[12]), "legal_basis", 500, errors);
        String reason = requiredText(r.get(idx[13]), "reason", 4000, errors);
        if (ground != null && effectiveFrom != null) {
            LocalDate statutory = policy.statutoryExpiry(ground, effectiveFrom);
            if (expiresOn == null) {
                expiresOn = statutory;
            } else if (!expiresOn.isAfter(effectiveFrom)) {
                errors.add("expires_on: must be after effective_from");
            } else if (statutory != null && exceedsLegalMaximum(ground, statutory, expiresOn)) {
                errors.add("expires_on: " + expiresOn + " is later than the law allows for " + ground
                        + " from " + effectiveFrom);
            }
            if (expiresOn != null && !expiresOn.isAfter(today) && errors.isEmpty()) {
                errors.add("expires_on: the listing ended on " + expiresOn + "; there is nothing to import");
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        Instant expiresAt = expiresOn == null ? null : expiresOn.atStartOfDay(policy.zone()).toInstant();
        return new Row(externalId, list, ground, person, effectiveFrom, expiresOn, expiresAt, legalBasis, reason);
    }

    private boolean exceedsLegalMaximum(Ground ground, LocalDate statutory, LocalDate expiresOn) {
        ControlListPolicy.Terms t = policy.termsOf(ground);
        if (t.maxExtensions() < 0) {
            return false;
        }
        LocalDate max = statutory;
        for (int i = 0; i < t.maxExtensions() && t.maxExtension() != null; i++) {
            max = max.plus(t.maxExtension());
        }
        return expiresOn.isAfter(max);
    }

    private static void writeRow(Writer out, StringBuilder line, long lineNo, Row row) throws IOException {
        Person p = row.person();
        String[] fields = {
                Long.toString(lineNo), row.externalId(), row.list().name(), row.ground().name(), p.fullName(),
                pgArray(p.aliases()), p.dateOfBirth() == null ? null : p.dateOfBirth().toString(),
                p.gender() == null ? null : p.gender().name(), p.nationality() == null ? null : p.nationality().code(),
                p.cnic() == null ? null : p.cnic().digits(),
                pgArray(p.passportNumbers().stream().map(PassportNumber::value).toList()),
                row.effectiveFrom().toString(), row.expiresOn() == null ? null : row.expiresOn().toString(),
                row.expiresAt() == null ? null : row.expiresAt().toString(), row.legalBasis(), row.reason(),
                SearchText.of(p, row.externalId(), null), null};
        fields[fields.length - 1] = contentHash(fields, line);
        line.setLength(0);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            csvField(line, fields[i]);
        }
        line.append('\n');
        out.append(line);
    }

    /**
     * A row's fingerprint (its fields but the line number and what is derived from the others): the same row
     * imported again changes nothing. 128-bit MurmurHash3: it only has to tell rows of one list apart, and a
     * cryptographic hash cost a fifth of the import's time.
     */
    private static String contentHash(String[] fields, StringBuilder scratch) {
        scratch.setLength(0);
        for (int i = 1; i <= 15; i++) {
            if (fields[i] != null) {
                scratch.append(fields[i]);
            }
            scratch.append('\u001F');
        }
        long[] h = MurmurHash3.hash128x64(scratch.toString().getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(h[0]) + Long.toHexString(h[1]);
    }

    /** COPY's CSV: an unquoted empty field is NULL, anything else is quoted with doubled quotes. */
    private static void csvField(StringBuilder out, String value) {
        if (value == null) {
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    /** A PostgreSQL array literal of text: {"a","b"}. */
    static String pgArray(List<String> values) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('"');
            for (char c : values.get(i).toCharArray()) {
                if (c == '"' || c == '\\') {
                    sb.append('\\');
                }
                sb.append(c);
            }
            sb.append('"');
        }
        return sb.append('}').toString();
    }

    private static String column(String personField) {
        String base = personField.replaceAll("\\[\\d+]$", "");
        return switch (base) {
            case "aliases" -> "aliases";
            case "passportNumbers" -> "passport_numbers";
            default -> PERSON_FIELD_TO_COLUMN.getOrDefault(base, base);
        };
    }

    private static <E extends Enum<E>> E parseEnum(String raw, String column, Class<E> type, List<String> errors) {
        String s = raw.strip().toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            errors.add(column + ": is required");
            return null;
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            errors.add(column + ": '" + raw.strip() + "' is not known; use one of "
                    + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private static LocalDate parseDate(String raw, String column, boolean required, List<String> errors) {
        String s = raw.strip();
        if (s.isEmpty()) {
            if (required) {
                errors.add(column + ": is required");
            }
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            errors.add(column + ": '" + s + "' is not a date (yyyy-MM-dd)");
            return null;
        }
    }

    private static String requiredText(String raw, String column, int max, List<String> errors) {
        String s = raw.strip();
        if (s.isEmpty()) {
            errors.add(column + ": is required");
        } else if (s.length() > max) {
            errors.add(column + ": is longer than " + max + " characters");
        }
        return s;
    }

    private static List<String> split(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(s.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Row reject(List<String> errors, String message) {
        errors.add(message);
        return null;
    }

    private static InputStream skipBom(InputStream in) throws IOException {
        java.io.PushbackInputStream p = new java.io.PushbackInputStream(in, 3);
        byte[] b = new byte[3];
        int n = p.readNBytes(b, 0, 3);
        if (!(n == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)) {
            p.unread(b, 0, n);
        }
        return p;
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int i = m.indexOf('\n');
        return i < 0 ? m : m.substring(0, i);
    }
}
