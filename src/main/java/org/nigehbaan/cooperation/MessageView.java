package org.nigehbaan.cooperation;

import java.time.Instant;
import java.util.List;

/**
 * A message in a case's thread with its receipt.
 *
 * @param side        who wrote it
 * @param receipt     SENT, DELIVERED (the other side fetched the thread) or READ (the other side read it)
 */
public record MessageView(long id, Side side, String author, String authorName, String body, Instant sentAt,
                          Instant deliveredAt, Instant readAt, String receipt, List<AttachmentView> attachments) {
}
