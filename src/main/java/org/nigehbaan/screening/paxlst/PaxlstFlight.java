package org.nigehbaan.screening.paxlst;

import java.util.List;

/**
 * A TDT segment group: one flight of the manifest.
 *
 * @param qualifier    TDT element 1, {@code 20} main carriage
 * @param flightNumber TDT element 2 ({@code UA0989})
 * @param carrier      TDT element 5 component 1, the carrier code; empty when absent
 * @param locations    the LOC/DTM pairs that follow, in order
 */
public record PaxlstFlight(String qualifier, String flightNumber, String carrier, List<PaxlstFlightLocation> locations) {
}
