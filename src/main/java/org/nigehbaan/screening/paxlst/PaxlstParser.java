package org.nigehbaan.screening.paxlst;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a UN/EDIFACT PAXLST interchange (airline passenger and crew manifest, WCO/IATA/ICAO API guidelines)
 * into flights and travellers.
 *
 * <p>Real manifests are dirty: counts that disagree, references that do not match, custom service
 * characters, stray bytes, envelopes and junk around the interchange. The parser reads all it can and lists
 * every problem in {@link PaxlstManifest#errors()}; it never throws on any input. Segments it does not need
 * (COM, GEI, FTX, EMP, MEA, QTY, ...) are skipped.
 *
 * <p>Stateless and thread-safe; one instance may serve every request.
 */
public final class PaxlstParser {

    public PaxlstManifest parse(byte[] interchange) {
        return run(EdifactTokenizer.of(interchange), Integer.MAX_VALUE);
    }

    /** Reads the stream segment by segment; the caller closes it. */
    public PaxlstManifest parse(InputStream interchange) {
        return run(EdifactTokenizer.of(interchange), Integer.MAX_VALUE);
    }

    /**
     * Reads the stream segment by segment, and stops reading at the traveller after the {@code maxTravellers}-th:
     * a manifest over the cap is refused before the rest of it is read or parsed.
     *
     * @throws TooManyTravellers when the manifest carries more than {@code maxTravellers}
     */
    public PaxlstManifest parse(InputStream interchange, int maxTravellers) {
        return run(EdifactTokenizer.of(interchange), maxTravellers);
    }

    /** A manifest carries more travellers than the caller accepts; thrown as soon as the one too many begins. */
    public static final class TooManyTravellers extends RuntimeException {
        private final int limit;

        TooManyTravellers(int limit) {
            super("the manifest carries more than " + limit + " travellers");
            this.limit = limit;
        }

        public int limit() {
            return limit;
        }
    }

    public PaxlstManifest parse(String interchange) {
        return parse(interchange.getBytes(StandardCharsets.UTF_8));
    }

    private static PaxlstManifest run(EdifactTokenizer tokenizer, int maxTravellers) {
        Interpretation run = new Interpretation(tokenizer, maxTravellers);
        try {
            run.readAll();
        } catch (TooManyTravellers e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // Never expected; the promise to callers is a result, so the defect is reported, not thrown.
            run.error(PaxlstError.Kind.INTERNAL, null, "the parser failed: " + e);
        }
        return run.result();
    }

    /** The state of one parse, walking the segments in order. */
    private static final class Interpretation {

        private final EdifactTokenizer tokenizer;
        private final List<PaxlstError> errors = new ArrayList<>();
        private int problemsSeen;

        private PaxlstManifest.Interchange interchange;
        private PaxlstManifest.Group group;
        private boolean groupOpen;
        private int groups;
        private int messagesInGroup;
        private int messagesOutsideGroups;
        private boolean unzSeen;
        private int trailingSegments;
        private int segmentCount;
        private EdifactSegment lastSegment;
        private boolean reportedOutsideMessage;

        private final List<PaxlstMessage> messages = new ArrayList<>();
        private MessageBuilder message;
        private FlightBuilder flight;
        private TravellerBuilder traveller;
        private DocumentBuilder document;
        private int travellerCount;

        private final int maxTravellers;
        private int travellersRead;

        Interpretation(EdifactTokenizer tokenizer, int maxTravellers) {
            this.tokenizer = tokenizer;
            this.maxTravellers = maxTravellers;
        }

        void readAll() {
            for (EdifactSegment s = tokenizer.next(); s != null; s = tokenizer.next()) {
                takeProblems();
                lastSegment = s;
                if (unzSeen) {
                    if (trailingSegments++ == 0) {
                        error(PaxlstError.Kind.TRAILING_DATA, s, "junk after UNZ: segment '" + abbreviate(s.toString()) + "' ignored");
                    }
                    continue;
                }
                segmentCount = s.number();
                accept(s);
            }
            takeProblems();
            finish();
        }

        private void accept(EdifactSegment s) {
            switch (s.tag()) {
                case "UNB" -> unb(s);
                case "UNG" -> ung(s);
                case "UNH" -> unh(s);
                case "UNT" -> unt(s);
                case "UNE" -> une(s);
                case "UNZ" -> unz(s);
                default -> {
                    if (message == null) {
                        if (!reportedOutsideMessage) {
                            reportedOutsideMessage = true;
                            error(PaxlstError.Kind.MISSING_SEGMENT, s, s.tag() + " outside a message: no UNH before it");
                        }
                        message = new MessageBuilder("", "", s.number());
                    }
                    body(s);
                }
            }
        }

        // ---- envelope ----

        private void unb(EdifactSegment s) {
            if (interchange != null) {
                error(PaxlstError.Kind.UNEXPECTED_SEGMENT, s, "a second UNB; one interchange is read at a time");
                return;
            }
            interchange = new PaxlstManifest.Interchange(s.text(1), s.value(2, 1), s.value(3, 1), s.text(4), s.value(5, 1));
        }

        private void ung(EdifactSegment s) {
            if (groupOpen) {
                error(PaxlstError.Kind.MISSING_SEGMENT, s, "UNG before the UNE of the previous group");
            }
            closeMessage(s, true);
            group = new PaxlstManifest.Group(s.value(1, 1), s.value(2, 1), s.value(3, 1), s.value(5, 1));
            groupOpen = true;
            groups++;
            messagesInGroup = 0;
        }

        private void unh(EdifactSegment s) {
            if (interchange == null && messages.isEmpty() && message == null) {
                error(PaxlstError.Kind.MISSING_SEGMENT, s, "no UNB: the interchange header is missing");
            }
            closeMessage(s, true);
            message = new MessageBuilder(s.value(1, 1), s.text(2), s.number());
            if (!s.value(2, 1).equals("PAXLST")) {
                error(PaxlstError.Kind.UNEXPECTED_SEGMENT, s, "message type '" + s.text(2) + "' is not PAXLST");
            }
        }

        private void unt(EdifactSegment s) {
            if (message == null) {
                error(PaxlstError.Kind.UNEXPECTED_SEGMENT, s, "UNT without a UNH");
                return;
            }
            int actual = s.number() - message.firstSegment + 1;
            Integer declared = number(s.value(1, 1));
            if (declared == null) {
                error(PaxlstError.Kind.SEGMENT_COUNT, s, "UNT segment count '" + s.value(1, 1) + "' is not a number; the message has "
                        + actual + " segments");
            } else if (declared != actual) {
                error(PaxlstError.Kind.SEGMENT_COUNT, s, "UNT says " + declared + " segments; message " + message.reference
                        + " has " + actual);
            }
            if (!s.value(2, 1).equals(message.reference)) {
                error(PaxlstError.Kind.CONTROL_REFERENCE, s, "UNT reference '" + s.value(2, 1) + "' differs from UNH reference '"
                        + message.reference + "'");
            }
            closeMessage(s, false);
        }

        private void une(EdifactSegment s) {
            closeMessage(s, true);
            if (!groupOpen) {
                error(PaxlstError.Kind.UNEXPECTED_SEGMENT, s, "UNE without a UNG");
                return;
            }
            Integer declared = number(s.value(1, 1));
            if (declared == null || declared != messagesInGroup) {
                error(PaxlstError.Kind.CONTROL_COUNT, s, "UNE says " + s.value(1, 1) + " messages; the group has " + messagesInGroup);
            }
            if (!s.value(2, 1).equals(group.reference())) {
                error(PaxlstError.Kind.CONTROL_REFERENCE, s, "UNE reference '" + s.value(2, 1) + "' differs from UNG reference '"
                        + group.reference() + "'");
            }
            groupOpen = false;
        }

        private void unz(EdifactSegment s) {
            closeMessage(s, true);
            if (groupOpen) {
                error(PaxlstError.Kind.MISSING_SEGMENT, s, "no UNE: group " + group.reference() + " is not closed");
                groupOpen = false;
            }
            unzSeen = true;
            if (interchange == null) {
                return;
            }
            int expected = groups > 0 ? groups : messagesOutsideGroups;
            Integer declared = number(s.value(1, 1));
            if (declared == null || declared != expected) {
                error(PaxlstError.Kind.CONTROL_COUNT, s, "UNZ says " + s.value(1, 1) + (groups > 0 ? " groups" : " messages")
                        + "; the interchange has " + expected);
            }
            if (!s.value(2, 1).equals(interchange.controlReference())) {
                error(PaxlstError.Kind.CONTROL_REFERENCE, s, "UNZ reference '" + s.value(2, 1) + "' differs from UNB reference '"
                        + interchange.controlReference() + "'");
            }
        }

        // ---- message body ----

        private void body(EdifactSegment s) {
            switch (s.tag()) {
                case "BGM" -> {
                    message.documentCode = s.value(1, 1);
                    message.documentIdentifier = s.value(2, 1);
                }
                case "NAD" -> nad(s);
                case "TDT" -> {
                    closeTraveller();
                    flight = new FlightBuilder(s.value(1, 1), s.value(2, 1), s.value(5, 1));
                    message.flights.add(flight);
                }
                case "LOC" -> loc(s);
                case "DTM" -> dtm(s);
                case "ATT" -> {
                    if (traveller != null && s.value(1, 1).equals("2")) {
                        traveller.sex = s.value(3, 1);
                    }
                }
                case "NAT" -> {
                    if (traveller != null && traveller.nationality == null) {
                        traveller.nationality = s.value(2, 1);
                    }
                }
                case "RFF" -> {
                    Map<String, String> refs = traveller != null ? traveller.references : message.references;
                    refs.putIfAbsent(s.value(1, 1), s.value(1, 2));
                }
                case "DOC" -> {
                    if (traveller == null) {
                        error(PaxlstError.Kind.UNEXPECTED_SEGMENT, s, "DOC before any traveller (NAD)");
                        return;
                    }
                    document = new DocumentBuilder(s.value(1, 1), s.value(2, 1));
                    traveller.documents.add(document);
                }
                case "CNT" -> cnt(s);
                default -> {
                    // COM, GEI, FTX, EMP, MEA, QTY, CPI, ...: not needed for screening
                }
            }
        }

        private void nad(EdifactSegment s) {
            String role = s.value(1, 1);
            if (role.equals("MS")) {
                message.reportingParty = s.element(4).components().isEmpty() ? s.text(3) : String.join(" ", s.element(4).components()).strip();
                return;
            }
            closeTraveller();
            if (++travellersRead > maxTravellers) {
                throw new TooManyTravellers(maxTravellers);
            }
            EdifactElement name = s.element(4);
            List<String> given = new ArrayList<>(2);
            for (int i = 2; i <= name.components().size(); i++) {
                String g = name.component(i).strip();
                if (!g.isEmpty()) {
                    given.add(g);
                }
            }
            traveller = new TravellerBuilder(++travellerCount, s.number(), role, name.component(1).strip(), given);
            if (name.component(1).isBlank()) {
                error(PaxlstError.Kind.UNEXPECTED_SEGMENT, s, "traveller " + travellerCount + " has no surname");
            }
        }

        private void loc(EdifactSegment s) {
            String qualifier = s.value(1, 1);
            if (document != null && qualifier.equals("91")) {
                document.issuingCountry = s.value(2, 1);
            } else if (traveller != null) {
                traveller.locations.putIfAbsent(qualifier, s.text(2));
            } else if (flight != null) {
                flight.current = new LocationBuilder(qualifier, s.text(2));
                flight.locations.add(flight.current);
            } else {
                error(PaxlstError.Kind.UNEXPECTED_SEGMENT, s, "LOC before any flight (TDT) or traveller (NAD)");
            }
        }

        private void dtm(EdifactSegment s) {
            String qualifier = s.value(1, 1);
            String value = s.value(1, 2);
            if (traveller != null) {
                if (qualifier.equals("329")) {
                    traveller.birthDate = value;
                } else if (document != null) {
                    document.dates.putIfAbsent(qualifier, value);
                }
            } else if (flight != null && flight.current != null) {
                flight.current.dates.putIfAbsent(qualifier, value);
            }
        }

        private void cnt(EdifactSegment s) {
            String qualifier = s.value(1, 1);
            String count = s.value(1, 2);
            if (count.isEmpty() && !s.value(2, 1).isEmpty()) {
                count = s.value(2, 1);
                error(PaxlstError.Kind.UNEXPECTED_SEGMENT, s, "CNT count written as a separate element ('" + s
                        + "'); read as " + qualifier + ":" + count);
            }
            message.counts.add(new PaxlstCount(qualifier, s.text(1), number(count)));
        }

        // ---- closing ----

        private void closeTraveller() {
            if (traveller != null) {
                message.travellers.add(traveller.build());
                traveller = null;
            }
            document = null;
        }

        /** Closes the open message; {@code withoutUnt} when it ends by anything but its UNT. */
        private void closeMessage(EdifactSegment at, boolean withoutUnt) {
            if (message == null) {
                return;
            }
            if (withoutUnt) {
                error(PaxlstError.Kind.MISSING_SEGMENT, at, "no UNT: message " + (message.reference.isEmpty() ? "" : message.reference + " ")
                        + "is not closed");
            }
            closeTraveller();
            PaxlstMessage m = message.build();
            checkCounts(m, at);
            messages.add(m);
            message = null;
            flight = null;
            if (groupOpen) {
                messagesInGroup++;
            } else {
                messagesOutsideGroups++;
            }
        }

        private void checkCounts(PaxlstMessage m, EdifactSegment at) {
            int crew = 0;
            int passengers = 0;
            for (PaxlstTraveller t : m.travellers()) {
                if (t.isCrew()) {
                    crew++;
                } else if (t.isPassenger()) {
                    passengers++;
                }
            }
            for (PaxlstCount c : m.counts()) {
                int found;
                String what;
                if (c.qualifier().equals(PaxlstCount.CREW)) {
                    found = crew;
                    what = "crew members";
                } else if (c.qualifier().equals(PaxlstCount.PASSENGERS)) {
                    found = passengers;
                    what = "passengers";
                } else {
                    continue;
                }
                if (c.declared() == null || c.declared() != found) {
                    error(PaxlstError.Kind.CONTROL_COUNT, at, "CNT " + c.text() + " declares " + (c.declared() == null ? "no number of" : c.declared())
                            + " " + what + "; message " + m.reference() + " lists " + found);
                }
            }
        }

        private void finish() {
            if (message != null) {
                error(PaxlstError.Kind.MISSING_SEGMENT, null, "no UNT: the input ends inside message "
                        + (message.reference.isEmpty() ? "" : message.reference + " ") + "(truncated?)");
                EdifactSegment last = lastSegment;
                closeTraveller();
                PaxlstMessage m = message.build();
                checkCounts(m, last);
                messages.add(m);
                message = null;
            }
            if (groupOpen) {
                error(PaxlstError.Kind.MISSING_SEGMENT, null, "no UNE: group " + group.reference() + " is not closed");
            }
            if (lastSegment == null && errors.isEmpty()) {
                error(PaxlstError.Kind.MISSING_SEGMENT, null, "no segments: the input is empty");
            } else if (!unzSeen) {
                error(PaxlstError.Kind.MISSING_SEGMENT, null, "no UNZ: the interchange is not closed (truncated?)");
            }
        }

        private void takeProblems() {
            List<EdifactProblem> problems = tokenizer.problems();
            for (; problemsSeen < problems.size(); problemsSeen++) {
                EdifactProblem p = problems.get(problemsSeen);
                PaxlstError.Kind kind = switch (p.kind()) {
                    case LEADING_DATA -> PaxlstError.Kind.LEADING_DATA;
                    case SERVICE_STRING_ADVICE, SEGMENT_TAG -> PaxlstError.Kind.SYNTAX;
                    case CHARACTER -> PaxlstError.Kind.CHARACTER;
                    case UNTERMINATED_SEGMENT -> unzSeen ? PaxlstError.Kind.TRAILING_DATA : PaxlstError.Kind.TRUNCATED;
                    case IO -> PaxlstError.Kind.IO;
                };
                String message = p.kind() == EdifactProblem.Kind.UNTERMINATED_SEGMENT && unzSeen
                        ? "junk after UNZ: " + p.message() : p.message();
                errors.add(new PaxlstError(kind, p.segment(), "", message + " (byte " + p.offset() + ")"));
            }
        }

        void error(PaxlstError.Kind kind, EdifactSegment s, String message) {
            errors.add(new PaxlstError(kind, s == null ? 0 : s.number(), s == null ? "" : s.tag(), message));
        }

        PaxlstManifest result() {
            EdifactServiceCharacters chars = tokenizer.serviceCharacters();
            return new PaxlstManifest(chars, segmentCount, interchange, group, List.copyOf(messages), List.copyOf(errors));
        }

        private static Integer number(String s) {
            if (s.isEmpty() || s.length() > 9) {
                return null;
            }
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                n = n * 10 + (c - '0');
            }
            return n;
        }

        private static String abbreviate(String s) {
            return s.length() > 40 ? s.substring(0, 40) + "..." : s;
        }
    }

    // ---- builders: mutable while their group is open ----

    private static final class MessageBuilder {
        final String reference;
        final String messageType;
        final int firstSegment;
        String documentCode = "";
        String documentIdentifier = "";
        String reportingParty = "";
        final Map<String, String> references = new LinkedHashMap<>();
        final List<FlightBuilder> flights = new ArrayList<>(2);
        final List<PaxlstTraveller> travellers = new ArrayList<>();
        final List<PaxlstCount> counts = new ArrayList<>(2);

        MessageBuilder(String reference, String messageType, int firstSegment) {
            this.reference = reference;
            this.messageType = messageType;
            this.firstSegment = firstSegment;
        }

        PaxlstMessage build() {
            List<PaxlstFlight> built = new ArrayList<>(flights.size());
            for (FlightBuilder f : flights) {
                built.add(f.build());
            }
            return new PaxlstMessage(reference, messageType, documentCode, documentIdentifier,
                    Collections.unmodifiableMap(references), reportingParty, List.copyOf(built),
                    Collections.unmodifiableList(travellers), List.copyOf(counts));
        }
    }

    private static final class FlightBuilder {
        final String qualifier;
        final String flightNumber;
        final String carrier;
        final List<LocationBuilder> locations = new ArrayList<>(2);
        LocationBuilder current;

        FlightBuilder(String qualifier, String flightNumber, String carrier) {
            this.qualifier = qualifier;
            this.flightNumber = flightNumber;
            this.carrier = carrier;
        }

        PaxlstFlight build() {
            List<PaxlstFlightLocation> built = new ArrayList<>(locations.size());
            for (LocationBuilder l : locations) {
                built.add(new PaxlstFlightLocation(l.qualifier, l.place, Collections.unmodifiableMap(l.dates)));
            }
            return new PaxlstFlight(qualifier, flightNumber, carrier, List.copyOf(built));
        }
    }

    private static final class LocationBuilder {
        final String qualifier;
        final String place;
        final Map<String, String> dates = new LinkedHashMap<>(4);

        LocationBuilder(String qualifier, String place) {
            this.qualifier = qualifier;
            this.place = place;
        }
    }

    private static final class TravellerBuilder {
        final int position;
        final int segment;
        final String role;
        final String surname;
        final List<String> givenNames;
        String sex;
        String birthDate;
        String nationality;
        final List<DocumentBuilder> documents = new ArrayList<>(1);
        final Map<String, String> locations = new LinkedHashMap<>(8);
        final Map<String, String> references = new LinkedHashMap<>(4);

        TravellerBuilder(int position, int segment, String role, String surname, List<String> givenNames) {
            this.position = position;
            this.segment = segment;
            this.role = role;
            this.surname = surname;
            this.givenNames = givenNames;
        }

        PaxlstTraveller build() {
            List<PaxlstDocument> docs = new ArrayList<>(documents.size());
            for (DocumentBuilder d : documents) {
                docs.add(new PaxlstDocument(d.type, d.number, Collections.unmodifiableMap(d.dates), d.issuingCountry));
            }
            return new PaxlstTraveller(position, segment, role, surname, List.copyOf(givenNames), sex, birthDate, nationality,
                    List.copyOf(docs), Collections.unmodifiableMap(locations), Collections.unmodifiableMap(references));
        }
    }

    private static final class DocumentBuilder {
        final String type;
        final String number;
        final Map<String, String> dates = new LinkedHashMap<>(4);
        String issuingCountry;

        DocumentBuilder(String type, String number) {
            this.type = type;
            this.number = number;
        }
    }
}
