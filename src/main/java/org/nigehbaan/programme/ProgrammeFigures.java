package org.nigehbaan.programme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.programme.internal.Section;

/**
 * Every module's figures for one period and area, in the order the sources give them.
 *
 * @param period   the days counted
 * @param district the district chosen, or null for the whole country
 * @param modules  per module: its key, its figures as it published them, and the same as a {@link Section}
 */
public record ProgrammeFigures(ReportingPeriod period, String district, List<Module> modules) {

    public record Module(String key, Object figures, Section section) {
    }

    /** The API's shape (API.md, "Programme figures"): {@code {period, district?, controlList, screening, ...}}. */
    public Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("period", Map.of("from", period.from().toString(), "to", period.to().toString()));
        if (district != null) {
            json.put("district", district);
        }
        modules.forEach(m -> json.put(m.key(), m.figures()));
        return json;
    }

    public List<Section> sections() {
        return modules.stream().map(Module::section).toList();
    }
}
