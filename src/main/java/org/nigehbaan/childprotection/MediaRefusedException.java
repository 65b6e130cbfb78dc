package org.nigehbaan.childprotection;

/**
 * A request carried media (an image, a video, a multipart upload, a base64 blob). The web layer answers 415 with
 * {@link #ADVICE}. Carries the field's name only, never its content, so nothing of the media reaches a log.
 */
public class MediaRefusedException extends RuntimeException {

    public static final String ADVICE = "Nigehbaan never accepts images, video or any other media, and keeps "
            + "nothing of a request that carries them. Send the files' hashes instead: sha256 (required), md5, sha1 "
            + "and pdq (64 hex digits), with fileName and size, as application/json.";

    private final String field;

    public MediaRefusedException(String field) {
        super("media in " + field + " refused");
        this.field = field;
    }

    /** Where the media was found: a JSON path, a form field, or the request's content type. */
    public String field() {
        return field;
    }
}
