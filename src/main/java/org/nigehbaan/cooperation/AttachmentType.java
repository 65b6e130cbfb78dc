package org.nigehbaan.cooperation;

import java.util.List;

/**
 * The kinds of document the thread accepts, recognised from their content (magic bytes), never from the name
 * alone; the name's extension must agree with the content. Everything else is refused, executables and
 * scripts always.
 */
public enum AttachmentType {
    PDF("application/pdf", List.of("pdf")),
    PNG("image/png", List.of("png")),
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    TIFF("image/tiff", List.of("tif", "tiff")),
    /** Word 2007+ without macros. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    /** Excel 2007+ without macros. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
    /** UTF-8 text without control characters: notes, CSV extracts. */
    TEXT("text/plain", List.of("txt", "csv"));

    private final String mediaType;
    private final List<String> extensions;

    AttachmentType(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }
}
