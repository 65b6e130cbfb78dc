package org.nigehbaan.matching.scoring;

import org.nigehbaan.matching.DobAgreement;
import org.nigehbaan.matching.MatchFacts;

/**
 * The combine stage: one score in [0,1] from the facts.
 *
 * <ul>
 *   <li>An equal CNIC or document number is certain: 1.0.</li>
 *   <li>Otherwise the name score is moved by the other fields: an exact date of birth pulls it up, a partial
 *       compatible one a little; a near date (±1 year, day/month swapped) lowers it slightly, a conflicting
 *       date strongly; conflicting gender, nationality or CNIC lower it; an agreeing father's name raises it.</li>
 *   <li>Without an identifier or a full, exactly equal date of birth the score is capped below STOP:
 *       a name alone, however equal, is a namesake until something else agrees.</li>
 * </ul>
 * The weights are declared once, in {@link Factor}.
 */
public final class ScoreCombiner {

    /** Without an identifier or an exact full date of birth a score stays below STOP. */
    static final double CAP_WITHOUT_EXACT_DOB = 0.95;
    /** The highest score short of an identifier. */
    static final double CAP_WITH_EXACT_DOB = 0.995;

    private ScoreCombiner() {
    }

    /**
     * The least name score that can still combine to {@code target} given the other facts: the {@link Factor}s
     * for the date of birth, gender and nationality inverted (identifiers, father's name and weak aliases are
     * left out, so this is a bound). Above 1 means unreachable. The engine uses it to skip comparing names that
     * cannot matter.
     */
    public static double nameScoreNeeded(double target, DobAgreement dob, boolean fullDateExact, boolean genderConflict,
                                         boolean nationalityConflict) {
        double t = target;
        if (nationalityConflict) {
            t = Factor.NATIONALITY_CONFLICT.invert(t);
        }
        if (genderConflict) {
            t = Factor.GENDER_CONFLICT.invert(t);
        }
        Factor d = Factor.of(dob, fullDateExact);
        return d == null ? t : d.invert(t);
    }

    public static double combine(MatchFacts f, boolean fullDateExact) {
        if (f.identifierEqual()) {
            return 1.0;
        }
        double s = f.nameScore();
        for (Factor factor : Factor.applying(f, fullDateExact)) {
            s = factor.apply(s);
        }
        return Math.min(s, canStop(f, fullDateExact) ? CAP_WITH_EXACT_DOB : CAP_WITHOUT_EXACT_DOB);
    }

    /** Only a strong name with an exactly equal full date of birth and no conflict may reach STOP. */
    static boolean canStop(MatchFacts f, boolean fullDateExact) {
        return f.dobAgreement() == DobAgreement.EXACT && fullDateExact && !f.genderConflict()
                && !f.nationalityConflict() && !f.cnicConflict() && !f.weakAliasOnly();
    }
}
