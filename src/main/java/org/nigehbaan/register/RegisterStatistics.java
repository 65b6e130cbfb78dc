package org.nigehbaan.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Programme figures for analysts: counts only, no names, no ids. District counts from 1 to
 * {@code smallCountThreshold - 1} are suppressed (null) so that a small district's figures cannot point at
 * a person.
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
 * @param byDistrict                per district
 * @param smallCountThreshold       the suppression threshold
 */
public record RegisterStatistics(LocalDate day, Map<String, Long> registrantsByStatus,
                                 Map<String, Long> activeByRiskLevel, long activeIndefinite, long openDuties,
                                 long overdueDuties, long openBreaches, Map<String, Long> breachesLast30Days,
                                 Map<String, Long> disclosuresLast30Days, List<District> byDistrict,
                                 int smallCountThreshold) {

    /** One district's figures; a null count was suppressed as too small to publish. */
    public record District(String district, Long activeRegistrants, Long overdueDuties, Long openBreaches) {
    }
}
