package org.nigehbaan.audit.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.nigehbaan.audit.AuditEntry;
import org.nigehbaan.audit.SignedHead;

/**
 * The CSV form of audit rows and signed heads, as auditors download them and the offline verifier reads them.
 * Every value is quoted except a null, which is an empty unquoted field: the chain's hash tells a missing client
 * address from an empty one, so the file must too. Plain Java, for the offline verifier.
 */
public final class AuditCsv {

    public static final String LOG_HEADER = "seq,occurred_at,actor,action,target_type,target_id,details,"
            + "client_address,user_agent,outcome,prev_hash,hash";
    public static final String HEADS_HEADER = "chain_id,seq,hash,signed_at,key_id,signature";

    private AuditCsv() {
    }

    public static void writeRow(Writer out, AuditEntry e) throws IOException {
        line(out, Long.toString(e.seq()), e.occurredAt().toString(), e.actor(), e.action(), e.targetType(),
                e.targetId(), e.details(), e.clientAddress(), e.userAgent(), e.outcome(), e.prevHash(), e.hash());
    }

    public static void writeHead(Writer out, SignedHead h) throws IOException {
        line(out, h.chainId(), Long.toString(h.seq()), h.hash(), h.signedAt().toString(), h.keyId(), h.signature());
    }

    /** Streams the rows of a log export, checking its header. */
    public static void readRows(Reader in, Consumer<AuditEntry> rows) throws IOException {
        read(in, LOG_HEADER, 12, f -> rows.accept(new AuditEntry(Long.parseLong(f.get(0)), Instant.parse(f.get(1)),
                f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), f.get(7), f.get(8), f.get(9), f.get(10), f.get(11))));
    }

    public static List<SignedHead> readHeads(Reader in) throws IOException {
        List<SignedHead> heads = new ArrayList<>();
        read(in, HEADS_HEADER, 6, f -> heads.add(new SignedHead(f.get(0), Long.parseLong(f.get(1)), f.get(2),
                Instant.parse(f.get(3)), f.get(4), f.get(5))));
        return heads;
    }

    private static void line(Writer out, String... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            if (values[i] != null) {
                out.write('"');
                out.write(values[i].replace("\"", "\"\""));
                out.write('"');
            }
        }
        out.write("\r\n");
    }

    private static void read(Reader in, String header, int columns, Consumer<List<String>> record) throws IOException {
        Parser p = new Parser(in);
        List<String> first = p.next();
        if (first == null || !String.join(",", first).equals(header)) {
            throw new IOException("the file does not start with the header " + header);
        }
        List<String> fields;
        while ((fields = p.next()) != null) {
            if (fields.size() == 1 && fields.get(0) == null) {
                continue; // an empty line
            }
            if (fields.size() != columns) {
                throw new IOException("record " + p.record + " has " + fields.size() + " fields, not " + columns);
            }
            try {
                record.accept(fields);
            } catch (RuntimeException e) {
                throw new IOException("record " + p.record + " cannot be read: " + e.getMessage(), e);
            }
        }
    }

    /** RFC 4180, keeping quoted empty fields apart from unquoted (null) ones. */
    private static final class Parser {
        private final Reader in;
        private int peeked = -2;
        long record;

        Parser(Reader in) {
            this.in = in;
        }

        private int read() throws IOException {
            if (peeked != -2) {
                int c = peeked;
                peeked = -2;
                return c;
            }
            return in.read();
        }

        List<String> next() throws IOException {
            int c = read();
            if (c == -1) {
                return null;
            }
            record++;
            List<String> fields = new ArrayList<>();
            while (true) {
                String value;
                if (c == '"') {
                    StringBuilder sb = new StringBuilder();
                    while (true) {
                        c = read();
                        if (c == -1) {
                            throw new IOException("record " + record + " ends inside a quoted field");
                        }
                        if (c == '"') {
                            c = read();
                            if (c != '"') {
                                break;
                            }
                        }
                        sb.append((char) c);
                    }
                    value = sb.toString();
                } else {
                    StringBuilder sb = new StringBuilder();
                    while (c != ',' && c != '\r' && c != '\n' && c != -1) {
                        sb.append((char) c);
                        c = read();
                    }
                    value = sb.isEmpty() ? null : sb.toString();
                }
                fields.add(value);
                if (c == ',') {
                    c = read();
                    continue;
                }
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') {
                        peeked = n;
                    }
                } else if (c != '\n' && c != -1) {
                    throw new IOException("record " + record + " has text after a closing quote");
                }
                return fields;
            }
        }
    }
}
