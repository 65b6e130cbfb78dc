package org.nigehbaan.childprotection.internal;

import java.util.Base64;
import java.util.Map;
import org.nigehbaan.childprotection.MediaRefusedException;
import tools.jackson.databind.JsonNode;

/**
 * Finds media where only hashes and text belong. The module never receives or stores an image or a video
 * (DOMAIN.md): a request whose content type is media or multipart is refused before its body is read (see
 * {@code web.MediaRefusalFilter}); a JSON body or a form is refused when any of its strings holds
 * <ul>
 *   <li>a {@code data:} URI of an image, video or audio, or</li>
 *   <li>a base64 run of {@value #BLOB_RUN} or more characters (line breaks allowed inside, as MIME writes
 *       them), or a shorter one that decodes to the start of an image or video file (JPEG, PNG, GIF, WebP/RIFF,
 *       MP4/MOV, WebM, BMP).</li>
 * </ul>
 * Hashes (32 to 64 hex digits) and URLs are far from either. Nothing found is kept or logged: the refusal names
 * the field, never its content.
 */
public final class MediaGuard {

    /** A base64 run this long is a blob, whatever it decodes to. */
    static final int BLOB_RUN = 256;
    /** Shorter runs from this length are decoded and checked for a media file's signature. */
    static final int SNIFF_RUN = 24;

    private MediaGuard() {
    }

    /** Refuses a JSON value holding media anywhere, naming the first field that does. */
    public static void check(JsonNode node, String path) {
        if (node == null) {
            return;
        }
        if (node.isString()) {
            checkText(path.isEmpty() ? "body" : path, node.asString());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                check(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
            }
        } else if (node.isBinary()) {
            throw new MediaRefusedException(path);
        }
    }

    /** Refuses a text field holding a data URI or a base64 blob. */
    public static void checkText(String field, String text) {
        if (text != null && isMedia(text)) {
            throw new MediaRefusedException(field);
        }
    }

    static boolean isMedia(String s) {
        if (s.length() < SNIFF_RUN) {
            return false;
        }
        // Without copying the text (this runs on every string of a 100,000-line backlog).
        for (int data = indexOfIgnoreCase(s, "data:", 0); data >= 0; data = indexOfIgnoreCase(s, "data:", data + 5)) {
            int rest = data + 5;
            while (rest < s.length() && Character.isWhitespace(s.charAt(rest))) {
                rest++;
            }
            for (String type : MEDIA_TYPES) {
                if (s.regionMatches(true, rest, type, 0, type.length())) {
                    return true;
                }
            }
        }
        int runStart = -1;
        int runLength = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (isBase64(c)) {
                if (runStart < 0) {
                    runStart = i;
                    runLength = 0;
                }
                runLength++;
            } else if ((c == '\n' || c == '\r') && runStart >= 0) {
                continue; // MIME wraps base64 at 76 characters
            } else {
                if (runStart >= 0 && (runLength >= BLOB_RUN || runLength >= SNIFF_RUN && looksLikeMediaFile(s, runStart))) {
                    return true;
                }
                runStart = -1;
            }
        }
        return false;
    }

    private static final String[] MEDIA_TYPES = {"image/", "video/", "audio/", "application/octet-stream"};

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = from; i <= s.length() - what.length(); i++) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBase64(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                || c == '=' || c == '-' || c == '_';
    }

    /** Decodes the first 24 base64 characters of the run (18 bytes) and looks for a media file signature. */
    private static boolean looksLikeMediaFile(String s, int start) {
        StringBuilder head = new StringBuilder(SNIFF_RUN);
        for (int i = start; i < s.length() && head.length() < SNIFF_RUN; i++) {
            char c = s.charAt(i);
            if (isBase64(c) && c != '=') {
                head.append(c == '-' ? '+' : c == '_' ? '/' : c);
            }
        }
        if (head.length() < SNIFF_RUN) {
            return false;
        }
        byte[] b;
        try {
            b = Base64.getDecoder().decode(head.toString());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return b[0] == (byte) 0xFF && b[1] == (byte) 0xD8 && b[2] == (byte) 0xFF // JPEG
                || b[0] == (byte) 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' // PNG
                || b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8' // GIF
                || b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' // WebP, AVI, WAV
                || b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p' // MP4, MOV, HEIC
                || b[0] == 0x1A && b[1] == 0x45 && b[2] == (byte) 0xDF && b[3] == (byte) 0xA3 // WebM, MKV
                || b[0] == 'B' && b[1] == 'M' && b[6] == 0 && b[7] == 0; // BMP
    }
}
