package org.nigehbaan.register;

import java.util.List;

/**
 * Foreign travel notified by a registrant.
 *
 * @param receivedAt        when it was notified, local date-time ({@code 2026-05-10T14:30}); now when absent
 * @param departureDate     the day of departure
 * @param departureTime     the time of departure ({@code 09:30}), optional: midnight is assumed
 * @param returnDate        the day of return, optional
 * @param destinations      the countries to be visited, ISO alpha-3, at least one
 * @param itinerary         the route, flights and places
 * @param carrier           the airline, shipping line or bus company
 * @param firstNightAddress where the registrant will stay the first night
 * @param knownSince        when the journey became known (booked), optional; a journey known less than the
 *                          policy's notice ahead may be notified at short notice
 */
public record TravelInput(String receivedAt, String departureDate, String departureTime, String returnDate,
                          List<String> destinations, String itinerary, String carrier, String firstNightAddress,
                          String knownSince) {
}
