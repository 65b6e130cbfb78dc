package org.nigehbaan.cooperation;

import java.util.Locale;

/** The steps an officer takes on a case; each moves it along its type's state machine. */
public enum CaseAction {
    ACKNOWLEDGE, START_REVIEW, ACCEPT, REFUSE, RESPOND, SCHEDULE, COMPLETE, WITHDRAW;

    public static CaseAction parse(String raw) {
        try {
            return valueOf(raw.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + raw.trim() + "' is not an action: use one of "
                    + java.util.Arrays.toString(values()));
        }
    }
}
