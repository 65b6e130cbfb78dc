package org.nigehbaan.screening.paxlst;

import java.util.List;

/**
 * Everything a PAXLST interchange holds, and everything found wrong with it.
 *
 * @param serviceCharacters the service characters in force (UNA or defaults)
 * @param segmentCount      segments from the first through UNZ ({@code UNA} and anything after UNZ not counted)
 * @param interchange       the UNB header, {@code null} when there is none
 * @param group             the UNG header, {@code null} when there is none
 * @param messages          the messages in order
 * @param errors            the problems found, in input order; empty for a clean interchange
 */
public record PaxlstManifest(EdifactServiceCharacters serviceCharacters, int segmentCount, Interchange interchange,
                             Group group, List<PaxlstMessage> messages, List<PaxlstError> errors) {

    /**
     * UNB.
     *
     * @param syntax           syntax identifier and version ({@code UNOA:4})
     * @param sender           element 2, component 1
     * @param recipient        element 3, component 1
     * @param prepared         date and time of preparation as written ({@code 140202:0600})
     * @param controlReference element 5, which UNZ repeats
     */
    public record Interchange(String syntax, String sender, String recipient, String prepared, String controlReference) {
    }

    /**
     * UNG.
     *
     * @param function  element 1 ({@code PAXLST})
     * @param sender    element 2, component 1
     * @param recipient element 3, component 1
     * @param reference element 5, which UNE repeats
     */
    public record Group(String function, String sender, String recipient, String reference) {
    }

    /** Every traveller of every message, in order. */
    public List<PaxlstTraveller> travellers() {
        return messages.stream().flatMap(m -> m.travellers().stream()).toList();
    }

    /** Every flight of every message, in order. */
    public List<PaxlstFlight> flights() {
        return messages.stream().flatMap(m -> m.flights().stream()).toList();
    }

    /** True when nothing was found wrong. */
    public boolean isClean() {
        return errors.isEmpty();
    }
}
