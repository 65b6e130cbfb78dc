package org.nigehbaan.childprotection.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.nigehbaan.identity.Person;
import org.nigehbaan.matching.ListedIdentity;
import org.nigehbaan.matching.Match;
import org.nigehbaan.matching.MatchingEngine;
import org.nigehbaan.matching.Traveller;
import org.nigehbaan.register.RegisterDirectory;
import org.nigehbaan.register.RegisteredIdentity;
import org.nigehbaan.register.RegistrantId;
import org.nigehbaan.register.RegistrantIdentityPublished;
import org.nigehbaan.register.RegistrantIdentityWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Suspects against the sex offender register, through the matching engine: an in-memory index of everyone
 * subject to notification, loaded from {@link RegisterDirectory} on first use, kept current from the register's
 * {@link RegistrantIdentityPublished} and {@link RegistrantIdentityWithdrawn} events, and reloaded in full every
 * {@code nigehbaan.child-reports.registrant-refresh} (default 10 minutes) so that an instance also sees changes
 * made on another one.
 */
@Component
public class RegistrantMatcher {

    private final RegisterDirectory directory;
    private final Clock clock;
    private final Duration refresh;
    private volatile MatchingEngine engine;
    private volatile Instant loadedAt;

    RegistrantMatcher(RegisterDirectory directory, Clock clock,
                      @org.springframework.beans.factory.annotation.Value(
                              "${nigehbaan.child-reports.registrant-refresh:PT10M}") Duration refresh) {
        this.directory = directory;
        this.clock = clock;
        this.refresh = refresh;
    }

    /** A suspect's matches among registrants, best first, from {@code minScore}. */
    public List<Match> match(ParsedReport.Suspect suspect, double minScore) {
        if (suspect.names().isEmpty()) {
            return List.of();
        }
        Traveller t = new Traveller(suspect.names(), false, null, suspect.dateOfBirth(), null, null, suspect.cnic(),
                suspect.passportNumbers());
        return engine().match(t, 5, minScore);
    }

    /** The registrant behind a match's id ({@code SOR-42}). */
    public static RegistrantId registrant(Match m) {
        return new RegistrantId(Long.parseLong(m.id().substring(RegistrantId.INDEX_PREFIX.length())));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(RegistrantIdentityPublished e) {
        MatchingEngine m = engine;
        if (m != null) {
            m.upsert(identity(e.registrantId(), e.person()));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(RegistrantIdentityWithdrawn e) {
        MatchingEngine m = engine;
        if (m != null) {
            m.remove(e.registrantId().indexKey());
        }
    }

    /** Forgets the index; the next match loads it again. */
    @EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    public void reset() {
        engine = null;
    }

    private MatchingEngine engine() {
        MatchingEngine m = engine;
        Instant now = clock.instant();
        if (m == null || loadedAt == null || now.isAfter(loadedAt.plus(refresh)) || now.isBefore(loadedAt)) {
            synchronized (this) {
                m = engine;
                if (m == null || loadedAt == null || now.isAfter(loadedAt.plus(refresh)) || now.isBefore(loadedAt)) {
                    MatchingEngine fresh = new MatchingEngine();
                    List<ListedIdentity> all = new ArrayList<>();
                    directory.forEachNotifiableIdentity(r -> all.add(identity(r)));
                    fresh.upsertAll(all);
                    engine = fresh;
                    loadedAt = now;
                    m = fresh;
                }
            }
        }
        return m;
    }

    private static ListedIdentity identity(RegisteredIdentity r) {
        return identity(r.registrantId(), r.person());
    }

    private static ListedIdentity identity(RegistrantId id, Person p) {
        return ListedIdentity.of(id.indexKey(), p);
    }
}
