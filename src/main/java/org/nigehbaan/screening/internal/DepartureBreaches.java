package org.nigehbaan.screening.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.nigehbaan.accounts.AccountService;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.register.ComplianceService;
import org.nigehbaan.register.RegistrantId;
import org.nigehbaan.screening.ReviewOutcome;
import org.nigehbaan.screening.ReviewRecorded;
import org.nigehbaan.screening.index.Listing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A registered sex offender confirmed at an exit counter is leaving without a travel notification (the register
 * hit is raised only then): the register records an UNNOTIFIED_DEPARTURE breach for the registrant's police, as
 * docs/register.md promises, with the officer who confirmed it as its author. Once per screened hit, however
 * often it is confirmed.
 */
@Component
class DepartureBreaches {

    private static final Logger log = LoggerFactory.getLogger(DepartureBreaches.class);

    private final JdbcClient jdbc;
    private final ComplianceService compliance;
    private final AccountService accounts;
    private final ZoneId zone;

    DepartureBreaches(JdbcClient jdbc, ComplianceService compliance, AccountService accounts,
                      @Value("${nigehbaan.control-list.zone:Asia/Karachi}") ZoneId zone) {
        this.jdbc = jdbc;
        this.compliance = compliance;
        this.accounts = accounts;
        this.zone = zone;
    }

    /** The screening a review belongs to, as far as a breach needs it. */
    record Confirmed(String reviewer, String purpose, String location, java.sql.Timestamp at, boolean first) {
    }

    @ApplicationModuleListener
    void on(ReviewRecorded e) {
        if (e.outcome() != ReviewOutcome.CONFIRMED || !e.hitKey().startsWith(Listing.REGISTER_PREFIX)) {
            return;
        }
        Optional<Confirmed> c = jdbc.sql("""
                        select r.reviewer, s.purpose, s.location, s.at,
                               not exists (select 1 from scr_review o where o.screening_id = r.screening_id
                                           and o.hit_key = r.hit_key and o.outcome = 'CONFIRMED' and o.id < r.id) as first
                        from scr_review r join scr_screening s on s.id = r.screening_id where r.id = ?""")
                .param(e.reviewId())
                .query((rs, n) -> new Confirmed(rs.getString("reviewer"), rs.getString("purpose"),
                        rs.getString("location"), rs.getTimestamp("at"), rs.getBoolean("first")))
                .optional();
        if (c.isEmpty() || !c.get().purpose().equals("EXIT") || !c.get().first()) {
            return;
        }
        Actor officer = accounts.findActor(c.get().reviewer()).orElse(Actor.SYSTEM);
        long registrant = Long.parseLong(e.hitKey().substring(Listing.REGISTER_PREFIX.length()));
        LocalDate on = c.get().at().toInstant().atZone(zone).toLocalDate();
        String place = c.get().location() == null ? "an exit counter" : c.get().location();
        try {
            long breach = compliance.reportUnnotifiedDeparture(new RegistrantId(registrant), on, place, officer);
            log.info("screening: review {} confirmed registrant {} at exit: breach {}", e.reviewId(), registrant, breach);
        } catch (org.nigehbaan.common.DomainException ended) {
            // No longer subject to notification (the period ended since the screening): nothing to breach.
            log.info("screening: review {}: registrant {} no longer subject to notification", e.reviewId(), registrant);
        }
    }
}
