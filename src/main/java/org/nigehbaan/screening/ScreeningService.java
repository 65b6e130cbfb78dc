package org.nigehbaan.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.PayloadTooLargeException;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.identity.Person;
import org.nigehbaan.identity.PersonInput;
import org.nigehbaan.identity.mrz.MrzParser;
import org.nigehbaan.identity.mrz.MrzRecord;
import org.nigehbaan.matching.Traveller;
import org.nigehbaan.screening.index.IndexFollower;
import org.nigehbaan.screening.index.ScreeningIndex;
import org.nigehbaan.screening.internal.Decider;
import org.nigehbaan.screening.internal.ScreeningLog;
import org.nigehbaan.screening.paxlst.PaxlstError;
import org.nigehbaan.screening.paxlst.PaxlstManifest;
import org.nigehbaan.screening.paxlst.PaxlstParser;
import org.nigehbaan.screening.paxlst.PaxlstTraveller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Screens travellers: from typed fields, an MRZ, a CSV batch or a PAXLST manifest. Nothing here touches the
 * database on the way to an answer (the index, the reviews and the log queue are in memory), so screening goes
 * on, flagged degraded, while the database is down. Deliberately not transactional.
 */
@Service
public class ScreeningService {

    public static final List<String> BATCH_COLUMNS = List.of("ref", "full_name", "date_of_birth", "nationality",
            "gender", "passport_number", "cnic");

    private final ScreeningIndex index;
    private final Decider decider;
    private final ScreeningLog screeningLog;
    private final IndexFollower follower;
    private final ScreeningPolicy policy;
    private final JsonMapper json;
    private final Clock clock;
    private final ZoneId zone;
    private final MrzParser mrz;
    private final PaxlstParser paxlst = new PaxlstParser();

    ScreeningService(ScreeningIndex index, Decider decider, ScreeningLog screeningLog, IndexFollower follower,
                     ScreeningPolicy policy, JsonMapper json, Clock clock,
                     @Value("${nigehbaan.control-list.zone:Asia/Karachi}") ZoneId zone) {
        this.index = index;
        this.decider = decider;
        this.screeningLog = screeningLog;
        this.follower = follower;
        this.policy = policy;
        this.json = json;
        this.clock = clock;
        this.zone = zone;
        this.mrz = new MrzParser(clock);
    }

    /**
     * Screens one traveller.
     *
     * @throws InvalidInputException naming bad fields (400)
     * @throws org.nigehbaan.identity.mrz.InvalidMrzException naming the failed check (422)
     * @throws DomainException UNAVAILABLE while the index is still loading (503)
     */
    public ScreeningResult screen(ScreeningRequest request, Actor by) {
        long start = System.nanoTime();
        Purpose purpose = allowed(purpose(request.purpose()), by);
        String location = location(request.location());
        boolean typed = request.traveller() != null;
        boolean scanned = request.mrz() != null && !request.mrz().isBlank();
        if (typed == scanned) {
            throw new InvalidInputException(typed ? "mrz" : "traveller",
                    typed ? "give either traveller or mrz, not both" : "is required (or give mrz)");
        }
        PersonInput person;
        boolean fromMrz = false;
        if (scanned) {
            MrzRecord record = mrz.parse(request.mrz());
            person = record.toPersonInput();
            fromMrz = true;
        } else {
            person = request.traveller();
        }
        Person p = Person.fromInput(person, scanned ? "mrz" : "traveller");
        return screen(purpose, location, p, fromMrz, scanned ? "MRZ" : "FORM", null, by, start);
    }

    /**
     * Screens a CSV batch ({@link #BATCH_COLUMNS}); bad rows are reported, the rest screened. The whole batch is
     * read first: one traveller over the cap ({@code nigehbaan.screening.max-batch}) stops the reading there and
     * refuses the batch (413) before anyone is screened or logged.
     */
    public BatchResult screenCsv(String purposeName, String location, InputStream csv, Actor by) {
        long start = System.nanoTime();
        Purpose purpose = allowed(purpose(purposeName), by);
        String where = location(location);
        String batchRef = "CSV-" + UUID.randomUUID();
        List<BatchResult.Item> results = new ArrayList<>();
        List<BatchResult.Problem> errors = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> missing = BATCH_COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException("header", "lacks the columns " + missing + "; expected " + BATCH_COLUMNS);
            }
            int n = 0;
            List<String> refs = new ArrayList<>();
            List<Person> travellers = new ArrayList<>();
            for (CSVRecord r : parser) {
                if (++n > policy.maxBatch()) {
                    throw tooManyTravellers();
                }
                String ref = value(r, "ref");
                if (ref == null) {
                    ref = "line " + (r.getRecordNumber() + 1);
                }
                try {
                    String passport = value(r, "passport_number");
                    travellers.add(Person.fromInput(new PersonInput(value(r, "full_name"), List.of(), null, null,
                            value(r, "date_of_birth"), value(r, "gender"), value(r, "nationality"), value(r, "cnic"),
                            passport == null ? List.of() : List.of(passport)), ""));
                    refs.add(ref);
                    results.add(null); // screened below, once the whole batch is read
                } catch (InvalidInputException e) {
                    errors.add(new BatchResult.Problem(ref, null, e.getMessage()));
                    // A passenger who cannot be screened is referred to an officer, never dropped.
                    results.add(BatchResult.Item.unscreened(ref, value(r, "full_name"), e.getMessage()));
                }
            }
            // Screen in file order: each placeholder left above takes the next traveller's result.
            int next = 0;
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i) == null) {
                    Person p = travellers.get(next);
                    ScreeningResult s = screen(purpose, where, p, false, "CSV", batchRef, by, System.nanoTime());
                    results.set(i, new BatchResult.Item(refs.get(next), p.fullName(), s.id(), s.decision(), s.hits()));
                    next++;
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("body", "is not readable CSV: " + e.getMessage());
        }
        return new BatchResult(results, errors, (System.nanoTime() - start) / 1_000);
    }

    /**
     * Screens every traveller in a PAXLST manifest (passengers and crew); the manifest's own problems (count
     * mismatches, bad characters...) are reported in {@code errors} beside the results. Read as a stream: one
     * traveller over the cap stops the reading there and refuses the manifest (413) before anyone is screened.
     */
    public BatchResult screenManifest(String purposeName, String location, InputStream edifact, Actor by) {
        long start = System.nanoTime();
        Purpose purpose = allowed(purpose(purposeName), by);
        String where = location(location);
        PaxlstManifest manifest;
        try {
            manifest = paxlst.parse(edifact, policy.maxBatch());
        } catch (PaxlstParser.TooManyTravellers e) {
            throw tooManyTravellers();
        }
        String batchRef = "PAXLST-" + (manifest.interchange() == null ? UUID.randomUUID()
                : manifest.interchange().controlReference());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<BatchResult.Problem> errors = new ArrayList<>();
        for (PaxlstError e : manifest.errors()) {
            errors.add(new BatchResult.Problem(null, e.tag() + " (segment " + e.segment() + ")", e.message()));
        }
        List<PaxlstTraveller> travellers = manifest.travellers();
        BatchResult.Item[] items = new BatchResult.Item[travellers.size()];
        BatchResult.Problem[] problems = new BatchResult.Problem[travellers.size()];
        // Two cores: screen the passengers side by side; each screening is independent.
        java.util.stream.IntStream.range(0, travellers.size()).parallel().forEach(i -> {
            PaxlstTraveller t = travellers.get(i);
            try {
                Person p = Person.fromInput(t.toPersonInput(today), "");
                ScreeningResult s = screen(purpose, where, p, false, "PAXLST", batchRef, by, System.nanoTime());
                items[i] = new BatchResult.Item(t.reference(), t.fullName(), s.id(), s.decision(), s.hits());
            } catch (InvalidInputException e) {
                problems[i] = new BatchResult.Problem(t.reference(), "NAD (segment " + t.segment() + ")", e.getMessage());
                // A passenger who cannot be screened is referred to an officer, never dropped.
                items[i] = BatchResult.Item.unscreened(t.reference(), t.fullName(), e.getMessage());
            }
        });
        List<BatchResult.Item> results = new ArrayList<>(List.of(items));
        for (BatchResult.Problem p : problems) {
            if (p != null) {
                errors.add(p);
            }
        }
        return new BatchResult(results, errors, (System.nanoTime() - start) / 1_000);
    }

    private PayloadTooLargeException tooManyTravellers() {
        return new PayloadTooLargeException("the batch carries more than " + policy.maxBatch() + " travellers, the "
                + "limit (nigehbaan.screening.max-batch): it was refused before the rest was read, and nobody was "
                + "screened", "max-batch", policy.maxBatch());
    }

    /** Whether the index is loaded, how big it is, and whether answers are currently degraded. */
    public Status status() {
        return new Status(index.isReady(), index.size(), degraded(), screeningLog.backlog());
    }

    /** The service's state, for health checks and the counter screen. */
    public record Status(boolean ready, int listedIdentities, boolean degraded, int logBacklog) {
    }

    private ScreeningResult screen(Purpose purpose, String location, Person p, boolean fromMrz, String channel,
                                   String batchRef, Actor by, long start) {
        if (!index.isReady()) {
            throw DomainException.unavailable("the screening index is still loading; try again in a few seconds");
        }
        Instant now = clock.instant();
        Traveller traveller = traveller(p, fromMrz);
        Set<String> lists = new HashSet<>(policy.listsFor(purpose));
        if (purpose == Purpose.EXIT && policy.registerCheckAtExit()) {
            lists.add("REGISTER");
        }
        List<ScreeningIndex.IndexedMatch> matches = index.match(traveller, lists, now, policy.maxHits(),
                policy.referThreshold());
        Decider.Outcome outcome = decider.decide(purpose, traveller, matches, LocalDate.ofInstant(now, zone));
        long took = (System.nanoTime() - start) / 1_000;
        boolean degraded = degraded();
        UUID id = UUID.randomUUID();
        screeningLog.append(new ScreeningLog.Row(id, now, by.username(), by.agency(), location, purpose.name(), channel,
                batchRef, json.writeValueAsString(p.toInput()), outcome.decision().name(),
                json.writeValueAsString(new LoggedHits(outcome.hits(), outcome.setAside())), outcome.hits().size(), took,
                degraded, searchText(p)));
        return new ScreeningResult(id.toString(), purpose, outcome.decision(), outcome.hits(), took, degraded, now);
    }

    /** The database is out of reach: answers come from memory, changes made elsewhere cannot arrive. */
    private boolean degraded() {
        return screeningLog.isDegraded() || (index.isReady() && !follower.isConnected());
    }

    /** What the log keeps of the hits: those shown, and the listings set aside by earlier reviews. */
    public record LoggedHits(List<Hit> hits, List<String> setAsideByReview) {
    }

    static Traveller traveller(Person p, boolean fromMrz) {
        List<String> names = new ArrayList<>(p.allNames());
        if (p.nameInUrdu() != null) {
            names.add(p.nameInUrdu());
        }
        Traveller t = new Traveller(names, fromMrz, p.fatherName(), p.dateOfBirth(), p.gender(), p.nationality(),
                p.cnic(), p.passportNumbers());
        return t;
    }

    private static String searchText(Person p) {
        StringBuilder sb = new StringBuilder(p.fullName());
        p.aliases().forEach(a -> sb.append(' ').append(a));
        p.passportNumbers().forEach(n -> sb.append(' ').append(n.value()));
        if (p.cnic() != null) {
            sb.append(' ').append(p.cnic().digits());
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Border officers screen at exit and entry, passport officers for issuance. */
    static Purpose allowed(Purpose purpose, Actor by) {
        boolean ok = purpose == Purpose.PASSPORT_ISSUANCE ? by.has(Role.PASSPORT_OFFICER) : by.has(Role.BORDER_OFFICER);
        if (!ok) {
            throw DomainException.forbidden("your role does not screen for " + purpose);
        }
        return purpose;
    }

    static Purpose purpose(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("purpose", "is required: EXIT, ENTRY or PASSPORT_ISSUANCE");
        }
        try {
            return Purpose.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("purpose", "'" + raw.strip() + "' is not a purpose: use EXIT, ENTRY or "
                    + "PASSPORT_ISSUANCE");
        }
    }

    private static String location(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > 100) {
            throw new InvalidInputException("location", "is longer than 100 characters");
        }
        return raw.strip();
    }

    private static String value(CSVRecord r, String column) {
        String v = r.isMapped(column) && r.isSet(column) ? r.get(column) : null;
        return v == null || v.isBlank() ? null : v;
    }
}
