package org.nigehbaan.matching.comparators;

import java.util.List;

import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.matching.DobAgreement;

/** Compares a traveller's date of birth with a listed person's dates (lists often give several). */
public final class DateOfBirthComparator {

    /** The agreement and the listed date that gave it (null when unknown). */
    public record Result(DobAgreement agreement, PartialDate listed) {
    }

    private DateOfBirthComparator() {
    }

    /** The best agreement over the listed dates. */
    public static Result compare(PartialDate traveller, List<PartialDate> listed) {
        if (traveller == null || listed.isEmpty()) {
            return new Result(DobAgreement.UNKNOWN, null);
        }
        Result best = null;
        for (PartialDate d : listed) {
            DobAgreement a = compare(traveller, d);
            if (best == null || a.ordinal() < best.agreement().ordinal()) {
                best = new Result(a, d);
            }
        }
        return best;
    }

    public static DobAgreement compare(PartialDate a, PartialDate b) {
        if (a == null || b == null) {
            return DobAgreement.UNKNOWN;
        }
        if (a.equals(b)) {
            return DobAgreement.EXACT;
        }
        if (a.isCompatibleWith(b)) {
            return DobAgreement.PARTIAL_COMPATIBLE;
        }
        if (a.year() == b.year() && a.isComplete() && b.isComplete() && a.month() == b.day() && a.day() == b.month()) {
            return DobAgreement.NEAR; // day and month swapped
        }
        if (Math.abs(a.year() - b.year()) == 1 && sameOrUnknown(a.month(), b.month()) && sameOrUnknown(a.day(), b.day())) {
            return DobAgreement.NEAR;
        }
        return DobAgreement.CONFLICT;
    }

    private static boolean sameOrUnknown(int x, int y) {
        return x == 0 || y == 0 || x == y;
    }
}
