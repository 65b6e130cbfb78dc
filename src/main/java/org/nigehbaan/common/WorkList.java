package org.nigehbaan.common;

import java.util.List;
import java.util.Optional;

/**
 * A module's contribution to the home page: what waits for the signed-in user there, with counts and the most
 * urgent items. Each module that has work for some role declares one bean (in its {@code web} package) and
 * asks its own service for the figures, as the current user; the home page shows every section it gets, in
 * {@link Section#order()}. A module whose roles the user lacks answers {@link Optional#empty()}.
 *
 * <pre>{@code
 * @Component
 * class CasesWorkList implements WorkList {
 *     public Optional<Section> section() {
 *         if (!current.get().has(Role.CASE_OFFICER)) return Optional.empty();
 *         long breached = cases.workList(breachedOnly, PageRequest.of(0, 5), current.get()).total();
 *         return Optional.of(new Section(30, "home.cases", "/cooperation",
 *                 List.of(new Count("home.cases.breached", breached, "/cooperation?attention=BREACHED", breached > 0)),
 *                 List.of()));
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface WorkList {

    /** How many urgent items a section lists at most. */
    int MOST_URGENT = 5;

    /** What waits for the current user in this module, or empty when nothing here is theirs to do. */
    Optional<Section> section();

    /**
     * A module's block on the home page.
     *
     * @param order      position, lowest first (the navigation order is a good choice)
     * @param headingKey message key of the block's heading
     * @param path       where the module's own work list is
     * @param counts     the figures, each linking to the list it counts
     * @param items      the most urgent items, most urgent first (at most {@link #MOST_URGENT})
     */
    record Section(int order, String headingKey, String path, List<Count> counts, List<Item> items) {
        public Section {
            counts = List.copyOf(counts);
            items = items.stream().limit(MOST_URGENT).toList();
        }
    }

    /**
     * One figure: "3 proposals wait for your decision".
     *
     * @param labelKey message key taking the count as {0} (a choice format gives the plural)
     * @param value    the count
     * @param path     the list it counts
     * @param urgent   shown in red when above zero (overdue, breached)
     */
    record Count(String labelKey, long value, String path, boolean urgent) {
    }

    /**
     * One urgent item.
     *
     * @param text      what it is, as data (a name and a number): not translated
     * @param path      where to act on it
     * @param detailKey message key saying why it waits (its arguments in {@code args})
     * @param args      arguments of the detail message (dates as {@code java.time} values are formatted for the reader)
     * @param urgent    overdue or breached
     */
    record Item(String text, String path, String detailKey, List<Object> args, boolean urgent) {
        public Item {
            args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
        }
    }
}
