package org.nigehbaan.screening.paxlst;

import java.util.List;

/**
 * One data element of a segment: its components (a simple element has one), and any further occurrences
 * written with the repetition separator (syntax 4).
 */
public record EdifactElement(List<String> components, List<List<String>> repetitions) {

    static final EdifactElement EMPTY = new EdifactElement(List.of(), List.of());

    /** The 1-based component, or {@code ""} when absent. */
    public String component(int n) {
        return n >= 1 && n <= components.size() ? components.get(n - 1) : "";
    }

    /** The components joined by {@code :}, trailing empty ones dropped: {@code :::Hartford USA}. */
    public String text() {
        int end = components.size();
        while (end > 0 && components.get(end - 1).isEmpty()) {
            end--;
        }
        return end == 1 ? components.get(0) : String.join(":", components.subList(0, end));
    }

    public boolean isEmpty() {
        return text().isEmpty();
    }
}
