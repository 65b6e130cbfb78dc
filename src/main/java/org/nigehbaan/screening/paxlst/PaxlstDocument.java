package org.nigehbaan.screening.paxlst;

import java.util.Map;

/**
 * A travel document of a traveller (DOC segment group).
 *
 * @param type           document type code, DOC element 1 ({@code P} passport, {@code I} identity card, {@code V} visa, ...)
 * @param number         document number, DOC element 2
 * @param dates          DTM values by qualifier as written: {@code 36} expiry, {@code 182} issue
 * @param issuingCountry LOC 91, the issuing state; {@code null} when absent
 */
public record PaxlstDocument(String type, String number, Map<String, String> dates, String issuingCountry) {

    public static final String EXPIRY = "36";
    public static final String ISSUE = "182";

    /** DTM 36 as written ({@code YYMMDD}), {@code null} when absent. */
    public String expiry() {
        return dates.get(EXPIRY);
    }
}
