package org.nigehbaan.register;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditRecord;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.identity.Cnic;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.identity.PassportNumber;
import org.nigehbaan.identity.Violations;
import org.nigehbaan.matching.ListedIdentity;
import org.nigehbaan.matching.MatchThresholds;
import org.nigehbaan.matching.MatchingEngine;
import org.nigehbaan.matching.NameSkeletons;
import org.nigehbaan.matching.Traveller;
import org.nigehbaan.register.internal.DisclosureRepository;
import org.nigehbaan.register.internal.DistrictScope;
import org.nigehbaan.register.internal.Inputs;
import org.nigehbaan.register.internal.NameKeys;
import org.nigehbaan.register.internal.RegisterAccess;
import org.nigehbaan.register.internal.RegisterSettings;
import org.nigehbaan.register.internal.RegistrantRepository;
import org.nigehbaan.register.internal.RegistrantRow;
import org.nigehbaan.register.internal.RegistrantViews;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Purpose-bound access to the register. Searching needs a purpose, and for a police request the named suspect,
 * the sexual-crime FIR, the requesting officer and the forwarding prosecutor (and such a search looks for that
 * suspect only: another name is refused, and a CNIC or passport number finds a registrant only when the names
 * agree too); opening a record needs a purpose
 * or the search it came from. Every search and every view is logged as a disclosure (who, why, what was shown)
 * in the same transaction as the answer, and audited; auditors read the log.
 */
@Service
public class DisclosureService {

    public static final int MAX_RESULTS = 50;
    /** Registrants sharing a name part's consonants that the engine scores at most, per search. */
    static final int SIMILAR_CANDIDATES = 2_000;
    static final String SEARCH_SHOWS = "search results: registrant number, full name, aliases, father's name, "
            + "date of birth, district, status";
    static final String VIEW_SHOWS = "full record: identity, photo and biometric references, addresses, convictions, "
            + "notification terms, duties, notifications, travel, breaches, PCL proposals";

    private final RegistrantRepository registrants;
    private final DisclosureRepository disclosures;
    private final RegisterSettings settings;
    private final RegisterAccess access;
    private final RegistrantViews views;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    DisclosureService(RegistrantRepository registrants, DisclosureRepository disclosures, RegisterSettings settings,
                      RegisterAccess access, RegistrantViews views, AuditLog audit, JsonMapper json, Clock clock) {
        this.registrants = registrants;
        this.disclosures = disclosures;
        this.settings = settings;
        this.access = access;
        this.views = views;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Searches the officer's districts for registrants (not removed) matching the name (every name key), the
     * CNIC or a passport number.
     *
     * @throws InvalidInputException naming each missing or bad field
     * @throws DomainException UNPROCESSABLE when a police request is older than the forwarding limit
     */
    @Transactional
    public SearchResult search(SearchRequest in, Actor by) {
        DistrictScope scope = access.officerScope(by);
        if (in == null) {
            throw new InvalidInputException("body", "is required");
        }
        Violations v = new Violations();
        DisclosurePurpose purpose = purpose(v, in.purpose());
        String reference = Inputs.text(v, "reference", in.reference(), purpose == DisclosurePurpose.COURT_ORDER, 100);
        String suspect = null;
        String firNumber = null;
        String firStation = null;
        List<String> firOffences = null;
        String officer = null;
        String prosecutor = null;
        Instant askedAt = null;
        if (purpose == DisclosurePurpose.POLICE_INVESTIGATION) {
            suspect = Inputs.text(v, "suspectName", in.suspectName(), true, 200);
            firNumber = Inputs.text(v, "firNumber", in.firNumber(), true, 50);
            if (firNumber != null && !firNumber.matches(".*\\d.*")) {
                v.add("firNumber", "'" + firNumber + "' is not an FIR number: it has no digits");
            }
            firStation = Inputs.text(v, "firPoliceStation", in.firPoliceStation(), true, 200);
            firOffences = firOffences(v, in.firOffences());
            officer = Inputs.text(v, "requestingOfficer", in.requestingOfficer(), true, 200);
            prosecutor = Inputs.text(v, "prosecutor", in.prosecutor(), true, 200);
            if (in.policeRequestedAt() == null || in.policeRequestedAt().isBlank()) {
                v.add("policeRequestedAt", "is required: when the police asked (yyyy-MM-ddTHH:mm)");
            } else {
                LocalDateTime asked = Inputs.dateTime(v, "policeRequestedAt", in.policeRequestedAt());
                if (asked != null) {
                    askedAt = asked.atZone(settings.zone()).toInstant();
                    if (askedAt.isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
                        v.add("policeRequestedAt", asked + " is in the future");
                    }
                }
            }
        } else if (hasAny(in.suspectName(), in.firNumber(), in.firPoliceStation(), in.requestingOfficer(),
                in.prosecutor(), in.policeRequestedAt()) || (in.firOffences() != null && !in.firOffences().isEmpty())) {
            v.add("purpose", "police request details were given: use POLICE_INVESTIGATION");
        }
        String name = Inputs.text(v, "name", in.name(), false, 200);
        List<String> suspectKeys = NameKeys.of(suspect);
        if (suspect != null && name != null && !new java.util.HashSet<>(NameKeys.of(name)).equals(
                new java.util.HashSet<>(suspectKeys))) {
            v.add("name", "a police request searches only for the suspect it names (" + suspect
                    + "): leave name empty, or give that name");
        }
        if (name == null && suspect != null) {
            name = suspect;
        }
        List<String> keys = NameKeys.of(name);
        if (name != null && keys.isEmpty()) {
            v.add("name", "has no name besides titles and honorifics");
        }
        Cnic cnic = v.parseOptional("cnic", in.cnic(), Cnic::parse);
        PassportNumber passport = v.parseOptional("passportNumber", in.passportNumber(), PassportNumber::parse);
        PartialDate dob = v.parseOptional("dateOfBirth", in.dateOfBirth(), PartialDate::parse);
        if (name == null && blank(in.cnic()) && blank(in.passportNumber())) {
            v.add("name", "give a name, CNIC or passport number to search for");
        }
        v.throwIfAny();
        if (askedAt != null && Duration.between(askedAt, clock.instant()).compareTo(
                settings.properties().policeRequestMaxAge()) > 0) {
            throw DomainException.unprocessable("Police request too old", "The police asked at "
                    + in.policeRequestedAt().strip() + ", more than "
                    + settings.properties().policeRequestMaxAge().toHours()
                    + " hours ago: a request is forwarded by the prosecutor within that time; ask for a new one");
        }
        if (scope.isEmpty()) {
            throw DomainException.forbidden("Your account has no district: ask an administrator to set it or grant one");
        }

        String[] districts = scope.all() ? null : scope.keys();
        List<RegistrantRow> rows = new ArrayList<>(registrants.search(districts, keys,
                cnic == null ? null : cnic.digits(), passport == null ? null : passport.value(), MAX_RESULTS));
        // Then the people the matching engine finds under other spellings or in Urdu script, best first.
        rows.addAll(similarlyNamed(districts, name, dob, rows));
        Traveller suspectAsked = suspect == null ? null : asked(suspect, null);
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (RegistrantRow r : rows) {
            if (hits.size() == MAX_RESULTS) {
                break;
            }
            boolean documentMatch = (cnic != null && cnic.equals(r.person().cnic()))
                    || (passport != null && r.person().passportNumbers().contains(passport));
            if (!documentMatch && dob != null && r.person().dateOfBirth() != null
                    && !dob.isCompatibleWith(r.person().dateOfBirth())) {
                continue; // a name match whose known date of birth disagrees
            }
            if (purpose == DisclosurePurpose.POLICE_INVESTIGATION
                    && !NameKeys.all(r.person().allNames()).containsAll(suspectKeys)
                    && score(suspectAsked, r) < MatchThresholds.REFER) {
                continue; // a police request discloses only the suspect it names, whatever document it gives
            }
            hits.add(new SearchResult.Hit(r.id(), r.person().fullName(), r.person().aliases(), r.person().fatherName(),
                    r.person().dateOfBirth() == null ? null : r.person().dateOfBirth().toString(), r.district(),
                    r.status()));
        }
        Map<String, Object> criteria = new LinkedHashMap<>();
        criteria.put("name", name);
        criteria.put("cnic", cnic == null ? null : cnic.formatted());
        criteria.put("passportNumber", passport == null ? null : passport.value());
        criteria.put("dateOfBirth", dob == null ? null : dob.toString());
        criteria.put("scope", scope.describe());
        Instant now = clock.instant();
        long id = disclosures.insert(new Disclosure(0, now, by.username(), by.agency(), "SEARCH", purpose, reference,
                firNumber, firStation, firOffences, suspect, officer, prosecutor, askedAt, null,
                json.writeValueAsString(criteria), hits.stream().map(SearchResult.Hit::registrantId).toList(),
                SEARCH_SHOWS));
        audit.append(AuditRecord.of(by.username(), "register.search.performed", "Disclosure", id)
                .with("purpose", purpose).with("results", hits.size()).with("firNumber", firNumber));
        return new SearchResult(id, purpose, hits);
    }

    /** Registrants a name search passes over that the engine scores at REFER or more, best first. */
    private List<RegistrantRow> similarlyNamed(String[] districts, String name, PartialDate dob,
                                               List<RegistrantRow> already) {
        if (name == null) {
            return List.of();
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        already.forEach(r -> seen.add(r.id()));
        Traveller asked = asked(name, dob);
        List<Map.Entry<RegistrantRow, Double>> scored = new ArrayList<>();
        for (RegistrantRow r : registrants.similarlyNamed(districts, NameSkeletons.of(List.of(name)).patterns(),
                SIMILAR_CANDIDATES)) {
            if (seen.contains(r.id())) {
                continue;
            }
            double score = score(asked, r);
            if (score >= MatchThresholds.REFER) {
                scored.add(Map.entry(r, score));
            }
        }
        scored.sort(Map.Entry.<RegistrantRow, Double>comparingByValue().reversed());
        return scored.stream().map(Map.Entry::getKey).toList();
    }

    /** A name asked for (and a date of birth, when given), as the engine takes it. */
    private static Traveller asked(String name, PartialDate dob) {
        return new Traveller(List.of(name), false, null, dob, null, null, null, List.of());
    }

    /** The engine's score of a registrant against what was asked. */
    private static double score(Traveller asked, RegistrantRow r) {
        return MatchingEngine.compare(asked, ListedIdentity.of(new RegistrantId(r.id()).indexKey(), r.person())).score();
    }

    /**
     * Opens a registrant's record. With {@code searchId}, the view inherits the purpose of that search (which
     * must be the officer's own and must have found this registrant); otherwise a purpose is required:
     * OFFENDER_MANAGEMENT, or COURT_ORDER with its reference. A police request is answered only through a search
     * for the named suspect.
     */
    @Transactional
    public RegistrantRecord view(RegistrantId id, String purpose, String reference, Long searchId, Actor by) {
        access.officerScope(by);
        Violations v = new Violations();
        DisclosurePurpose p;
        String ref;
        Disclosure search = null;
        if (searchId != null) {
            search = disclosures.find(searchId).filter(d -> d.kind().equals("SEARCH")).orElse(null);
            if (search == null || !search.actor().equalsIgnoreCase(by.username())) {
                throw new InvalidInputException("searchId", "is not a search of yours");
            }
            if (!search.registrantIds().contains(id.value())) {
                throw new InvalidInputException("searchId", "search " + searchId + " did not find registrant " + id);
            }
            p = search.purpose();
            ref = search.reference();
        } else {
            if (blank(purpose)) {
                v.add("purpose", "is required: why you are opening this record (OFFENDER_MANAGEMENT, COURT_ORDER), "
                        + "or the searchId that found it");
            }
            p = purpose(v, purpose);
            if (p == DisclosurePurpose.POLICE_INVESTIGATION) {
                v.add("purpose", "a police request is answered through a search for the named suspect: give its searchId");
            }
            ref = Inputs.text(v, "reference", reference, p == DisclosurePurpose.COURT_ORDER, 100);
        }
        v.throwIfAny();
        RegistrantRow r = access.findInScope(id, by);
        RegistrantRecord record = views.record(r);
        long disclosureId = disclosures.insert(new Disclosure(0, clock.instant(), by.username(), by.agency(), "VIEW", p,
                ref, search == null ? null : search.firNumber(), search == null ? null : search.firPoliceStation(),
                search == null ? null : search.firOffences(), search == null ? null : search.suspectName(),
                search == null ? null : search.requestingOfficer(), search == null ? null : search.prosecutor(),
                search == null ? null : search.policeRequestedAt(), searchId, null, List.of(r.id()), VIEW_SHOWS));
        audit.append(AuditRecord.of(by.username(), "register.registrant.viewed", "Registrant", r.id())
                .with("disclosure", disclosureId).with("purpose", p).with("searchId", searchId));
        return record;
    }

    /** The disclosure log, newest first; auditors only. */
    @Transactional
    public PageResult<Disclosure> disclosures(String actor, String purpose, Long registrantId, Instant from,
                                              Instant to, PageRequest page, Actor by) {
        RegisterAccess.requireAny(by, Role.AUDITOR);
        Violations v = new Violations();
        DisclosurePurpose p = blank(purpose) ? null : purpose(v, purpose);
        v.throwIfAny();
        DisclosureRepository.Query q = new DisclosureRepository.Query(blank(actor) ? null : actor.strip(), p,
                registrantId, from, to);
        PageResult<Disclosure> result = new PageResult<>(disclosures.page(q, page.size(), page.offset()), page.page(),
                page.size(), disclosures.count(q));
        audit.append(AuditRecord.of(by.username(), "register.disclosures.listed", "Disclosure", null)
                .with("actor", q.actor()).with("purpose", p).with("registrantId", registrantId).with("from", from)
                .with("to", to).with("page", page.page()).with("returned", result.items().size())
                .with("total", result.total()));
        return result;
    }

    /** The FIR's sections as cited; at least one must be a sexual offence in the catalogue. */
    private List<String> firOffences(Violations v, List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            v.add("firOffences", "is required: the sections the FIR cites, e.g. PPC 376");
            return null;
        }
        if (raw.size() > 20) {
            v.add("firOffences", "has more than 20 sections");
            return null;
        }
        List<String> cited = new ArrayList<>();
        boolean sexual = false;
        int before = v.list().size();
        for (int i = 0; i < raw.size(); i++) {
            String s = raw.get(i);
            if (s == null || s.isBlank()) {
                v.add("firOffences[" + i + "]", "is blank");
                continue;
            }
            try {
                var known = settings.offences().parseKnown(s);
                sexual |= known.isPresent();
                cited.add(known.map(c -> c.citation()).orElse(s.strip()));
            } catch (IllegalArgumentException e) {
                v.add("firOffences[" + i + "]", e.getMessage());
            }
        }
        if (v.list().size() == before && !sexual) {
            v.add("firOffences", "none of " + cited + " is a sexual offence: the register answers police requests "
                    + "only for a suspect in a sexual-crime FIR");
        }
        return cited;
    }

    private static DisclosurePurpose purpose(Violations v, String raw) {
        if (blank(raw)) {
            if (v.list().stream().noneMatch(f -> f.field().equals("purpose"))) {
                v.add("purpose", "is required: one of OFFENDER_MANAGEMENT, POLICE_INVESTIGATION, COURT_ORDER");
            }
            return null;
        }
        return v.parseOptional("purpose", raw, DisclosurePurpose::parse);
    }

    private static boolean hasAny(String... values) {
        for (String s : values) {
            if (!blank(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
