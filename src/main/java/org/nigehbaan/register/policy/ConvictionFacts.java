package org.nigehbaan.register.policy;

import java.time.LocalDate;
import java.util.Objects;
import org.nigehbaan.register.Disposal;

/**
 * What a notification policy needs to know of one conviction, already validated.
 *
 * @param offence          the catalogue entry
 * @param convictedOn      the date of conviction (or caution): the UK "relevant date"
 * @param disposal         what the court did
 * @param sentence         the term, for disposals that have one; otherwise null
 * @param ageAtConviction  the offender's age in whole years on that date
 */
public record ConvictionFacts(Offence offence, LocalDate convictedOn, Disposal disposal, SentenceTerm sentence,
                              int ageAtConviction) {

    public ConvictionFacts {
        Objects.requireNonNull(offence, "offence");
        Objects.requireNonNull(convictedOn, "convictedOn");
        Objects.requireNonNull(disposal, "disposal");
        if (disposal.needsTerm() != (sentence != null)) {
            throw new IllegalArgumentException(disposal + (disposal.needsTerm() ? " needs" : " takes no") + " term");
        }
    }

    public boolean underEighteen() {
        return ageAtConviction < 18;
    }
}
