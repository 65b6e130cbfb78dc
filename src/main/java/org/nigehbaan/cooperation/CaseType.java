package org.nigehbaan.cooperation;

import java.util.Locale;

/** What the case is about; each type has its own state machine (see docs/cooperation.md). */
public enum CaseType {
    /** Evidence, searches, statements, service of documents (MLA (Criminal Matters) Act 2020). */
    MUTUAL_LEGAL_ASSISTANCE("MLA"),
    /** Surrender of a person; no UK–Pakistan treaty, so a case-specific arrangement (Extradition Act 2003 s.194). */
    EXTRADITION("EXT"),
    /** A person's convictions, exchanged through ACRO; reply within working days. */
    CRIMINAL_RECORD("CRM"),
    /** Return of a person to the country of nationality, after nationality verification. */
    RETURN("RET"),
    /** Tracing, freezing and recovering the proceeds of crime. */
    ILLICIT_FINANCE("FIN"),
    /** Drug trafficking investigations (ANF, NCA). */
    NARCOTICS("NAR");

    private final String code;

    CaseType(String code) {
        this.code = code;
    }

    /** The short code used in case references ({@code RET-IN-2026-00017}). */
    public String code() {
        return code;
    }

    public static CaseType parse(String raw) {
        try {
            return valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + raw.trim() + "' is not a case type: use one of "
                    + java.util.Arrays.toString(values()));
        }
    }
}
