package org.nigehbaan.register.internal;

import java.time.LocalDate;
import java.time.Period;
import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.identity.Violations;
import org.nigehbaan.register.ConvictionInput;
import org.nigehbaan.register.Disposal;
import org.nigehbaan.register.SentenceUnit;
import org.nigehbaan.register.policy.ConvictionFacts;
import org.nigehbaan.register.policy.OffenceCatalogue;
import org.nigehbaan.register.policy.SentenceTerm;

/** Validates a conviction as a client sent it, naming each bad field under its prefix. */
public final class ConvictionParser {

    /** Below this age nothing is an offence (PPC s.82, as amended in 2016). */
    public static final int MIN_AGE = 10;
    public static final int MAX_AGE = 120;

    /** A valid conviction: the facts a policy needs, the citation and the court. */
    public record Parsed(ConvictionFacts facts, String citation, String court) {
    }

    private final OffenceCatalogue offences;

    public ConvictionParser(OffenceCatalogue offences) {
        this.offences = offences;
    }

    /** @return the conviction, or null when anything was wrong (recorded in {@code v}) */
    public Parsed parse(Violations v, String prefix, ConvictionInput in, PartialDate dateOfBirth, LocalDate today) {
        if (in == null) {
            v.add(prefix, "is required");
            return null;
        }
        int before = v.list().size();
        OffenceCatalogue.Cited offence = null;
        if (in.offence() == null || in.offence().isBlank()) {
            v.add(prefix + ".offence", "is required, as PPC 376 or PECA 22");
        } else {
            offence = v.parseOptional(prefix + ".offence", in.offence(), offences::parseRegistrable);
        }
        String court = Inputs.text(v, prefix + ".court", in.court(), true, 200);
        LocalDate convictedOn = Inputs.pastDate(v, prefix + ".convictedOn", in.convictedOn(), true, today);
        Disposal disposal = null;
        if (in.disposal() == null || in.disposal().isBlank()) {
            v.add(prefix + ".disposal", "is required");
        } else {
            disposal = v.parseOptional(prefix + ".disposal", in.disposal(), Disposal::parse);
        }
        SentenceTerm sentence = disposal == null ? null : sentence(v, prefix + ".sentence", in, disposal);
        Integer age = convictedOn == null ? null : age(v, prefix, in.ageAtConviction(), dateOfBirth, convictedOn);
        if (v.list().size() > before) {
            return null;
        }
        return new Parsed(new ConvictionFacts(offence.offence(), convictedOn, disposal, sentence, age),
                offence.citation(), court);
    }

    private static SentenceTerm sentence(Violations v, String field, ConvictionInput in, Disposal disposal) {
        boolean given = in.sentence() != null && (in.sentence().length() != null || in.sentence().unit() != null);
        if (!disposal.needsTerm()) {
            if (given) {
                v.add(field, "must be empty for " + disposal + ": it has no term");
            }
            return null;
        }
        if (!given) {
            v.add(field, "is required for " + disposal + ": give its length and unit");
            return null;
        }
        SentenceUnit unit = null;
        if (in.sentence().unit() == null || in.sentence().unit().isBlank()) {
            v.add(field + ".unit", "is required: DAYS, WEEKS, MONTHS or YEARS");
        } else {
            unit = v.parseOptional(field + ".unit", in.sentence().unit(), SentenceUnit::parse);
        }
        if (in.sentence().length() == null) {
            v.add(field + ".length", "is required");
            return null;
        }
        if (unit == null) {
            return null;
        }
        try {
            return new SentenceTerm(in.sentence().length(), unit);
        } catch (IllegalArgumentException e) {
            v.add(field + ".length", e.getMessage());
            return null;
        }
    }

    private static Integer age(Violations v, String prefix, Integer given, PartialDate dob, LocalDate convictedOn) {
        String field = prefix + ".ageAtConviction";
        if (given != null && (given < MIN_AGE || given > MAX_AGE)) {
            v.add(field, "must be between " + MIN_AGE + " and " + MAX_AGE
                    + " (PPC s.82: nothing done by a child under 10 is an offence)");
            return null;
        }
        if (dob == null) {
            if (given == null) {
                v.add(field, "is required when the date of birth is unknown");
            }
            return given;
        }
        if (convictedOn.isBefore(dob.earliest())) {
            v.add(prefix + ".convictedOn", convictedOn + " is before the date of birth " + dob);
            return null;
        }
        int youngest = Math.max(0, Period.between(dob.latest(), convictedOn).getYears());
        int oldest = Period.between(dob.earliest(), convictedOn).getYears();
        if (given == null) {
            if (youngest != oldest) {
                v.add(field, "is required: the date of birth " + dob + " leaves the age on " + convictedOn
                        + " between " + youngest + " and " + oldest);
                return null;
            }
            if (youngest < MIN_AGE) {
                v.add(prefix + ".convictedOn", "makes the offender " + youngest
                        + " at conviction: under 10, nothing is an offence (PPC s.82)");
                return null;
            }
            return youngest;
        }
        if (given < youngest || given > oldest) {
            v.add(field, "does not agree with the date of birth " + dob + ": "
                    + (youngest == oldest ? youngest : youngest + " to " + oldest) + " on " + convictedOn);
            return null;
        }
        return given;
    }
}
