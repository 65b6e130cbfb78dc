package org.nigehbaan.programme.internal;

import java.util.List;

/**
 * Where the figures are counted: the whole country, or one district. A district narrows the register to its
 * registrants and screening to its points of entry ({@code nigehbaan.programme.point-districts}); control lists
 * and cooperation cases have no district and stay national.
 *
 * @param district the district as the register spells it, or null for the whole country
 * @param points   the points of entry in that district (empty for the whole country)
 */
public record Area(String district, List<String> points) {

    public static final Area NATIONAL = new Area(null, List.of());

    public boolean national() {
        return district == null;
    }
}
