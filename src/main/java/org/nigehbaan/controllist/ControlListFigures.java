package org.nigehbaan.controllist;

import java.time.YearMonth;
import java.util.List;
import org.nigehbaan.common.Figure;

/**
 * The control lists' programme figures for a period (docs/programme.md has each definition). No personal data.
 *
 * @param totals    both lists together
 * @param byGround  per list and ground
 * @param byList    PCL and ECL
 * @param deportees deportees (ground DEPORTED_ILLEGAL_MIGRATION) listed in the period, and how many within
 *                  {@code withinDays} of their deportation
 * @param imports   bulk imports made in the period
 * @param byMonth   per calendar month the period touches
 */
public record ControlListFigures(Counts totals, List<GroundRow> byGround, List<ListRow> byList, Deportees deportees, Imports imports,
                                 List<MonthRow> byMonth) {

    /**
     * @param listed entries that became active in the period (approved, or imported)
     * @param active entries active at the close of the period's last day (of today, while the period runs on):
     *               listed on or before it and not ended by then (a term ending at 00:00 the next day is still
     *               active)
     * @param ended  entries whose listing ended in the period, up to today (expired at the end of their term, or
     *               removed)
     */
    public record Counts(Figure listed, Figure active, Figure ended) {

        public static Counts of(long listed, long active, long ended) {
            return new Counts(Figure.count(listed), Figure.count(active), Figure.count(ended));
        }
    }

    public record GroundRow(ListType list, Ground ground, Counts counts) {
    }

    public record ListRow(ListType list, Counts counts) {
    }

    public record Deportees(int withinDays, Figure listed, Figure listedWithinDays, Figure shareWithinDays) {
    }

    /** @param imports imports made; @param entries entries they created */
    public record Imports(Figure imports, Figure entries) {
    }

    public record MonthRow(YearMonth month, Figure listed, Figure ended) {
    }
}
