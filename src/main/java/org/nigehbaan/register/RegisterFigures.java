package org.nigehbaan.register;

import java.time.YearMonth;
import java.util.List;
import org.nigehbaan.common.Figure;

/**
 * The register's programme figures for a period (docs/programme.md has each definition). No names, no ids.
 *
 * @param district   the district counted, or null for the whole country
 * @param totals     over the district (or the country)
 * @param byDistrict per district (all districts, whatever {@code district} is)
 * @param byMonth    per calendar month the period touches
 */
public record RegisterFigures(String district, Counts totals, List<DistrictRow> byDistrict, List<MonthRow> byMonth) {

    /**
     * @param registered      registrants registered in the period
     * @param active          registrants subject to notification at the end of the period (or now)
     * @param ended           registrants whose notification ended, or whose record was withdrawn, in the period
     * @param dutiesDue       duties (notifications) that fell due in the period, up to yesterday, not cancelled
     * @param dutiesMetOnTime of which met on or before their due day
     * @param complianceRate  dutiesMetOnTime / dutiesDue
     * @param breachesRaised  compliance breaches detected in the period
     * @param openBreaches    breaches open at the end of the period (or now)
     */
    public record Counts(Figure registered, Figure active, Figure ended, Figure dutiesDue, Figure dutiesMetOnTime,
                         Figure complianceRate, Figure breachesRaised, Figure openBreaches) {
    }

    public record DistrictRow(String district, Counts counts) {
    }

    public record MonthRow(YearMonth month, Figure registered, Figure breachesRaised) {
    }
}
