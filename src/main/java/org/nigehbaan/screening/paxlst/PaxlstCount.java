package org.nigehbaan.screening.paxlst;

/**
 * A CNT control total.
 *
 * @param qualifier {@code 41} total crew, {@code 42} total passengers (others are kept, not checked)
 * @param text      element 1 as written ({@code 42:136})
 * @param declared  the declared count, {@code null} when not a number
 */
public record PaxlstCount(String qualifier, String text, Integer declared) {

    public static final String CREW = "41";
    public static final String PASSENGERS = "42";
}
