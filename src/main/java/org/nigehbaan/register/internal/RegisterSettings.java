package org.nigehbaan.register.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.nigehbaan.register.policy.NotificationClocks;
import org.nigehbaan.register.policy.NotificationPolicy;
import org.nigehbaan.register.policy.OffenceCatalogue;
import org.nigehbaan.register.policy.UkSexualOffencesAct2003Policy;
import org.nigehbaan.register.policy.UsSornaPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/** The chosen policy, the offence catalogue, the duty clocks and the register's notion of today. */
@Component
public class RegisterSettings {

    private static final Logger log = LoggerFactory.getLogger(RegisterSettings.class);

    private final RegisterProperties properties;
    private final NotificationPolicy policy;
    private final OffenceCatalogue offences;
    private final NotificationClocks clocks;
    private final Clock clock;

    RegisterSettings(RegisterProperties properties, ResourceLoader resources, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.policy = switch (properties.policy()) {
            case UK_SOA_2003 -> new UkSexualOffencesAct2003Policy();
            case US_SORNA -> new UsSornaPolicy();
        };
        Resource r = resources.getResource(properties.offencesFile());
        try (InputStream in = r.getInputStream()) {
            this.offences = OffenceCatalogue.load(in, properties.offencesFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the register's offence list " + properties.offencesFile(), e);
        }
        this.clocks = new NotificationClocks(properties.noticeWindowDays());
        log.info("Sex offender register: policy {}, {} qualifying offences from {}, zone {}", policy.name(),
                offences.registrable().size(), properties.offencesFile(), properties.zone());
    }

    public NotificationPolicy policy() {
        return policy;
    }

    public OffenceCatalogue offences() {
        return offences;
    }

    public NotificationClocks clocks() {
        return clocks;
    }

    public RegisterProperties properties() {
        return properties;
    }

    public ZoneId zone() {
        return properties.zone();
    }

    /** Today in the register's zone: due dates are days there. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    public LocalDateTime localNow() {
        return LocalDateTime.now(clock.withZone(properties.zone()));
    }
}
