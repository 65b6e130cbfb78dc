package org.nigehbaan.screening.paxlst;

/**
 * A problem in a manifest. The parser reports it and goes on; the passengers it could read are still there.
 *
 * @param kind    what went wrong
 * @param segment the 1-based number of the segment concerned ({@code UNA} not counted), 0 when none
 * @param tag     that segment's tag, empty when none
 * @param message what is wrong, naming counts and references as found
 */
public record PaxlstError(Kind kind, int segment, String tag, String message) {

    public enum Kind {
        /** Text before the interchange, e.g. a Type-B telex envelope. */
        LEADING_DATA,
        /** A UNA that cannot be used, or a malformed segment tag. */
        SYNTAX,
        /** A byte the declared character set does not allow, or a control character. */
        CHARACTER,
        /** UNT's segment count differs from the segments of the message. */
        SEGMENT_COUNT,
        /** UNE/UNZ's message or group count, or a CNT total, differs from what the interchange holds. */
        CONTROL_COUNT,
        /** UNT/UNE/UNZ's reference differs from its UNH/UNG/UNB. */
        CONTROL_REFERENCE,
        /** A required envelope segment (UNB, UNH, UNT, UNE, UNZ) is missing. */
        MISSING_SEGMENT,
        /** A segment where it does not belong (a second UNB, a DOC before any NAD, ...), or a malformed one. */
        UNEXPECTED_SEGMENT,
        /** Anything after UNZ. */
        TRAILING_DATA,
        /** The input ends inside a segment: a truncated transmission. */
        TRUNCATED,
        /** The input stream failed. */
        IO,
        /** A defect of this parser; the input is reported rather than thrown on. */
        INTERNAL
    }
}
