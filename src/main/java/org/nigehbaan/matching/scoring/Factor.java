package org.nigehbaan.matching.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nigehbaan.matching.DobAgreement;
import org.nigehbaan.matching.MatchFacts;

/**
 * Every weight the combine stage applies to a name score, declared once: {@link ScoreCombiner#combine} applies
 * them, {@link ScoreCombiner#nameScoreNeeded} inverts them, and {@link Explainer} names them ("gender conflict
 * ×0.75"), so the three cannot drift apart. A factor either multiplies the score ({@link Kind#TIMES}) or lifts
 * it by a share of what is left to 1 ({@link Kind#LIFT}: s + (1 − s)·w).
 *
 * <p>The weights were set by hand against the evaluation figures in docs/matching.md, never against individual
 * answers.
 */
public enum Factor {

    /** The best name was a weak (low-quality) alias. */
    WEAK_ALIAS(Kind.TIMES, 0.95, "weak alias"),
    /** The full date of birth is exactly equal. */
    DOB_EXACT_FULL(Kind.LIFT, 0.6, "date of birth equal"),
    /** A partial date of birth (year, or year and month) is exactly equal. */
    DOB_EXACT_PARTIAL(Kind.LIFT, 0.35, "partial date of birth equal"),
    /** Dates of birth are compatible (one partial, agreeing where both are known). */
    DOB_COMPATIBLE(Kind.LIFT, 0.2, "date of birth compatible"),
    /** One year apart, or day and month swapped. */
    DOB_NEAR(Kind.TIMES, 0.94, "date of birth near"),
    /** Dates of birth conflict. */
    DOB_CONFLICT(Kind.TIMES, 0.72, "date of birth conflict"),
    /** Both genders known and different. */
    GENDER_CONFLICT(Kind.TIMES, 0.75, "gender conflict"),
    /** The traveller's nationality is none of the listed ones. */
    NATIONALITY_CONFLICT(Kind.TIMES, 0.9, "nationality conflict"),
    /** Both CNICs known and different. */
    CNIC_CONFLICT(Kind.TIMES, 0.6, "CNIC conflict"),
    /** The father's names agree (score ≥ 0.85). */
    FATHER_AGREES(Kind.LIFT, 0.3, "father's name agrees"),
    /** The father's names differ (score < 0.5). */
    FATHER_DIFFERS(Kind.TIMES, 0.85, "father's name differs");

    /** How a factor moves a score. */
    public enum Kind {
        /** s · w */
        TIMES,
        /** s + (1 − s) · w */
        LIFT
    }

    /** A father's name scoring at least this agrees; below {@link #FATHER_DIFFERS_BELOW} it differs. */
    static final double FATHER_AGREES_FROM = 0.85;
    static final double FATHER_DIFFERS_BELOW = 0.5;

    private final Kind kind;
    private final double weight;
    private final String words;

    Factor(Kind kind, double weight, String words) {
        this.kind = kind;
        this.weight = weight;
        this.words = words;
    }

    public Kind kind() {
        return kind;
    }

    public double weight() {
        return weight;
    }

    public double apply(double s) {
        return kind == Kind.TIMES ? s * weight : s + (1 - s) * weight;
    }

    /** The score before this factor that gives {@code s} after it (may leave [0,1]: unreachable). */
    public double invert(double s) {
        return kind == Kind.TIMES ? s / weight : (s - weight) / (1 - weight);
    }

    /** The factor in words, with its weight: "gender conflict ×0.75", "date of birth equal +60 % of the gap". */
    public String describe() {
        return kind == Kind.TIMES ? String.format(Locale.ROOT, "%s ×%.2f", words, weight)
                : String.format(Locale.ROOT, "%s +%.0f %% of the gap to 1", words, weight * 100);
    }

    /** The factor a date-of-birth agreement brings, or null. */
    static Factor of(DobAgreement dob, boolean fullDateExact) {
        return switch (dob) {
            case EXACT -> fullDateExact ? DOB_EXACT_FULL : DOB_EXACT_PARTIAL;
            case PARTIAL_COMPATIBLE -> DOB_COMPATIBLE;
            case NEAR -> DOB_NEAR;
            case CONFLICT -> DOB_CONFLICT;
            case UNKNOWN -> null;
        };
    }

    /** The factors the facts call for, in the order they apply. */
    public static List<Factor> applying(MatchFacts f, boolean fullDateExact) {
        List<Factor> out = new ArrayList<>(4);
        if (f.weakAliasOnly()) {
            out.add(WEAK_ALIAS);
        }
        Factor dob = of(f.dobAgreement(), fullDateExact);
        if (dob != null) {
            out.add(dob);
        }
        if (f.genderConflict()) {
            out.add(GENDER_CONFLICT);
        }
        if (f.nationalityConflict()) {
            out.add(NATIONALITY_CONFLICT);
        }
        if (f.cnicConflict()) {
            out.add(CNIC_CONFLICT);
        }
        if (f.fatherNameScore() >= FATHER_AGREES_FROM) {
            out.add(FATHER_AGREES);
        } else if (f.fatherNameScore() >= 0 && f.fatherNameScore() < FATHER_DIFFERS_BELOW) {
            out.add(FATHER_DIFFERS);
        }
        return out;
    }
}
