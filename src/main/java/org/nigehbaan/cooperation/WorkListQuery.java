package org.nigehbaan.cooperation;

/**
 * Filters for the work list, as strings from the request; all optional.
 *
 * @param status        one status
 * @param type          one case type
 * @param direction     OUTGOING or INCOMING
 * @param attention     BREACHED, DUE_SOON or ON_TRACK
 * @param q             part of the reference, the other side's reference, or a subject's name
 * @param includeClosed closed cases too (default: open cases only)
 */
public record WorkListQuery(String status, String type, String direction, String attention, String q,
                            Boolean includeClosed) {

    public static WorkListQuery open() {
        return new WorkListQuery(null, null, null, null, null, false);
    }
}
