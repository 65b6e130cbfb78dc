package org.nigehbaan.screening.paxlst;

import java.util.Map;

/**
 * A place on a flight's itinerary (LOC in the TDT group) with its dates.
 *
 * @param qualifier {@code 125} last departure place, {@code 87} first arrival place, {@code 92} routing
 *                  (each leg), {@code 22} as some carriers send for departure
 * @param place     the location as written, usually an IATA airport code
 * @param dates     DTM values by qualifier as written ({@code YYMMDDHHMM}): {@code 189} departure, {@code 232} arrival
 */
public record PaxlstFlightLocation(String qualifier, String place, Map<String, String> dates) {

    public static final String DEPARTURE = "189";
    public static final String ARRIVAL = "232";
}
