package org.nigehbaan.register;

import java.util.Arrays;
import java.util.Locale;

/** What the court did with a conviction; with the sentence and age, it decides the notification period. */
public enum Disposal {
    /** A fixed term of imprisonment; needs a sentence. */
    IMPRISONMENT(true),
    /** Imprisonment for life. */
    LIFE_IMPRISONMENT(false),
    /** A death sentence (pending or commuted): treated as the most severe custodial disposal. */
    DEATH_SENTENCE(false),
    /** Detention in a hospital subject to a restriction order. */
    HOSPITAL_RESTRICTION_ORDER(false),
    /** Detention in a hospital without a restriction order. */
    HOSPITAL_ORDER(false),
    /** A formal caution instead of prosecution. */
    CAUTION(false),
    /** A conditional discharge; the sentence is the period of the discharge. */
    CONDITIONAL_DISCHARGE(true),
    /** Any other disposal: a fine, probation, a community sentence. */
    OTHER(false);

    private final boolean needsTerm;

    Disposal(boolean needsTerm) {
        this.needsTerm = needsTerm;
    }

    /** True when the disposal has a length (a term of imprisonment, a period of discharge). */
    public boolean needsTerm() {
        return needsTerm;
    }

    public static Disposal parse(String raw) {
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("'" + raw + "' is not a disposal: use one of "
                    + Arrays.toString(values()));
        }
    }
}
