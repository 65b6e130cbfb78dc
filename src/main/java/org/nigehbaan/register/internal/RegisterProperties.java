package org.nigehbaan.register.internal;

import java.time.Duration;
import java.time.ZoneId;
import org.nigehbaan.register.policy.PolicyName;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The register's settings ({@code nigehbaan.register.*}); docs/register.md explains each default.
 *
 * @param policy                which notification policy decides periods and clocks
 * @param zone                  the time zone of due dates and "today" (Pakistan Standard Time)
 * @param offencesFile          the offence catalogue, a Spring resource location
 * @param noticeWindowDays      days, counting the event's own day, to make an initial or change notification
 * @param travelToleranceDays   a travel notification covers a departure this many days either side of the
 *                              notified day (delays, flights after midnight)
 * @param policeRequestMaxAge   how long after the police asked a prosecutor may forward a request
 * @param complianceCron        when the daily compliance job runs, in {@code zone}
 */
@ConfigurationProperties("nigehbaan.register")
public record RegisterProperties(
        @DefaultValue("UK_SOA_2003") PolicyName policy,
        @DefaultValue("Asia/Karachi") ZoneId zone,
        @DefaultValue("classpath:register/offences.csv") String offencesFile,
        @DefaultValue("3") int noticeWindowDays,
        @DefaultValue("1") int travelToleranceDays,
        @DefaultValue("48h") Duration policeRequestMaxAge,
        @DefaultValue("0 30 0 * * *") String complianceCron) {
}
