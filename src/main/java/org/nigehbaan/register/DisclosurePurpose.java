package org.nigehbaan.register;

import java.util.Arrays;
import java.util.Locale;

/** Why someone searched the register or opened a record; every disclosure records one. */
public enum DisclosurePurpose {
    /** Managing registrants in one's own districts: notifications, verification, compliance. */
    OFFENDER_MANAGEMENT,
    /**
     * A police request about a named suspect in a sexual-crime FIR, forwarded by the prosecutor (DOMAIN.md):
     * needs the suspect's name, the FIR number, police station and offences, the requesting officer, the
     * prosecutor and when the police asked.
     */
    POLICE_INVESTIGATION,
    /** An order of a court; needs the order's reference. */
    COURT_ORDER;

    public static DisclosurePurpose parse(String raw) {
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("'" + raw + "' is not a purpose: use one of " + Arrays.toString(values()));
        }
    }
}
