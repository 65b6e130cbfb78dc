package org.nigehbaan.screening.paxlst;

import java.util.List;
import java.util.Map;

/**
 * One UNH..UNT message.
 *
 * @param reference          UNH element 1, the message reference
 * @param messageType        UNH element 2 as written ({@code PAXLST:D:05B:UN:IATA})
 * @param documentCode       BGM element 1: {@code 745} passenger list, {@code 250} crew list, ...
 * @param documentIdentifier BGM element 2, when present
 * @param references         message-level RFF values by qualifier ({@code TN} transaction reference)
 * @param reportingParty     NAD+MS name, empty when absent
 * @param flights            the TDT groups
 * @param travellers         the NAD groups other than the reporting party, in order
 * @param counts             the CNT control totals
 */
public record PaxlstMessage(String reference, String messageType, String documentCode, String documentIdentifier,
                            Map<String, String> references, String reportingParty, List<PaxlstFlight> flights,
                            List<PaxlstTraveller> travellers, List<PaxlstCount> counts) {
}
