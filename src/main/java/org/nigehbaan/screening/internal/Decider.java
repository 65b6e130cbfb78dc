package org.nigehbaan.screening.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.nigehbaan.matching.DobAgreement;
import org.nigehbaan.matching.Match;
import org.nigehbaan.matching.Reason;
import org.nigehbaan.matching.Traveller;
import org.nigehbaan.register.RegisterDirectory;
import org.nigehbaan.register.RegistrantId;
import org.nigehbaan.register.TravelCoverage;
import org.nigehbaan.screening.Decision;
import org.nigehbaan.screening.Hit;
import org.nigehbaan.screening.Purpose;
import org.nigehbaan.screening.ReviewOutcome;
import org.nigehbaan.screening.ScreeningPolicy;
import org.nigehbaan.screening.index.Listing;
import org.nigehbaan.screening.index.ScreeningIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The decision policy (DOMAIN.md, "Screening"), applied hit by hit: an equal document or CNIC, or a strong name
 * with an exactly agreeing full date of birth, or an officer's earlier confirmation, is a STOP; any other match
 * above the REFER threshold is a REFER; a listing an officer found was not this traveller no longer refers them
 * (unless a document or CNIC is equal: that outranks any review). At exit, a registered sex offender is
 * referred when no travel notification covers the departure.
 */
@Component
public class Decider {

    private static final Logger log = LoggerFactory.getLogger(Decider.class);

    private final ScreeningPolicy policy;
    private final Reviews reviews;
    private final RegisterDirectory register;

    Decider(ScreeningPolicy policy, Reviews reviews, RegisterDirectory register) {
        this.policy = policy;
        this.reviews = reviews;
        this.register = register;
    }

    /** The hits that count, best first, and the keys of those an earlier review set aside. */
    public record Outcome(Decision decision, List<Hit> hits, List<String> setAside) {
    }

    public Outcome decide(Purpose purpose, Traveller traveller, List<ScreeningIndex.IndexedMatch> matches,
                          LocalDate today) {
        // Most screenings have no hit: the traveller's fingerprints are worked out only when a review may apply.
        Set<String> fingerprints = null;
        List<Hit> hits = new ArrayList<>();
        List<String> setAside = new ArrayList<>();
        for (ScreeningIndex.IndexedMatch im : matches) {
            Match m = im.match();
            Listing l = im.listing();
            List<Hit.HitReason> reasons = new ArrayList<>();
            for (Reason r : m.reasons()) {
                reasons.add(new Hit.HitReason(r.feature(), r.detail()));
            }
            Decision d;
            if (l.source() == Listing.Source.REGISTER) {
                if (purpose != Purpose.EXIT || !policy.registerCheckAtExit()) {
                    continue;
                }
                TravelCoverage coverage = coverage(l, today, reasons);
                if (coverage == TravelCoverage.COVERED || coverage == TravelCoverage.NOT_SUBJECT_TO_NOTIFICATION) {
                    continue;
                }
                d = Decision.REFER;
            } else {
                if (fingerprints == null) {
                    fingerprints = TravellerFingerprints.of(traveller);
                }
                var review = reviews.find(l.key(), fingerprints);
                boolean certain = m.facts().identifierEqual();
                if (review.isPresent() && review.get().outcome() == ReviewOutcome.NOT_THIS_PERSON && !certain) {
                    setAside.add(l.key());
                    continue;
                }
                if (certain) {
                    d = Decision.STOP;
                } else if (review.isPresent() && review.get().outcome() == ReviewOutcome.CONFIRMED) {
                    d = Decision.STOP;
                    reasons.add(0, new Hit.HitReason("review", "confirmed as this traveller by review "
                            + review.get().reviewId() + " on " + review.get().at().toString().substring(0, 10)));
                } else if (m.score() >= policy.stopThreshold() && m.facts().dobAgreement() == DobAgreement.EXACT
                        && traveller.dateOfBirth() != null && traveller.dateOfBirth().isComplete()
                        && !m.facts().weakAliasOnly()) {
                    d = Decision.STOP;
                } else {
                    d = Decision.REFER;
                }
            }
            hits.add(new Hit(l.key(), l.source() == Listing.Source.CONTROL_LIST ? l.sourceId() : null,
                    l.source() == Listing.Source.REGISTER ? l.sourceId() : null, l.externalId(), l.list(), l.ground(),
                    Math.round(m.score() * 1000) / 1000.0, m.matchedName(), d, reasons));
        }
        hits.sort(Comparator.comparing(Hit::decision).reversed().thenComparing(Comparator.comparingDouble(Hit::score).reversed()));
        if (hits.size() > policy.maxHits()) {
            hits = new ArrayList<>(hits.subList(0, policy.maxHits()));
        }
        Decision overall = hits.stream().map(Hit::decision).reduce(Decision.CLEAR, Decision::max);
        return new Outcome(overall, List.copyOf(hits), List.copyOf(setAside));
    }

    /** The register's answer; when the database cannot say, the traveller is referred rather than waved through. */
    private TravelCoverage coverage(Listing l, LocalDate today, List<Hit.HitReason> reasons) {
        try {
            TravelCoverage c = register.travelCoverage(new RegistrantId(l.sourceId()), today, null);
            if (c == TravelCoverage.NOT_NOTIFIED) {
                reasons.add(0, new Hit.HitReason("register", "registered sex offender: no travel notification covers "
                        + "a departure on " + today));
            }
            return c;
        } catch (DataAccessException e) {
            log.warn("screening: travel notifications of registrant {} could not be checked", l.sourceId());
            reasons.add(0, new Hit.HitReason("register", "registered sex offender: travel notifications could not be "
                    + "checked (database unavailable)"));
            return TravelCoverage.NOT_NOTIFIED;
        }
    }
}
