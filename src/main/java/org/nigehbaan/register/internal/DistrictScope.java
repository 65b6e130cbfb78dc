package org.nigehbaan.register.internal;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The districts an officer may work in: their own, plus what an administrator granted; {@code all} for a
 * national grant ({@code *}).
 *
 * @param all       every district
 * @param districts district keys (lower case), when not all
 */
public record DistrictScope(boolean all, Set<String> districts) {

    public static final String EVERY_DISTRICT = "*";
    public static final DistrictScope NONE = new DistrictScope(false, Set.of());

    public DistrictScope {
        districts = Set.copyOf(new TreeSet<>(districts));
    }

    /** The comparable form of a district name: trimmed, single spaces, lower case. */
    public static String key(String district) {
        return district == null ? null : district.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public boolean allows(String district) {
        return all || districts.contains(key(district));
    }

    public boolean isEmpty() {
        return !all && districts.isEmpty();
    }

    /** The district keys as an array for {@code district_key = any(?)}. */
    public String[] keys() {
        return districts.toArray(String[]::new);
    }

    /** For messages: "every district" or the districts, comma-separated. */
    public String describe() {
        return all ? "every district" : districts.isEmpty() ? "no district" : String.join(", ", districts);
    }
}
