package org.nigehbaan.cooperation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.nigehbaan.cooperation.Assurance;
import org.nigehbaan.cooperation.AssuranceKind;
import org.nigehbaan.cooperation.CaseCommands;
import org.nigehbaan.cooperation.CaseType;
import org.nigehbaan.cooperation.Conviction;
import org.nigehbaan.cooperation.Direction;
import org.nigehbaan.cooperation.NewCase;
import org.nigehbaan.cooperation.SharedField;
import org.nigehbaan.cooperation.TravelDocument;
import org.nigehbaan.cooperation.TravelDocumentInput;
import org.nigehbaan.cooperation.TravelDocumentKind;
import org.nigehbaan.identity.Country;
import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.identity.PassportNumber;
import org.nigehbaan.identity.Person;
import org.nigehbaan.identity.PersonInput;
import org.nigehbaan.identity.Violations;

/**
 * Turns what clients send into validated values, reporting every bad field by its path in the request
 * ({@code subjects[0].cnic}, {@code return.travelDocument.expiresOn}), all at once.
 */
public final class CaseInputs {

    public static final String PAKISTAN_CENTRAL_AUTHORITY = "Ministry of Interior, Pakistan (Central Authority)";
    public static final String UK_CENTRAL_AUTHORITY = "UK Central Authority, Home Office";
    public static final String ACRO = "ACRO Criminal Records Office (UK)";
    public static final String DEFAULT_ARRANGEMENT_BASIS = "Extradition Act 2003 s.194 (special extradition arrangements)";
    public static final String NADRA = "NADRA";

    static final int MAX_SUBJECTS = 20;
    static final int MAX_CONVICTIONS = 200;
    static final int MAX_ASSURANCES = 50;
    public static final int MAX_MESSAGE = 10_000;

    private CaseInputs() {
    }

    /** A new case with its first clocks started, or every problem with the request. */
    public static CooperationCase newCase(NewCase in, LocalDate today, CaseClocks clocks, java.time.Instant now,
                                          String by) {
        Violations v = new Violations();
        if (in == null) {
            v.add("body", "is required");
            v.throwIfAny();
        }
        CaseType type = required(v, "type", in.type(), CaseType::parse);
        Direction direction = required(v, "direction", in.direction(), Direction::parse);
        String requesting = text(v, "requestingAuthority", in.requestingAuthority(), 200, false);
        String requested = text(v, "requestedAuthority", in.requestedAuthority(), 200, false);
        String external = text(v, "externalReference", in.externalReference(), 100, false);
        LocalDate received = date(v, "receivedOn", in.receivedOn());
        if (received != null && received.isAfter(today)) {
            v.add("receivedOn", "cannot be in the future (today is " + today + ")");
        }
        String summary = text(v, "summary", in.summary(), 4000, false);
        List<Person> subjects = new ArrayList<>();
        List<PersonInput> rawSubjects = in.subjects() == null ? List.of() : in.subjects();
        if (rawSubjects.size() > MAX_SUBJECTS) {
            v.add("subjects", "has more than " + MAX_SUBJECTS + " persons");
        }
        for (int i = 0; i < rawSubjects.size() && i < MAX_SUBJECTS; i++) {
            Person p = Person.fromInput(rawSubjects.get(i), "subjects[" + i + "]", v);
            if (p != null) {
                subjects.add(p);
            }
        }
        String offence = text(v, "offence", in.offence(), 500, type == CaseType.EXTRADITION);
        String purpose = null;
        Boolean removedForIllegalMigration = null;
        TravelDocument document = null;
        if (type != null) {
            boolean onePerson = type == CaseType.EXTRADITION || type == CaseType.CRIMINAL_RECORD || type == CaseType.RETURN;
            if (onePerson && rawSubjects.size() != 1) {
                v.add("subjects", "a " + type + " case is about exactly one person");
            }
            if (in.criminalRecord() != null && type != CaseType.CRIMINAL_RECORD) {
                v.add("criminalRecord", "belongs only to CRIMINAL_RECORD cases");
            }
            if (type == CaseType.CRIMINAL_RECORD) {
                purpose = text(v, "criminalRecord.purpose", in.criminalRecord() == null ? null
                        : in.criminalRecord().purpose(), 500, true);
            }
            if (in.returnDetails() != null && type != CaseType.RETURN) {
                v.add("return", "belongs only to RETURN cases");
            }
            if (type == CaseType.RETURN && in.returnDetails() != null) {
                removedForIllegalMigration = in.returnDetails().removedForIllegalMigration();
                if (in.returnDetails().travelDocument() != null) {
                    document = travelDocument(v, "return.travelDocument", in.returnDetails().travelDocument());
                }
            }
        }
        boolean shared = Boolean.TRUE.equals(in.sharedWithUk());
        Set<SharedField> fields = sharedFields(v, shared, in.sharedFields());
        v.throwIfAny();

        LocalDate on = received == null ? today : received;
        CooperationCase c = CooperationCase.open(type, direction, on, clocks, now, by);
        c.requestingAuthority = requesting != null ? requesting : defaultRequesting(type, direction);
        c.requestedAuthority = requested != null ? requested : defaultRequested(type, direction);
        c.externalReference = external;
        c.summary = summary;
        c.offence = offence;
        c.subjects = new ArrayList<>(subjects);
        c.recordPurpose = purpose;
        if (type == CaseType.RETURN) {
            c.removedForIllegalMigration = Boolean.TRUE.equals(removedForIllegalMigration);
            c.travelDocument = document;
        }
        c.share(shared, fields);
        return c;
    }

    static String defaultRequesting(CaseType type, Direction direction) {
        return direction == Direction.OUTGOING ? PAKISTAN_CENTRAL_AUTHORITY
                : type == CaseType.CRIMINAL_RECORD ? ACRO : UK_CENTRAL_AUTHORITY;
    }

    static String defaultRequested(CaseType type, Direction direction) {
        return direction == Direction.INCOMING ? PAKISTAN_CENTRAL_AUTHORITY
                : type == CaseType.CRIMINAL_RECORD ? ACRO : UK_CENTRAL_AUTHORITY;
    }

    /**
     * The field groups to share. Sharing without naming groups shares the thread only: personal data leaves
     * the country only when an officer chooses it.
     */
    public static Set<SharedField> sharedFields(Violations v, boolean shared, List<String> raw) {
        Set<SharedField> fields = EnumSet.noneOf(SharedField.class);
        if (raw == null) {
            if (shared) {
                fields.add(SharedField.THREAD);
            }
            return fields;
        }
        if (!shared && !raw.isEmpty()) {
            v.add("sharedFields", "can be given only when sharedWithUk is true");
            return fields;
        }
        for (int i = 0; i < raw.size(); i++) {
            SharedField f = required(v, "sharedFields[" + i + "]", raw.get(i), SharedField::parse);
            if (f != null) {
                fields.add(f);
            }
        }
        return fields;
    }

    public static TravelDocument travelDocument(Violations v, String prefix, TravelDocumentInput in) {
        TravelDocumentKind kind = required(v, prefix + ".kind", in.kind(), TravelDocumentKind::parse);
        PassportNumber number = required(v, prefix + ".number", in.number(), PassportNumber::parse);
        Country country = required(v, prefix + ".issuingCountry", in.issuingCountry(), Country::parse);
        LocalDate expires = date(v, prefix + ".expiresOn", in.expiresOn());
        if (expires == null && (in.expiresOn() == null || in.expiresOn().isBlank())) {
            v.add(prefix + ".expiresOn", "is required");
        }
        if (kind == null || number == null || country == null || expires == null) {
            return null;
        }
        return new TravelDocument(kind, number.value(), country.code(), expires);
    }

    public static List<Conviction> convictions(Violations v, List<CaseCommands.ConvictionInput> raw) {
        if (raw == null) {
            return null;
        }
        if (raw.size() > MAX_CONVICTIONS) {
            v.add("convictions", "has more than " + MAX_CONVICTIONS + " records");
            return List.of();
        }
        List<Conviction> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String p = "convictions[" + i + "]";
            CaseCommands.ConvictionInput c = raw.get(i);
            if (c == null) {
                v.add(p, "is empty");
                continue;
            }
            String offence = text(v, p + ".offence", c.offence(), 500, true);
            PartialDate date = required(v, p + ".date", c.date(), PartialDate::parse);
            String court = text(v, p + ".court", c.court(), 200, true);
            String sentence = text(v, p + ".sentence", c.sentence(), 500, true);
            if (offence != null && date != null && court != null && sentence != null) {
                out.add(new Conviction(offence, date.toString(), court, sentence));
            }
        }
        return out;
    }

    public static List<Assurance> assurances(Violations v, List<CaseCommands.AssuranceInput> raw) {
        if (raw == null || raw.isEmpty()) {
            v.add("assurances", "at least one assurance is required");
            return List.of();
        }
        if (raw.size() > MAX_ASSURANCES) {
            v.add("assurances", "has more than " + MAX_ASSURANCES + " assurances");
            return List.of();
        }
        List<Assurance> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String p = "assurances[" + i + "]";
            CaseCommands.AssuranceInput a = raw.get(i);
            if (a == null) {
                v.add(p, "is empty");
                continue;
            }
            AssuranceKind kind = required(v, p + ".kind", a.kind(), AssuranceKind::parse);
            String text = text(v, p + ".text", a.text(), 2000, true);
            String by = text(v, p + ".givenBy", a.givenBy(), 200, false);
            LocalDate on = date(v, p + ".givenOn", a.givenOn());
            if (kind != null && text != null) {
                out.add(new Assurance(kind, text, by, on));
            }
        }
        return out;
    }

    /** Trimmed text, null when blank; reports a missing required value or one longer than {@code max}. */
    public static String text(Violations v, String field, String raw, int max, boolean required) {
        return v.text(field, raw, required, max);
    }

    /** An optional ISO date ({@code 2026-01-31}); null when blank. */
    public static LocalDate date(Violations v, String field, String raw) {
        return v.date(field, raw, false);
    }

    /** An optional enum value, case-insensitive, with a message listing the allowed values. */
    public static <E extends Enum<E>> E optionalEnum(Violations v, String field, String raw, Class<E> type) {
        return v.enumValue(field, raw, type);
    }

    public static <T> T required(Violations v, String field, String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            v.add(field, "is required");
            return null;
        }
        return v.parseOptional(field, raw, parser);
    }
}
