package org.nigehbaan.screening.web;

import org.nigehbaan.screening.ScreeningService;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of the screening index: OUT_OF_SERVICE while it loads, UP when it answers (degraded while the
 * database is away: screening still works, from memory).
 */
@Component("screeningIndexHealthIndicator")
class ScreeningIndexHealth implements HealthIndicator {

    private final ScreeningService screening;

    ScreeningIndexHealth(ScreeningService screening) {
        this.screening = screening;
    }

    @Override
    public Health health() {
        ScreeningService.Status s = screening.status();
        Health.Builder b = s.ready() ? Health.up() : Health.outOfService();
        return b.withDetail("listedIdentities", s.listedIdentities()).withDetail("degraded", s.degraded())
                .withDetail("logBacklog", s.logBacklog()).build();
    }
}
