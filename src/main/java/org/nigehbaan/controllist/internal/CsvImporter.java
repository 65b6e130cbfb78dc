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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
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
import org.nigehbaan.common.PayloadTooLargeException;
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
 * Stages a bulk import of control-list entries (API.md), built for a million rows in one request: the CSV is
 * parsed as a stream and each valid row is copied straight into {@code cl_import_row} with PostgreSQL's COPY, so
 * memory stays flat whatever the file's size; then a few set-based statements sort the staged rows into new,
 * changed, unchanged and refused. Nothing in {@code cl_entry} changes: {@link ImportStore#approve} applies the
 * rows once a second person approves. It runs in the caller's transaction: if anything fails, nothing is stored.
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

    /** The rejected rows, keeping at most the first {@link ImportResult#MAX_REPORTED_REJECTIONS}. */
    public static final class Rejections {
        private final List<ImportResult.RejectedLine> listed = new ArrayList<>();
        private int count;

        void add(long line, List<String> errors) {
            count++;
            if (listed.size() < ImportResult.MAX_REPORTED_REJECTIONS) {
                listed.add(new ImportResult.RejectedLine(line, List.copyOf(errors)));
            }
        }

        public int count() {
            return count;
        }

        public List<ImportResult.RejectedLine> listed() {
            return listed;
        }
    }

    /** What staging found; the rows themselves are in {@code cl_import_row}. */
    public record Staged(long importId, int create, int update, int unchanged, Rejections rejections) {
    }

    /**
     * Stages the rows of {@code csv} as import {@code importId}: each row is validated, the valid ones stored with
     * what approving them would do to {@code cl_entry}; the refused ones are returned by line.
     */
    public Staged stage(long importId, InputStream csv, String source, LocalDate today, Instant now,
                        Predicate<Ground> groundEnabled) {
        Rejections rejections = new Rejections();
        long start = System.nanoTime();
        long copiedRows = copyValidRows(importId, csv, today, groundEnabled, rejections);
        long copied = System.nanoTime();

        jdbc.sql("analyze cl_import_row").update();

        int[] dropped = new int[2];
        jdbc.sql("""
                        with firsts as (select external_id, min(line) as first_line from cl_import_row
                                        where import_id = :id group by external_id having count(*) > 1)
                        delete from cl_import_row s using firsts f
                        where s.import_id = :id and s.external_id = f.external_id and s.line > f.first_line
                        returning s.line, f.first_line""")
                .param("id", importId)
                .query(rs -> {
                    dropped[0]++;
                    rejections.add(rs.getLong(1), List.of("external_id: repeats the one on line " + rs.getLong(2)));
                });
        // One join with the existing entries; the steps after it touch only the rows that matched (none, when a
        // file of new listings is imported).
        jdbc.sql("create temporary table cl_matches on commit drop as "
                        + ImportStore.MATCHES.replace(":rowFilter", ""))
                .param("id", importId).param("source", source).param("now", Timestamp.from(now)).update();
        jdbc.sql("""
                        delete from cl_import_row s using cl_matches m
                        where s.import_id = :id and m.line = s.line and (m.status <> 'ACTIVE' or not m.same_source)
                        returning s.line, m.id, m.status, m.same_source, m.source""")
                .param("id", importId)
                .query(rs -> {
                    dropped[1]++;
                    rejections.add(rs.getLong(1), List.of(ImportStore.refusal(rs.getLong(2), rs.getString(3),
                            rs.getBoolean(4), rs.getString(5), source)));
                });
        int[] matched = jdbc.sql("""
                        with u as (
                            update cl_import_row s set action = case when m.same then 'UNCHANGED' else 'UPDATE' end,
                                entry_id = m.id
                            from cl_matches m where s.import_id = :id and m.line = s.line
                            returning s.action)
                        select count(*) filter (where action = 'UPDATE'), count(*) filter (where action = 'UNCHANGED')
                        from u""")
                .param("id", importId)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        int create = (int) copiedRows - dropped[0] - dropped[1] - matched[0] - matched[1];
        log.info("control-list import {} staged: {} new, {} updated, {} unchanged, {} rejected in {} ms "
                        + "(parse and copy {} ms)", importId, create, matched[0], matched[1], rejections.count(),
                (System.nanoTime() - start) / 1_000_000, (copied - start) / 1_000_000);
        return new Staged(importId, create, matched[0], matched[1], rejections);
    }

    /**
     * Parses the CSV as a stream, validating each row and copying the valid ones into {@code cl_import_row};
     * returns how many were copied.
     */
    private long copyValidRows(long importId, InputStream csv, LocalDate today, Predicate<Ground> groundEnabled,
                               Rejections rejections) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
        long copied = 0;
        try (Reader reader = new InputStreamReader(skipBom(csv), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            int[] index = columnIndex(parser.getHeaderNames());
            PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                    "copy cl_import_row (import_id, line, external_id, list, ground, full_name, aliases, "
                            + "date_of_birth, gender, nationality, cnic, passport_numbers, effective_from, expires_on, "
                            + "expires_at, legal_basis, reason, search_text, content_hash, row_sha256) "
                            + "from stdin with (format csv)", 1 << 16);
            RowWriter rows = new RowWriter(importId);
            try (Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16)) {
                for (CSVRecord record : parser) {
                    long line = record.getRecordNumber() + 1;
                    List<String> errors = new ArrayList<>(2);
                    Row row = record.size() != index.length
                            ? reject(errors, "the row has " + record.size() + " columns, the header " + index.length)
                            : validate(record, index, today, groundEnabled, errors);
                    if (row == null) {
                        rejections.add(line, errors);
                    } else {
                        rows.write(out, line, row);
                        copied++;
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            RuntimeException limit = PayloadTooLargeException.in(e);
            if (limit != null) {
                throw limit;
            }
            throw new InvalidInputException("body", "is not readable CSV: " + firstLine(e));
        } catch (SQLException e) {
            throw new IllegalStateException("the database refused the import", e);
        }
        return copied;
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

    /**
     * Writes valid rows in COPY's CSV form, each with two fingerprints of its content (every field but the line
     * number and what is derived from the others, joined by the unit separator U+001F): a 128-bit MurmurHash3,
     * compared with the stored entry's to find unchanged rows (a cryptographic hash there cost a fifth of the
     * import's time), and a SHA-256, for the manifest auditors check (docs/controllist.md, "Manifest").
     */
    static final class RowWriter {
        private final String importId;
        private final StringBuilder line = new StringBuilder(512);
        private final StringBuilder material = new StringBuilder(512);
        private final MessageDigest sha256;

        RowWriter(long importId) {
            this.importId = Long.toString(importId);
            try {
                this.sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }

        void write(Writer out, long lineNo, Row row) throws IOException {
            String[] fields = fields(lineNo, row);
            material.setLength(0);
            for (int i = 1; i <= 15; i++) {
                if (fields[i] != null) {
                    material.append(fields[i]);
                }
                material.append('\u001F');
            }
            byte[] bytes = material.toString().getBytes(StandardCharsets.UTF_8);
            long[] h = MurmurHash3.hash128x64(bytes);
            line.setLength(0);
            line.append(importId).append(',');
            for (String f : fields) {
                csvField(line, f);
                line.append(',');
            }
            line.append(Long.toHexString(h[0])).append(Long.toHexString(h[1])).append(',')
                    .append(HexFormat.of().formatHex(sha256.digest(bytes))).append('\n');
            out.append(line);
        }

        /** line, then the fifteen content fields, then the search text (derived). */
        private static String[] fields(long lineNo, Row row) {
            Person p = row.person();
            return new String[] {
                    Long.toString(lineNo), row.externalId(), row.list().name(), row.ground().name(), p.fullName(),
                    pgArray(p.aliases()), p.dateOfBirth() == null ? null : p.dateOfBirth().toString(),
                    p.gender() == null ? null : p.gender().name(), p.nationality() == null ? null : p.nationality().code(),
                    p.cnic() == null ? null : p.cnic().digits(),
                    pgArray(p.passportNumbers().stream().map(PassportNumber::value).toList()),
                    row.effectiveFrom().toString(), row.expiresOn() == null ? null : row.expiresOn().toString(),
                    row.expiresAt() == null ? null : row.expiresAt().toString(), row.legalBasis(), row.reason(),
                    SearchText.of(p, row.externalId(), null)};
        }
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
