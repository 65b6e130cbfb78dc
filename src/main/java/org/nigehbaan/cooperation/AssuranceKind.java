package org.nigehbaan.cooperation;

import java.util.Locale;

/** The assurances a requesting state gives in an extradition arrangement. */
public enum AssuranceKind {
    /** The death penalty will not be imposed, or not carried out. */
    NO_DEATH_PENALTY,
    /** The person will be tried only for the offences surrendered for (speciality). */
    SPECIALITY,
    /** A fair trial before an independent court. */
    FAIR_TRIAL,
    /** No torture or inhuman or degrading treatment. */
    NO_TORTURE,
    /** No onward extradition to a third state without consent. */
    NO_ONWARD_EXTRADITION,
    /** Prison conditions, consular access, monitoring. */
    PRISON_CONDITIONS,
    OTHER;

    public static AssuranceKind parse(String raw) {
        try {
            return valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + raw.trim() + "' is not an assurance kind: use one of "
                    + java.util.Arrays.toString(values()));
        }
    }
}
