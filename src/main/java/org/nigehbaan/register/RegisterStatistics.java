package org.nigehbaan.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.nigehbaan.common.Figure;

/**
 * The register as it stands, for analysts: counts only, no names, no ids, and every count under 5 (zero
 * included) published as {@code "<5"} ({@link Figure}, the rule every figure follows). The figures for a period
 * are {@link RegisterFigures}.
 *
 * @param day                       the register's today
 * @param registrantsByStatus       ACTIVE / ENDED / REMOVED
 * @param activeByRiskLevel         active registrants by risk level 1-3
 * @param activeIndefinite          active registrants with an indefinite period
 * @param openDuties                duties not yet met
 * @param overdueDuties             of which past their due date
 * @param openBreaches              breaches not yet resolved
 * @param breachesLast30Days        breaches detected in the last 30 days, by kind
 * @param disclosuresLast30Days     searches and views in the last 30 days, by purpose
 * @param byDistrict                per district with registrants
 */
public record RegisterStatistics(LocalDate day, Map<String, Figure> registrantsByStatus,
                                 Map<String, Figure> activeByRiskLevel, Figure activeIndefinite, Figure openDuties,
                                 Figure overdueDuties, Figure openBreaches, Map<String, Figure> breachesLast30Days,
                                 Map<String, Figure> disclosuresLast30Days, List<District> byDistrict) {

    /** One district's figures. */
    public record District(String district, Figure activeRegistrants, Figure overdueDuties, Figure openBreaches) {
    }
}
