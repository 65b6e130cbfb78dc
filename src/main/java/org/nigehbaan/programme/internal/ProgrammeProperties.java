package org.nigehbaan.programme.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The delivery unit's settings.
 *
 * @param pointDistricts the district each point of entry lies in ({@code nigehbaan.programme.point-districts.ISB=Islamabad}),
 *                       so that choosing a district narrows screening to its points; defaults cover Pakistan's
 *                       international airports and main land ports
 * @param reportFont     a TrueType font with Arabic-script glyphs for the PDF (Urdu); Debian's DejaVu Sans
 */
@ConfigurationProperties("nigehbaan.programme")
public record ProgrammeProperties(Map<String, String> pointDistricts,
                                  @DefaultValue("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf") Path reportFont) {

    public static final Map<String, String> DEFAULT_POINTS = Map.ofEntries(
            Map.entry("ISB", "Islamabad"), Map.entry("LHE", "Lahore"), Map.entry("KHI", "Karachi"),
            Map.entry("PEW", "Peshawar"), Map.entry("MUX", "Multan"), Map.entry("SKT", "Sialkot"),
            Map.entry("LYP", "Faisalabad"), Map.entry("UET", "Quetta"), Map.entry("GWD", "Gwadar"),
            Map.entry("WAGAH", "Lahore"), Map.entry("TORKHAM", "Khyber"), Map.entry("TAFTAN", "Chagai"),
            Map.entry("CHAMAN", "Killa Abdullah"), Map.entry("SOST", "Hunza"));

    public ProgrammeProperties {
        Map<String, String> merged = new TreeMap<>(DEFAULT_POINTS);
        if (pointDistricts != null) {
            pointDistricts.forEach((point, district) -> merged.put(point.toUpperCase(java.util.Locale.ROOT), district));
        }
        pointDistricts = Map.copyOf(merged);
    }

    /** The points of entry in a district (case-insensitive), sorted. */
    public List<String> pointsIn(String district) {
        return pointDistricts.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(district.strip()))
                .map(Map.Entry::getKey).sorted().toList();
    }
}
