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
 */
public final class ScoreCombiner {

    static final double CAP_WITHOUT_EXACT_DOB = 0.95;
    static final double WEAK_ALIAS_FACTOR = 0.95;

    private ScoreCombiner() {
    }

    /**
     * The least name score that can still combine to {@code target} given the other facts: the inverse of
     * {@link #combine} without identifiers and father's name. Above 1 means unreachable. The engine uses it to
     * skip comparing names that cannot matter.
     */
    public static double nameScoreNeeded(double target, DobAgreement dob, boolean fullDateExact, boolean genderConflict,
                                         boolean nationalityConflict) {
        double t = target;
        if (genderConflict) {
            t /= 0.75;
        }
        if (nationalityConflict) {
            t /= 0.9;
        }
        return switch (dob) {
            case EXACT -> {
                double lift = fullDateExact ? 0.6 : 0.35;
                yield (t - lift) / (1 - lift);
            }
            case PARTIAL_COMPATIBLE -> (t - 0.2) / 0.8;
            case NEAR -> t / 0.94;
            case CONFLICT -> t / 0.72;
            case UNKNOWN -> t;
        };
    }

    public static double combine(MatchFacts f, boolean fullDateExact) {
        if (f.identifierEqual()) {
            return 1.0;
        }
        double s = f.nameScore();
        if (f.weakAliasOnly()) {
            s *= WEAK_ALIAS_FACTOR;
        }
        s = switch (f.dobAgreement()) {
            case EXACT -> s + (1 - s) * (fullDateExact ? 0.6 : 0.35);
            case PARTIAL_COMPATIBLE -> s + (1 - s) * 0.2;
            case NEAR -> s * 0.94;
            case CONFLICT -> s * 0.72;
            case UNKNOWN -> s;
        };
        if (f.genderConflict()) {
            s *= 0.75;
        }
        if (f.nationalityConflict()) {
            s *= 0.9;
        }
        if (f.cnicConflict()) {
            s *= 0.6;
        }
        if (f.fatherNameScore() >= 0.85) {
            s = s + (1 - s) * 0.3;
        } else if (f.fatherNameScore() >= 0 && f.fatherNameScore() < 0.5) {
            s *= 0.85;
        }
        boolean canStop = f.dobAgreement() == DobAgreement.EXACT && fullDateExact && !f.genderConflict()
                && !f.nationalityConflict() && !f.cnicConflict() && !f.weakAliasOnly();
        return Math.min(s, canStop ? 0.995 : CAP_WITHOUT_EXACT_DOB);
    }
}
