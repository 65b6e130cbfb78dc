package org.nigehbaan.screening;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The screening decision policy, in one place (DOMAIN.md, "Screening"). Defaults: the matching engine's
 * measured thresholds (REFER 0.80, STOP 0.97); PASSPORT_ISSUANCE checks the PCL, EXIT the PCL and ECL and the
 * register's travel notifications, ENTRY the PCL and ECL.
 *
 * @param referThreshold      a hit scoring at least this is a REFER
 * @param stopThreshold       a name hit scoring at least this with an exactly agreeing full date of birth is a STOP
 * @param maxHits             hits returned per traveller
 * @param lists               the lists each purpose checks
 * @param registerCheckAtExit whether exit screening refers registered sex offenders leaving without notice
 * @param maxBatch            the most travellers one batch may carry
 */
@ConfigurationProperties("nigehbaan.screening")
public record ScreeningPolicy(@DefaultValue("0.80") double referThreshold,
                              @DefaultValue("0.97") double stopThreshold,
                              @DefaultValue("10") int maxHits,
                              Map<Purpose, List<String>> lists,
                              @DefaultValue("true") boolean registerCheckAtExit,
                              @DefaultValue("5000") int maxBatch) {

    public ScreeningPolicy {
        Map<Purpose, List<String>> m = new EnumMap<>(Purpose.class);
        m.put(Purpose.EXIT, List.of("PCL", "ECL"));
        m.put(Purpose.ENTRY, List.of("PCL", "ECL"));
        m.put(Purpose.PASSPORT_ISSUANCE, List.of("PCL"));
        if (lists != null) {
            m.putAll(lists);
        }
        lists = Map.copyOf(m);
        if (referThreshold <= 0 || referThreshold > stopThreshold || stopThreshold > 1) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < refer <= stop <= 1");
        }
    }

    public static ScreeningPolicy defaults() {
        return new ScreeningPolicy(0.80, 0.97, 10, null, true, 5000);
    }

    public List<String> listsFor(Purpose purpose) {
        return lists.get(purpose);
    }
}
