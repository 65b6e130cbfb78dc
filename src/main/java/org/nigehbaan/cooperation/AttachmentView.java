package org.nigehbaan.cooperation;

/**
 * An attachment's particulars; the bytes are fetched separately.
 *
 * @param type   the kind recognised from the content
 * @param sha256 hex SHA-256 of the bytes, computed on receipt
 */
public record AttachmentView(long id, long messageId, String fileName, AttachmentType type, String mediaType,
                             long sizeBytes, String sha256) {
}
