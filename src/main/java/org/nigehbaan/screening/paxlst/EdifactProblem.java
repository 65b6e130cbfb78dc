package org.nigehbaan.screening.paxlst;

/**
 * Something wrong at the syntax level, found while tokenizing; tokenizing goes on.
 *
 * @param kind    what went wrong
 * @param offset  byte offset in the input
 * @param segment the number of the segment it concerns (the next one when between segments), 0 before the first
 * @param message what is wrong
 */
public record EdifactProblem(Kind kind, long offset, int segment, String message) {

    public enum Kind {
        /** Text before the interchange (a Type-B telex envelope, a stray header), skipped. */
        LEADING_DATA,
        /** A UNA that declares unusable service characters; the defaults are used instead. */
        SERVICE_STRING_ADVICE,
        /** A byte the interchange's character set does not allow, or a control character inside a segment. */
        CHARACTER,
        /** A segment tag that is not three letters or digits, or has spaces around it. */
        SEGMENT_TAG,
        /** The input ends inside a segment (no segment terminator); the partial segment is not returned. */
        UNTERMINATED_SEGMENT,
        /** The input could not be read. */
        IO
    }
}
