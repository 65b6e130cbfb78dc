package org.nigehbaan.screening.paxlst;

import java.util.List;

/**
 * One segment: its tag ({@code NAD}), any further components of the tag element (syntax 4 nesting
 * indicators, rarely used), and its data elements with release characters already resolved.
 *
 * @param tag           the segment tag, e.g. {@code UNB}, {@code NAD}
 * @param tagComponents components after the tag in the tag element ({@code RFF:5} gives {@code [5]})
 * @param elements      the data elements, element 1 first
 * @param number        1-based position among the segments of the input ({@code UNA} not counted)
 * @param offset        byte offset of the segment's first character in the input
 */
public record EdifactSegment(String tag, List<String> tagComponents, List<EdifactElement> elements, int number,
                             long offset) {

    /** The 1-based data element, or an empty one when absent. */
    public EdifactElement element(int n) {
        return n >= 1 && n <= elements.size() ? elements.get(n - 1) : EdifactElement.EMPTY;
    }

    /** Component {@code component} of element {@code element}, both 1-based; {@code ""} when absent. */
    public String value(int element, int component) {
        return element(element).component(component);
    }

    /** Element {@code element} as text, components joined by {@code :}. */
    public String text(int element) {
        return element(element).text();
    }

    public boolean is(String tag) {
        return this.tag.equals(tag);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(tag);
        for (EdifactElement e : elements) {
            sb.append('+').append(e.text());
        }
        return sb.toString();
    }
}
