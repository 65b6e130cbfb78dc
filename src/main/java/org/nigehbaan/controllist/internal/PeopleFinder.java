package org.nigehbaan.controllist.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nigehbaan.controllist.EntrySummary;
import org.nigehbaan.controllist.PersonMatch;
import org.nigehbaan.identity.Person;
import org.nigehbaan.matching.ListedIdentity;
import org.nigehbaan.matching.Match;
import org.nigehbaan.matching.MatchingEngine;
import org.nigehbaan.matching.NameSkeletons;
import org.nigehbaan.matching.Traveller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds people on the control lists the way screening does: the database narrows the entries to those sharing a
 * name part's consonants (so Mohammed finds Muhammad, Yousaf finds Yusuf; an Urdu name is transliterated first,
 * محمد آصف finds Muhammad Asif) or an identifier, then the matching engine scores each candidate against what
 * was asked and explains it. A search is a scan of the name column, bounded by {@link #CANDIDATES}.
 */
@Component
public class PeopleFinder {

    /** Candidates the engine compares at most: a name part shared by more entries is too common to search on alone. */
    static final int CANDIDATES = 2_000;

    private final JdbcClient jdbc;
    private final EntryRepository entries;

    PeopleFinder(JdbcClient jdbc, EntryRepository entries) {
        this.jdbc = jdbc;
        this.entries = entries;
    }

    /** Entries that may be the person described, best first, scoring at least {@code minScore}. */
    public List<PersonMatch> find(Traveller who, double minScore, int limit, Instant now) {
        NameSkeletons.Skeletons names = NameSkeletons.of(who.names());
        Set<String> patterns = names.patterns();
        Set<String> urdu = new LinkedHashSet<>();
        names.urduWords().forEach(w -> urdu.add("%" + w + "%"));
        List<String> documents = who.passportNumbers().stream().map(n -> n.value()).toList();
        String cnic = who.cnic() == null ? null : who.cnic().digits();
        if (patterns.isEmpty() && urdu.isEmpty() && documents.isEmpty() && cnic == null) {
            return List.of();
        }
        List<ControlListEntry> candidates = jdbc.sql("""
                        select * from cl_entry e where (e.search_text ~ any(:patterns::text[]) or e.name_urdu like any(:urdu::text[])
                            or e.cnic = :cnic or e.passport_numbers && :documents::text[])
                        order by e.id desc limit :limit""")
                .param("patterns", patterns.toArray(String[]::new)).param("urdu", urdu.toArray(String[]::new))
                .param("cnic", cnic).param("documents", documents.toArray(String[]::new)).param("limit", CANDIDATES)
                .query((rs, n) -> entries.map(rs)).list();
        List<PersonMatch> out = new ArrayList<>();
        for (ControlListEntry e : candidates) {
            Match m = MatchingEngine.compare(who, identity(e));
            if (m.score() >= minScore) {
                out.add(new PersonMatch(summary(e, now), m.score(),
                        m.reasons().isEmpty() ? "" : m.reasons().get(0).feature() + ": " + m.reasons().get(0).detail()));
            }
        }
        out.sort(Comparator.comparingDouble(PersonMatch::score).reversed());
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    private static ListedIdentity identity(ControlListEntry e) {
        return ListedIdentity.of("CL-" + e.id, e.person);
    }

    private static EntrySummary summary(ControlListEntry e, Instant now) {
        Person p = e.person;
        return new EntrySummary(e.id, e.externalId, e.list, e.ground, e.effectiveStatus(now), p.fullName(),
                p.dateOfBirth() == null ? null : p.dateOfBirth().toString(),
                p.cnic() == null ? null : p.cnic().formatted(), e.effectiveFrom, e.expiresOn,
                e.pendingChange == null ? null : e.pendingChange.name(), e.proposedBy);
    }
}
