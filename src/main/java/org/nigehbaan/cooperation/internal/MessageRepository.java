package org.nigehbaan.cooperation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nigehbaan.cooperation.AttachmentContent;
import org.nigehbaan.cooperation.AttachmentType;
import org.nigehbaan.cooperation.AttachmentView;
import org.nigehbaan.cooperation.MessageView;
import org.nigehbaan.cooperation.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A case's thread: messages with their receipts, and attachments with their bytes and SHA-256. */
@Repository
public class MessageRepository {

    private final JdbcClient jdbc;

    MessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertMessage(long caseId, Side side, String author, String authorName, String body, Instant at) {
        return jdbc.sql("insert into coop_message (case_id, side, author, author_name, body, sent_at) "
                        + "values (?, ?, ?, ?, ?, ?) returning id")
                .params(caseId, side.name(), author, authorName, body, Timestamp.from(at))
                .query(Long.class).single();
    }

    public long insertAttachment(long messageId, long caseId, AttachmentInspector.Inspected file, byte[] content,
                                 Instant at) {
        return jdbc.sql("insert into coop_attachment (message_id, case_id, file_name, media_type, size_bytes, sha256, "
                        + "content, stored_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(messageId, caseId, file.fileName(), file.type().name(), file.sizeBytes(), file.sha256(),
                        content, Timestamp.from(at))
                .query(Long.class).single();
    }

    /** The thread, oldest first, with attachment particulars (not their bytes). */
    public List<MessageView> thread(long caseId) {
        Map<Long, List<AttachmentView>> files = new LinkedHashMap<>();
        jdbc.sql("select id, message_id, file_name, media_type, size_bytes, sha256 from coop_attachment "
                        + "where case_id = ? order by id")
                .param(caseId)
                .query(rs -> {
                    AttachmentView a = attachment(rs.getLong("id"), rs.getLong("message_id"), rs.getString("file_name"),
                            rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"));
                    files.computeIfAbsent(a.messageId(), k -> new ArrayList<>()).add(a);
                });
        return jdbc.sql("select * from coop_message where case_id = ? order by id").param(caseId)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    Instant delivered = instant(rs.getTimestamp("delivered_at"));
                    Instant read = instant(rs.getTimestamp("read_at"));
                    return new MessageView(id, Side.valueOf(rs.getString("side")), rs.getString("author"),
                            rs.getString("author_name"), rs.getString("body"), rs.getTimestamp("sent_at").toInstant(),
                            delivered, read, read != null ? "READ" : delivered != null ? "DELIVERED" : "SENT",
                            List.copyOf(files.getOrDefault(id, List.of())));
                })
                .list();
    }

    /** Marks the other side's messages delivered to {@code reader}'s side; returns how many changed. */
    public int markDelivered(long caseId, Side reader, Instant at) {
        return jdbc.sql("update coop_message set delivered_at = ? where case_id = ? and side <> ? and delivered_at is null")
                .params(Timestamp.from(at), caseId, reader.name()).update();
    }

    /** Marks every message of the other side read by {@code reader}; returns how many changed. */
    public int markAllRead(long caseId, Side reader, String by, Instant at) {
        return jdbc.sql("update coop_message set read_at = ?, read_by = ?, delivered_at = coalesce(delivered_at, ?) "
                        + "where case_id = ? and side <> ? and read_at is null")
                .params(Timestamp.from(at), by, Timestamp.from(at), caseId, reader.name()).update();
    }

    /** The side that wrote a message of this case, if it exists. */
    public Optional<Side> messageSide(long caseId, long messageId) {
        return jdbc.sql("select side from coop_message where case_id = ? and id = ?").params(caseId, messageId)
                .query(String.class).optional().map(Side::valueOf);
    }

    public void markRead(long messageId, String by, Instant at) {
        jdbc.sql("update coop_message set read_at = coalesce(read_at, ?), read_by = coalesce(read_by, ?), "
                        + "delivered_at = coalesce(delivered_at, ?) where id = ?")
                .params(Timestamp.from(at), by, Timestamp.from(at), messageId).update();
    }

    public Optional<AttachmentContent> attachment(long caseId, long attachmentId) {
        return jdbc.sql("select id, message_id, file_name, media_type, size_bytes, sha256, content from coop_attachment "
                        + "where case_id = ? and id = ?")
                .params(caseId, attachmentId)
                .query((rs, n) -> new AttachmentContent(attachment(rs.getLong("id"), rs.getLong("message_id"),
                        rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                        rs.getString("sha256")), rs.getBytes("content")))
                .optional();
    }

    private static AttachmentView attachment(long id, long messageId, String name, String type, long size, String sha) {
        AttachmentType t = AttachmentType.valueOf(type);
        return new AttachmentView(id, messageId, name, t, t.mediaType(), size, sha);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
